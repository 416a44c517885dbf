/**
 * Reading a `.gradlab` document (or a link's payload): text → JSON → version check → migrations →
 * validation of every scene. Every refusal is a bilingual reason ready to show, without a prefix
 * (the caller says "This file…" or "This link…"): a syntax error with its line and column, a
 * foreign JSON file, a newer format, or the path of the first invalid field. Nothing is applied
 * here, so a refused document can never be half-applied.
 */
import { z } from 'zod';
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type GradlabDocument } from './document-types';
import { parseJson } from './json-text';
import { detectVersion, migrate } from './migrations';
import { CHAPTER_IDS } from './scene-limits';
import { bareReason, sceneSchemas } from './scene-schemas';

/** Largest document accepted, in UTF-16 units (the desktop IPC contract carries at most 5 MB). */
export const MAX_DOCUMENT_CHARS = 5 * 1024 * 1024;

export const documentSchema = z.object({
  format: z.literal(DOCUMENT_FORMAT),
  version: z.literal(DOCUMENT_VERSION),
  chapter: z.enum(CHAPTER_IDS),
  scenes: z.strictObject({
    surface: sceneSchemas.surface.optional(),
    graph: sceneSchemas.graph.optional(),
    limits: sceneSchemas.limits.optional(),
    derivatives: sceneSchemas.derivatives.optional(),
    chain: sceneSchemas.chain.optional(),
  }),
});

const pathText = (path: readonly PropertyKey[]): string => path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');

/** A zod issue in both languages, naming the field. */
export function describeIssue(issue: z.core.$ZodIssue): LocalizedText {
  const where = pathText(issue.path) || '(document)';
  const zh = issue.code === 'custom' && typeof issue.params?.zh === 'string' ? issue.params.zh : null;
  switch (issue.code) {
    case 'invalid_type':
      return text(`${where}: expected ${issue.expected}.`, `${where}：应为 ${issue.expected} 类型。`);
    case 'too_big':
      return text(`${where}: too large (at most ${String(issue.maximum)}).`, `${where}：太大（最多 ${String(issue.maximum)}）。`);
    case 'too_small':
      return text(`${where}: too small (at least ${String(issue.minimum)}).`, `${where}：太小（至少 ${String(issue.minimum)}）。`);
    case 'invalid_value':
    case 'invalid_union':
      return text(`${where}: not one of the allowed values.`, `${where}：不是允许的取值。`);
    case 'unrecognized_keys':
      return text(`${where}: unknown field “${issue.keys.join('”, “').slice(0, 80)}”.`, `${where}：未知字段“${issue.keys.join('”“').slice(0, 80)}”。`);
    case 'not_multiple_of':
      return text(`${where}: expected a whole number.`, `${where}：应为整数。`);
    default:
      return zh !== null ? text(`${where}: ${issue.message}`, `${where}：${zh}`) : text(`${where}: ${issue.message}.`, `${where}：${issue.message}。`);
  }
}

const notOurs = (): Result<never, LocalizedText> => err(text('it is not a Gradient Lab document.', '它不是 Gradient Lab 文档。'));

export function parseDocument(source: string): Result<GradlabDocument, LocalizedText> {
  if (source.length > MAX_DOCUMENT_CHARS) return err(text('it is larger than 5 MB.', '它超过 5 MB。'));
  const json = parseJson(source);
  if (!json.ok) {
    const { line, column, detail } = json.error;
    return err(text(`it is not valid JSON (line ${line}, column ${column}: ${detail}).`, `它不是有效的 JSON（第 ${line} 行第 ${column} 列：${detail}）。`));
  }
  const raw = json.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return notOurs();
  const head = raw as Record<string, unknown>;
  const version = detectVersion(head);
  if (version === 'foreign') return notOurs();
  if (version > DOCUMENT_VERSION) {
    return err(
      text(
        `it was made by a newer Gradient Lab (format ${version}); this version reads up to ${DOCUMENT_VERSION}. Please update the app.`,
        `它由更新版本的 Gradient Lab 制作（格式 ${version}）；此版本最多能读取格式 ${DOCUMENT_VERSION}。请更新应用。`,
      ),
    );
  }
  const migrated = migrate(head, version);
  if (!migrated.ok) return err(bareReason(migrated.error));
  const parsed = documentSchema.safeParse(migrated.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err(issue ? describeIssue(issue) : text('its content is malformed.', '其内容格式错误。'));
  }
  return ok(parsed.data);
}
