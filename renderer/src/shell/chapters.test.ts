import { describe, expect, it } from 'vitest';
import { CHAPTERS, FIRST_CHAPTER, chapterFromHash, hashForChapter } from './chapters';

describe('chapters', () => {
  it('follows the deck: limits, derivatives, chain rule, graphs (+ descent extension), summary', () => {
    expect(CHAPTERS.map((c) => c.id)).toEqual(['limits', 'derivatives', 'chain-rule', 'graphs', 'descent', 'summary']);
    expect(CHAPTERS.map((c) => c.number)).toEqual([1, 2, 3, 4, 4, 5]);
    expect(FIRST_CHAPTER.id).toBe('limits');
  });
  it('round-trips every chapter through the URL hash', () => {
    for (const c of CHAPTERS) expect(chapterFromHash(hashForChapter(c))).toBe(c);
    expect(chapterFromHash('#descent')?.id).toBe('descent');
    expect(chapterFromHash('#/nope')).toBeUndefined();
    expect(chapterFromHash('')).toBeUndefined();
  });
});
