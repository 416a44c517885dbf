/**
 * Every string the app shows, in both languages. The English table defines the keys; the
 * Chinese table must have exactly the same keys (checked by the type and by a unit test).
 *
 * These full tables are for types and tests: the app itself loads its strings through
 * `catalog.svelte.ts`, which keeps the shell's tables in the first screen and loads each chapter's
 * lesson text with that chapter (issue 11). A table added here must also be listed there, in
 * CORE_TABLES or in a pack (catalog.svelte.test.ts fails until it is).
 */
import type { Locale } from '$shared/text';
import { graphMessagesEn, graphMessagesZh } from '../scenes/graph/graph-messages';
import { explorerMessagesEn, explorerMessagesZh } from '../scenes/surface/explorer/explorer-messages';
import { limitsMessagesEn, limitsMessagesZh } from '../scenes/limits/limits-messages';
import { derivativesMessagesEn, derivativesMessagesZh } from '../scenes/derivatives/derivatives-messages';
import { chainMessagesEn, chainMessagesZh } from '../scenes/chain/chain-messages';
import { summaryMessagesEn, summaryMessagesZh } from '../scenes/summary/summary-messages';
import { lectureMessagesEn, lectureMessagesZh } from '../lecture/lecture-messages';
import { documentMessagesEn, documentMessagesZh } from '../document/document-messages';
import { layoutMessagesEn, layoutMessagesZh } from '../shell/layout-messages';
import { recordMessagesEn, recordMessagesZh } from '../export/record/record-messages';
import { exportMessagesEn, exportMessagesZh } from '../export/export-messages';
import { shellMessagesEn, shellMessagesZh } from './shell-messages';

/** Each feature keeps its strings beside its code; the app's tables are their union. */
export const en = {
  ...shellMessagesEn,
  ...graphMessagesEn,
  ...explorerMessagesEn,
  ...limitsMessagesEn,
  ...derivativesMessagesEn,
  ...chainMessagesEn,
  ...summaryMessagesEn,
  ...lectureMessagesEn,
  ...documentMessagesEn,
  ...layoutMessagesEn,
  ...recordMessagesEn,
  ...exportMessagesEn,
};
export type MessageKey = keyof typeof en;
export const zhCN: Record<MessageKey, string> = {
  ...shellMessagesZh,
  ...graphMessagesZh,
  ...explorerMessagesZh,
  ...limitsMessagesZh,
  ...derivativesMessagesZh,
  ...chainMessagesZh,
  ...summaryMessagesZh,
  ...lectureMessagesZh,
  ...documentMessagesZh,
  ...layoutMessagesZh,
  ...recordMessagesZh,
  ...exportMessagesZh,
};

export const MESSAGES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, 'zh-CN': zhCN };

export { format, localeFromLanguageTag } from './format';
