/**
 * The `.gradlab` document as data: one optional state per scene, the chapter it opens on, and a
 * format version. Types only (and the format's name and version), so the app's first chunk can
 * use them without the validators (`document-codec.ts`, loaded when a document is read).
 */
import type { ChainState } from '../scenes/chain/chain-session.svelte';
import type { DerivativesState } from '../scenes/derivatives/derivatives-session.svelte';
import type { LimitsState } from '../scenes/limits/limits-session.svelte';
import type { SurfaceState } from '../scenes/surface/surface-session.svelte';
import type { GraphState } from './graph-state';
import type { ChapterId } from './scene-limits';

export const DOCUMENT_FORMAT = 'gradient-lab';
/** The version this build writes and the newest it reads. */
export const DOCUMENT_VERSION = 1;
/** The file extension (without the dot). */
export const DOCUMENT_EXTENSION = 'gradlab';

export interface SceneStates {
  readonly surface: SurfaceState;
  readonly graph: GraphState;
  readonly limits: LimitsState;
  readonly derivatives: DerivativesState;
  readonly chain: ChainState;
}
export type DocSceneId = keyof SceneStates;
export const DOC_SCENE_IDS: readonly DocSceneId[] = ['surface', 'graph', 'limits', 'derivatives', 'chain'];

export interface GradlabDocument {
  readonly format: typeof DOCUMENT_FORMAT;
  readonly version: typeof DOCUMENT_VERSION;
  readonly chapter: ChapterId;
  readonly scenes: Partial<SceneStates>;
}

/** What a scene gives the document system when it mounts. */
export interface SceneTarget<S> {
  snapshot(): S;
  /** Applies a validated state; may throw (the document system then rolls every scene back). */
  restore(state: S): void;
}
