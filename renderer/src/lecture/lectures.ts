/**
 * Every chapter's lecture captions, by chapter id: what lecture mode knows before any scene has
 * loaded (the step counter, continuing into the next chapter). Each chapter's steps file is data;
 * its scene registers how to show them.
 */
import type { LocalizedText } from '$shared/text';
import type { ChapterLecture } from './lecture-types';
import { CHAIN_LECTURE } from './steps/chain';
import { DERIVATIVES_LECTURE } from './steps/derivatives';
import { DESCENT_LECTURE } from './steps/descent';
import { GRAPHS_LECTURE } from './steps/graphs';
import { LIMITS_LECTURE } from './steps/limits';

const ALL: readonly ChapterLecture<unknown>[] = [LIMITS_LECTURE, DERIVATIVES_LECTURE, CHAIN_LECTURE, GRAPHS_LECTURE, DESCENT_LECTURE];

export const LECTURE_CAPTIONS: ReadonlyMap<string, readonly LocalizedText[]> = new Map(ALL.map((l) => [l.chapterId, l.steps.map((s) => s.caption)]));
