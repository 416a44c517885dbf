/**
 * The graph scene's state: the document history (every change is a `GraphEdit`), the animation
 * cursor, and the training run. Components read it and call its methods; all math happens in the
 * pure modules it calls.
 */
import { getNode } from '$shared/autodiff/graph';
import type { OptimizerConfig, OptimizerKind } from '$shared/optim/config';
import { defaultConfig } from '$shared/optim/config';
import type { OptimizerState } from '$shared/optim/state';
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { makeDataset } from './datasets';
import { blockedByNode } from './flow-mapping';
import type { GraphDoc } from './graph-doc';
import { applyEdit, type GraphEdit } from './graph-edits';
import { canRedo, canUndo, createHistory, pushState, redo, undo, type History } from './history';
import { layoutGraph } from './layout';
import { networkOf, paramsOf } from './network-roles';
import { analyse, endCursor, IDLE, isAtEnd, stepAny, stepBackward, stepForward, viewAt, type Cursor } from './run-model';
import { structureKey } from './structure-key';
import { TEMPLATES, templateDoc, type DatasetId, type TemplateId } from './templates';
import { startOptimizer, train } from './training';

/** Milliseconds between animation steps while playing. */
export const PLAY_INTERVAL_MS = 420;

export class GraphSession {
  history = $state.raw<History<GraphDoc>>(createHistory(templateDoc('deck')));
  /** 'end' follows the end of the passes across edits (values stay shown after an update). */
  private cursorState = $state.raw<Cursor | 'end'>(IDLE);
  playing = $state(false);

  readonly doc: GraphDoc = $derived(this.history.present);
  readonly graph = $derived(this.history.present.graph);
  readonly analysis = $derived(analyse(this.graph));
  readonly cursor: Cursor = $derived(this.cursorState === 'end' ? endCursor(this.analysis) : this.cursorState);
  readonly view = $derived(viewAt(this.graph, this.analysis, this.cursor));
  readonly blocked = $derived(blockedByNode(this.analysis.blocked));
  readonly canUndo = $derived(canUndo(this.history));
  readonly canRedo = $derived(canRedo(this.history));

  // Training
  template = $state<TemplateId>('deck');
  dataset = $state<DatasetId>('example');
  optimizer = $state<OptimizerKind>('gd');
  learningRate = $state(1);
  steps = $state(100);
  /** Loss at every step trained so far on this structure and dataset. */
  losses = $state.raw<readonly number[]>([]);
  /** Parameter vectors at those steps (aligned with the network's parameter ids). */
  stepParams = $state.raw<readonly Float64Array[]>([]);
  trainParamIds = $state.raw<readonly string[]>([]);
  trainError = $state.raw<LocalizedText | null>(null);
  private optState: OptimizerState | undefined;
  private trainKey = '';
  private timer: ReturnType<typeof setInterval> | undefined;

  /** Applies an edit as one undoable step. */
  edit(e: GraphEdit): Result<GraphDoc, LocalizedText> {
    const r = applyEdit(this.doc, e);
    if (!r.ok) return r;
    this.commit(r.value);
    return ok(r.value);
  }

  /** Replaces the present document without an undo step (the walker replaying a run). */
  preview(next: GraphDoc): void {
    this.history = { ...this.history, present: next };
  }

  private commit(next: GraphDoc): void {
    const sameGraph = next.graph === this.graph;
    const atEnd = this.cursor.phase !== 'idle' && isAtEnd(this.analysis, this.cursor);
    this.history = pushState(this.history, next);
    if (!sameGraph) this.cursorState = atEnd ? 'end' : IDLE;
  }

  undo(): void {
    this.history = undo(this.history);
    this.cursorState = IDLE;
  }

  redo(): void {
    this.history = redo(this.history);
    this.cursorState = IDLE;
  }

  openTemplate(id: TemplateId): void {
    const t = TEMPLATES.find((x) => x.id === id);
    this.template = id;
    this.edit({ kind: 'replaceGraph', doc: templateDoc(id) });
    if (t) {
      this.dataset = t.dataset;
      this.learningRate = t.learningRate;
    }
    this.resetTraining();
    this.cursorState = IDLE;
  }

  /** Automatic layout as an undoable edit. */
  tidy(nodeWidth: number, nodeHeight: number): void {
    this.edit({ kind: 'move', positions: layoutGraph(this.graph, { nodeWidth, nodeHeight }) });
  }

  // Animation
  stepForward(): void {
    this.cursorState = stepForward(this.analysis, this.cursor);
  }
  stepBackward(): void {
    this.cursorState = stepBackward(this.analysis, this.cursor);
  }
  next(): void {
    this.cursorState = stepAny(this.analysis, this.cursor);
  }
  runAll(): void {
    this.pause();
    this.cursorState = 'end';
  }
  reset(): void {
    this.pause();
    this.cursorState = IDLE;
  }
  play(): void {
    if (this.playing) return;
    if (isAtEnd(this.analysis, this.cursor)) this.cursorState = IDLE;
    this.playing = true;
    this.timer = setInterval(() => {
      if (isAtEnd(this.analysis, this.cursor) || this.analysis.forward === undefined) this.pause();
      else this.next();
    }, PLAY_INTERVAL_MS);
  }
  pause(): void {
    this.playing = false;
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  // Training
  resetTraining(): void {
    this.losses = [];
    this.stepParams = [];
    this.trainParamIds = [];
    this.optState = undefined;
    this.trainKey = '';
    this.trainError = null;
  }

  private config(kind: OptimizerKind): OptimizerConfig {
    return { ...defaultConfig(kind), lr: this.learningRate };
  }

  /**
   * Trains `steps` steps with `kind` (plain GD for the single "update" button) and writes the new
   * parameters back as one undoable edit. The loss history continues while the structure,
   * dataset and optimizer stay the same.
   */
  train(steps: number, kind: OptimizerKind = this.optimizer): Result<number, LocalizedText> {
    this.pause();
    const net = networkOf(this.graph);
    if (!net.ok) return this.fail(net.error);
    const data = makeDataset(this.dataset, net.value);
    if (!data.ok) return this.fail(data.error);
    const key = `${structureKey(this.graph)}|${this.dataset}|${kind}`;
    const params = paramsOf(net.value);
    const cfg = this.config(kind);
    const sameStart = this.optState !== undefined && this.optState.params.every((p, i) => p === params[i]);
    if (key !== this.trainKey) {
      this.losses = [];
      this.stepParams = [];
    }
    if (key !== this.trainKey || !sameStart || this.optState === undefined) this.optState = startOptimizer(params, cfg);
    this.trainKey = key;
    const run = train(net.value, data.value, this.optState, cfg, steps);
    if (!run.ok) return this.fail(run.error);
    this.optState = run.value.state;
    // The first entry repeats the last one of the previous run: keep it only on a fresh history.
    const skip = this.losses.length > 0 ? 1 : 0;
    this.losses = [...this.losses, ...run.value.losses.slice(skip)];
    this.stepParams = [...this.stepParams, ...run.value.params.slice(skip)];
    this.trainParamIds = net.value.paramIds;
    const last = run.value.params[run.value.params.length - 1] ?? params;
    const values = Object.fromEntries(net.value.paramIds.map((id, i) => [id, last[i] ?? 0]));
    const r = this.edit({ kind: 'setValues', values });
    if (!r.ok) return this.fail(r.error);
    this.trainKey = `${structureKey(this.graph)}|${this.dataset}|${kind}`;
    this.trainError = null;
    this.cursorState = 'end';
    const lastLoss = this.losses[this.losses.length - 1] ?? Number.NaN;
    return ok(lastLoss);
  }

  private fail(message: LocalizedText): Result<never, LocalizedText> {
    this.trainError = message;
    return err(message);
  }

  /** Shows the parameters of training step `k` on the canvas (without an undo step). */
  showStep(k: number): void {
    const p = this.stepParams[k];
    if (p === undefined) return;
    let graph = this.graph;
    this.trainParamIds.forEach((id, i) => {
      const v = p[i];
      if (v !== undefined && getNode(graph, id) !== undefined && getNode(graph, id)?.value !== v) {
        graph = { nodes: graph.nodes.map((n) => (n.id === id ? { ...n, value: v } : n)) };
      }
    });
    if (graph !== this.graph) {
      this.preview({ ...this.doc, graph });
      this.cursorState = 'end';
    }
  }

  dispose(): void {
    this.pause();
  }
}
