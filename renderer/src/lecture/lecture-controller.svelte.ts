/**
 * Lecture mode's state: on or off, which step of which chapter, a blanked screen, and the digits
 * typed for a jump. The captions of every chapter's lecture are data known up front; each scene
 * registers how it shows a step once it has loaded (until then its step waits). Stepping past a
 * chapter's last step continues with the next chapter that has a lecture, as a slideshow goes on
 * to the next slide. Provided by App (`provideLecture`), read with `useLecture`.
 */
import { getContext, setContext } from 'svelte';
import { CHAPTERS } from '../shell/chapters';
import type { LectureCommand } from './lecture-keys';
import type { LocalizedText } from '$shared/text';
import type { LectureTarget } from './lecture-types';

export type Blank = 'black' | 'white' | null;

export interface LectureHost {
  /** The open chapter's id. */
  readonly chapterId: string;
  openChapter(id: string): void;
}

export class LectureController {
  active = $state(false);
  index = $state(0);
  blank = $state<Blank>(null);
  /** Digits typed so far for "number + Enter" (shown in the counter). */
  typed = $state('');
  // Callbacks, never rendered: a plain Map on purpose.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private targets = new Map<string, LectureTarget>();
  private readonly host: LectureHost;
  private readonly lectures: ReadonlyMap<string, readonly LocalizedText[]>;

  /** `lectures`: the captions of each chapter's steps, by chapter id. */
  constructor(host: LectureHost, lectures: ReadonlyMap<string, readonly LocalizedText[]>) {
    this.host = host;
    this.lectures = lectures;
  }

  /** The open chapter's captions (empty when it has no lecture). */
  get captions(): readonly LocalizedText[] {
    return this.lectures.get(this.host.chapterId) ?? [];
  }

  get count(): number {
    return this.captions.length;
  }

  /** The caption of the step on screen. */
  get caption(): LocalizedText | undefined {
    return this.captions[this.index];
  }

  /** A scene says how it shows its chapter's steps; returns the unregister function. */
  register(chapterId: string, target: LectureTarget): () => void {
    this.targets.set(chapterId, target);
    // A scene that arrives while its chapter is being presented shows the current step at once.
    if (this.active && chapterId === this.host.chapterId && this.count > 0) target.show(this.index, null);
    return () => {
      if (this.targets.get(chapterId) === target) this.targets.delete(chapterId);
    };
  }

  private show(k: number, from: number | null): void {
    this.targets.get(this.host.chapterId)?.show(k, from);
  }

  start(): void {
    this.active = true;
    this.blank = null;
    this.typed = '';
    this.goTo(0);
  }

  exit(): void {
    this.active = false;
    this.blank = null;
    this.typed = '';
  }

  next(): void {
    if (this.index < this.count - 1) {
      const from = this.index;
      this.index += 1;
      this.show(this.index, from);
      return;
    }
    const after = this.neighbour(1);
    if (after) {
      this.host.openChapter(after);
      this.goTo(0);
    }
  }

  prev(): void {
    if (this.index > 0) {
      this.goTo(this.index - 1);
      return;
    }
    const before = this.neighbour(-1);
    if (before) {
      this.host.openChapter(before);
      this.goTo(Math.max(0, this.count - 1));
    }
  }

  /** Shows step k (0-based) of the open chapter, rebuilt from the start. */
  goTo(k: number): void {
    const n = this.count;
    this.index = n === 0 ? 0 : Math.min(Math.max(0, Math.round(k)), n - 1);
    if (n > 0) this.show(this.index, null);
  }

  handle(cmd: LectureCommand): void {
    if (cmd.kind === 'start') return this.start();
    if (!this.active) return;
    if (cmd.kind !== 'digit' && cmd.kind !== 'jump') this.typed = '';
    switch (cmd.kind) {
      case 'exit':
        return this.exit();
      case 'black':
      case 'white':
        this.blank = this.blank === cmd.kind ? null : cmd.kind;
        return;
      case 'next':
        if (this.blank) this.blank = null;
        else this.next();
        return;
      case 'prev':
        if (this.blank) this.blank = null;
        else this.prev();
        return;
      case 'first':
        return this.goTo(0);
      case 'last':
        return this.goTo(this.count - 1);
      case 'digit':
        this.typed = (this.typed + String(cmd.digit)).slice(-3);
        return;
      case 'jump': {
        const n = Number(this.typed);
        this.typed = '';
        // Steps are numbered from 1 on screen.
        if (Number.isInteger(n) && n >= 1) this.goTo(n - 1);
        return;
      }
    }
  }

  /** The nearest chapter in deck order, in direction `dir`, that has a lecture. */
  private neighbour(dir: 1 | -1): string | undefined {
    const i = CHAPTERS.findIndex((c) => c.id === this.host.chapterId);
    for (let j = i + dir; j >= 0 && j < CHAPTERS.length; j += dir) {
      const id = CHAPTERS[j]!.id;
      if ((this.lectures.get(id)?.length ?? 0) > 0) return id;
    }
    return undefined;
  }
}

const KEY = Symbol('lecture');

export function provideLecture(c: LectureController): LectureController {
  setContext(KEY, c);
  return c;
}

export function useLecture(): LectureController {
  const c = getContext<LectureController | undefined>(KEY);
  if (!c) throw new Error('useLecture() must be called below App (provideLecture provides it).');
  return c;
}
