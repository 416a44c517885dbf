import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION } from './document-types';
import { canonicalJson } from './json-text';
import { documentJsonFromScenes } from './link-json';

describe('documentJsonFromScenes', () => {
  it('equals the canonical JSON of the whole document, for any scenes', () => {
    const state = fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ maxLength: 8 }), fc.boolean(), fc.array(fc.integer(), { maxLength: 4 })), { maxKeys: 5 });
    fc.assert(
      fc.property(fc.constantFrom('limits', 'graphs', 'descent'), fc.dictionary(fc.constantFrom('surface', 'graph', 'limits', 'derivatives', 'chain'), state), (chapter, scenes) => {
        const asJson = Object.fromEntries(Object.entries(scenes).map(([k, v]) => [k, canonicalJson(v)]));
        expect(documentJsonFromScenes(chapter, asJson)).toBe(canonicalJson({ format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, chapter, scenes }));
      }),
      { seed: 42 },
    );
  });

  it('writes no scenes as an empty object', () => {
    expect(JSON.parse(documentJsonFromScenes('limits', {}))).toEqual({ format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, chapter: 'limits', scenes: {} });
  });
});
