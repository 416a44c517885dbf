import { describe, expect, it } from 'vitest';
import { text } from '$shared/text';
import { LectureController, type LectureHost } from './lecture-controller.svelte';

function setup() {
  const host: LectureHost & { chapterId: string } = {
    chapterId: 'graphs',
    openChapter(id: string) {
      this.chapterId = id;
    },
  };
  const caps = (n: number, tag: string) => Array.from({ length: n }, (_, i) => text(`${tag} ${i + 1}`, `${tag} 第 ${i + 1} 步`));
  const lectures = new Map([
    ['limits', caps(2, 'limits')],
    ['graphs', caps(3, 'graphs')],
    ['descent', caps(2, 'descent')],
  ]);
  const c = new LectureController(host, lectures);
  const shown: [string, number, number | null][] = [];
  const target = (id: string) => ({ show: (k: number, from: number | null) => shown.push([id, k, from]) });
  return { host, c, shown, target };
}

describe('LectureController', () => {
  it('starts at step 1 of the open chapter and steps forward incrementally, backward by rebuilding', () => {
    const { c, shown, target } = setup();
    c.register('graphs', target('graphs'));
    c.handle({ kind: 'start' });
    expect(c.active).toBe(true);
    expect(c.caption?.en).toBe('graphs 1');
    c.handle({ kind: 'next' });
    c.handle({ kind: 'next' });
    c.handle({ kind: 'prev' });
    expect(shown).toEqual([
      ['graphs', 0, null],
      ['graphs', 1, 0],
      ['graphs', 2, 1],
      ['graphs', 1, null],
    ]);
  });

  it("continues into the next chapter's lecture in deck order and back, skipping chapters without one", () => {
    const { c, host, shown, target } = setup();
    c.register('graphs', target('graphs'));
    c.start();
    c.handle({ kind: 'last' });
    c.handle({ kind: 'next' });
    expect(host.chapterId).toBe('descent');
    expect(c.index).toBe(0);
    // The explorer's scene registers later (lazy chunk): it is shown the waiting step at once.
    c.register('descent', target('descent'));
    expect(shown.at(-1)).toEqual(['descent', 0, null]);
    c.handle({ kind: 'prev' });
    expect(host.chapterId).toBe('graphs');
    expect(c.index).toBe(2);
    c.handle({ kind: 'first' });
    c.handle({ kind: 'prev' });
    // chapter-3 has no lecture here: back to limits' last step.
    expect(host.chapterId).toBe('limits');
    expect(c.index).toBe(1);
    c.handle({ kind: 'first' });
    c.handle({ kind: 'prev' });
    expect(host.chapterId).toBe('limits');
    expect(c.index).toBe(0);
  });

  it('jumps with digits + Enter (numbered from 1), clamped to the chapter', () => {
    const { c, target } = setup();
    c.register('graphs', target('graphs'));
    c.start();
    c.handle({ kind: 'digit', digit: 3 });
    expect(c.typed).toBe('3');
    c.handle({ kind: 'jump' });
    expect(c.index).toBe(2);
    expect(c.typed).toBe('');
    c.handle({ kind: 'digit', digit: 9 });
    c.handle({ kind: 'digit', digit: 9 });
    c.handle({ kind: 'jump' });
    expect(c.index).toBe(2);
    c.handle({ kind: 'digit', digit: 0 });
    c.handle({ kind: 'jump' });
    expect(c.index).toBe(2);
  });

  it('blanks black or white, the same key again or a step key returns to the scene without stepping', () => {
    const { c, target } = setup();
    c.register('graphs', target('graphs'));
    c.start();
    c.handle({ kind: 'black' });
    expect(c.blank).toBe('black');
    c.handle({ kind: 'black' });
    expect(c.blank).toBeNull();
    c.handle({ kind: 'white' });
    c.handle({ kind: 'black' });
    expect(c.blank).toBe('black');
    c.handle({ kind: 'next' });
    expect(c.blank).toBeNull();
    expect(c.index).toBe(0);
    c.handle({ kind: 'exit' });
    expect(c.active).toBe(false);
    c.handle({ kind: 'next' });
    expect(c.index).toBe(0);
  });

  it('an unregistered scene is not called, and unregistering only removes the same target', () => {
    const { c, target, shown } = setup();
    const off = c.register('graphs', target('graphs'));
    const other = target('other');
    c.register('graphs', other);
    off();
    c.start();
    expect(shown).toEqual([['other', 0, null]]);
  });
});
