/**
 * Every scene survives save → open: its state is snapshotted, written as a document's text,
 * read back (parsed, migrated, validated) and restored into a fresh session, whose snapshot must
 * equal the first. Default states, states reached through the scenes' own methods, and states
 * generated within the schemas' bounds (fast-check, seed 42).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ChainSession } from '../scenes/chain/chain-session.svelte';
import { MULTI_EXAMPLES, SINGLE_EXAMPLES } from '../scenes/chain/chain-examples';
import { DerivativesSession, SECANT_EXAMPLES } from '../scenes/derivatives/derivatives-session.svelte';
import { DECK_ROWS } from '../scenes/derivatives/deck-table';
import { GraphSession } from '../scenes/graph/graph-session.svelte';
import { LimitsSession } from '../scenes/limits/limits-session.svelte';
import { LIMIT_EXAMPLES } from '../scenes/limits/examples';
import { COMPOSITION_PRESETS, LAW_PRESETS } from '../scenes/limits/law-presets';
import { SurfaceSession } from '../scenes/surface/surface-session.svelte';
import { SURFACE_PRESETS } from '../scenes/surface/presets';
import { configFromForm, OPTIMIZER_KINDS, SCHEDULE_KINDS, type WalkerForm } from '../scenes/surface/explorer/walker-form';
import type { Walker } from '../scenes/surface/explorer/walker-model';
import { SPEEDS } from '../scenes/surface/explorer/walker-store.svelte';
import { runSurfaceJobNow, SymbolicCache, type SurfaceJob } from '../scenes/surface/surface-job';
import type { SurfaceEngine, SurfaceJobListener } from '../scenes/surface/surface-compute-client';
import type { DocSceneId, SceneStates, SceneTarget } from './document-types';
import { graphDocumentTarget } from './graph-state';
import { canonicalJson } from './json-text';
import { parseDocument } from './parse-document';

function throughFile<K extends DocSceneId>(id: K, state: SceneStates[K]): SceneStates[K] {
  const text = `${canonicalJson({ format: 'gradient-lab', version: 1, chapter: 'limits', scenes: { [id]: state } }, 2)}\n`;
  const r = parseDocument(text);
  if (!r.ok) throw new Error(`refused: ${r.error.en}`);
  const back = r.value.scenes[id];
  if (back === undefined) throw new Error('scene missing');
  return back;
}

/** snapshot → file text → parse → restore into a fresh session → snapshot: equal. */
function expectRoundTrip<K extends DocSceneId>(id: K, make: () => SceneTarget<SceneStates[K]>, source: SceneTarget<SceneStates[K]>, edited = false): void {
  const s1 = source.snapshot();
  // An edited state must really differ from the start, or the test would prove nothing.
  if (edited) expect(canonicalJson(s1)).not.toBe(canonicalJson(make().snapshot()));
  const fresh = make();
  fresh.restore(throughFile(id, s1));
  expect(canonicalJson(fresh.snapshot())).toBe(canonicalJson(s1));
}

const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const formulaText = fc.oneof(fc.constantFrom('x^2', 'sin(x)/x', 'e^x', 'x +', '((', 'ln(x)', 'abs(x)', ''), fc.string({ maxLength: 40 }));
const SEED = { seed: 42, numRuns: 40 };

describe('surface explorer', () => {
  const make = (): SceneTarget<SceneStates['surface']> => new SurfaceSession();
  it('default state', () => expectRoundTrip('surface', make, make()));

  it('an edited state', () => {
    const s = new SurfaceSession();
    s.applyPreset(SURFACE_PRESETS.find((p) => p.id === 'deck-loss')!);
    const p = s.preset.params[0]!;
    s.setParam(p.name, p.value + 0.5);
    s.setFormula(`${s.formula} + 0`);
    s.setPoint(0.25, -1.5);
    s.theta = 1.2;
    s.setLayers({ tangentPlane: true, contours: false });
    s.tab = 'descent';
    s.resolution = 64;
    expectRoundTrip('surface', make, s, true);
    s.dispose();
  });

  it('generated states', () => {
    const state = fc.record({
      preset: fc.constantFrom(...SURFACE_PRESETS),
      formula: formulaText,
      x: finite(-50, 50),
      w: finite(0.01, 40),
      y: finite(-50, 50),
      h: finite(0.01, 40),
      point: fc.tuple(finite(-60, 60), finite(-60, 60)),
      theta: finite(0, 2 * Math.PI),
      layers: fc.record({ slices: fc.boolean(), tangentPlane: fc.boolean(), gradient: fc.boolean(), contours: fc.boolean() }),
      tab: fc.constantFrom('partials', 'gradient', 'descent', 'domain' as const),
      resolution: fc.constantFrom(64, 128, 256 as const),
      paramShift: finite(-2, 2),
    });
    fc.assert(
      fc.property(state, (g) => {
        const s = new SurfaceSession();
        s.restore({
          presetId: g.preset.id,
          formula: g.formula,
          params: Object.fromEntries(g.preset.params.map((p) => [p.name, p.value + g.paramShift])),
          domain: { xMin: g.x, xMax: g.x + g.w, yMin: g.y, yMax: g.y + g.h },
          resolution: g.resolution,
          point: g.point,
          theta: g.theta,
          layers: g.layers,
          tab: g.tab,
        });
        expectRoundTrip('surface', make, s);
        s.dispose();
      }),
      SEED,
    );
  });
});

/** What the walker panel and the 3D trails show of each walker: equal means the same picture. */
function walkerView(ws: readonly Walker[]) {
  return ws.map((w) => ({
    id: w.id,
    color: w.color,
    start: w.start,
    config: w.config,
    status: w.status,
    message: w.message,
    steps: w.stepCount,
    xs: w.xs.slice(0, w.stepCount + 1),
    ys: w.ys.slice(0, w.stepCount + 1),
    losses: w.losses.slice(0, w.stepCount + 1),
    learningRates: w.steps.slice(0, w.stepCount).map((s) => s.learningRate),
  }));
}

describe('surface explorer: walkers', () => {
  const formArb: fc.Arbitrary<WalkerForm> = fc.record({
    kind: fc.constantFrom(...OPTIMIZER_KINDS),
    logLr: fc.double({ min: -4, max: 0, noNaN: true }),
    beta: fc.double({ min: 0, max: 0.99, noNaN: true }),
    rho: fc.double({ min: 0, max: 0.99, noNaN: true }),
    beta1: fc.double({ min: 0, max: 0.99, noNaN: true }),
    beta2: fc.double({ min: 0, max: 0.9999, noNaN: true }),
    schedule: fc.constantFrom(...SCHEDULE_KINDS),
  });

  it('walkers, their steps, speed and form survive save → open, with equal trails', () => {
    const scenario = fc.record({
      preset: fc.constantFrom(...SURFACE_PRESETS),
      // Walkers added in two rounds, so they have taken different numbers of steps.
      first: fc.array(fc.record({ u: fc.double({ min: 0, max: 1, noNaN: true }), v: fc.double({ min: 0, max: 1, noNaN: true }), form: formArb }), { minLength: 1, maxLength: 3 }),
      later: fc.array(fc.record({ u: fc.double({ min: 0, max: 1, noNaN: true }), v: fc.double({ min: 0, max: 1, noNaN: true }), form: formArb }), { maxLength: 2 }),
      n1: fc.integer({ min: 0, max: 120 }),
      n2: fc.integer({ min: 0, max: 120 }),
      speed: fc.constantFrom(...SPEEDS),
      form: formArb,
      select: fc.nat(),
    });
    fc.assert(
      fc.property(scenario, (g) => {
        const s = new SurfaceSession();
        s.applyPreset(g.preset);
        const d = s.domain;
        const at = (u: number, v: number): readonly [number, number] => [d.xMin + u * (d.xMax - d.xMin), d.yMin + v * (d.yMax - d.yMin)];
        for (const w of g.first) expect(s.walkers.add(at(w.u, w.v), configFromForm(w.form)).ok).toBe(true);
        s.walkers.stepMany(g.n1);
        for (const w of g.later) expect(s.walkers.add(at(w.u, w.v), configFromForm(w.form)).ok).toBe(true);
        s.walkers.stepMany(g.n2);
        s.walkers.speed = g.speed;
        s.walkers.form = g.form;
        s.walkers.selectedId = s.walkers.walkers[g.select % s.walkers.walkers.length]?.id ?? null;
        const before = walkerView(s.walkers.walkers);

        const fresh = new SurfaceSession();
        fresh.restore(throughFile('surface', s.snapshot()));
        expect(canonicalJson(fresh.snapshot())).toBe(canonicalJson(s.snapshot()));
        expect(walkerView(fresh.walkers.walkers)).toEqual(before);
        expect(fresh.walkers.selected?.id).toBe(s.walkers.selected?.id);
        expect(fresh.walkers.form).toEqual(g.form);
        expect(fresh.walkers.speed).toBe(g.speed);
        s.dispose();
        fresh.dispose();
      }),
      { seed: 42, numRuns: 30 },
    );
  });

  it('with the surface computed off the main thread, walkers wait for their surface, then re-run on it', () => {
    /** Jobs wait until released, like the app's worker. */
    class ManualEngine implements SurfaceEngine {
      readonly asynchronous = true;
      readonly cache = new SymbolicCache();
      queue: { job: SurfaceJob; listener: SurfaceJobListener }[] = [];
      run(job: SurfaceJob, listener: SurfaceJobListener): void {
        this.queue.push({ job, listener });
      }
      release(): void {
        const q = this.queue[this.queue.length - 1]!;
        q.listener(runSurfaceJobNow(q.job, this.cache));
      }
      dispose(): void {}
    }
    const s = new SurfaceSession();
    s.applyPreset(SURFACE_PRESETS.find((p) => p.id === 'rosenbrock')!);
    s.walkers.add([-1.2, 1], { optimizer: { kind: 'adam', lr: 0.05, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 }, schedule: { kind: 'constant' } });
    s.walkers.stepMany(40);
    const state = throughFile('surface', s.snapshot());

    const engine = new ManualEngine();
    const fresh = new SurfaceSession(engine);
    engine.release();
    fresh.restore(state);
    // The restored formula is still being computed: no walker runs on the old surface, and the
    // state reads as restored (a document saved now loses nothing).
    expect(fresh.walkers.walkers).toEqual([]);
    expect(canonicalJson(fresh.snapshot())).toBe(canonicalJson(s.snapshot()));
    engine.release();
    expect(walkerView(fresh.walkers.walkers)).toEqual(walkerView(s.walkers.walkers));
    expect(fresh.walkers.walkers[0]?.stepCount).toBe(40);
  });

  it('a walker that stopped on a check without a step comes back stopped', () => {
    // The bowl's minimum: ∇f = 0 at the start, so the run ends on its first check (0 steps).
    const s = new SurfaceSession();
    s.applyPreset(SURFACE_PRESETS.find((p) => p.id === 'bowl')!);
    s.walkers.add([0, 0], configFromForm({ kind: 'gd', logLr: -1, beta: 0.9, rho: 0.9, beta1: 0.9, beta2: 0.999, schedule: 'constant' }));
    s.walkers.step();
    expect(s.walkers.walkers[0]?.status).toBe('converged');
    expect(s.walkers.walkers[0]?.stepCount).toBe(0);
    const fresh = new SurfaceSession();
    fresh.restore(throughFile('surface', s.snapshot()));
    expect(fresh.walkers.walkers[0]?.status).toBe('converged');
    expect(canonicalJson(fresh.snapshot())).toBe(canonicalJson(s.snapshot()));
  });

  it('gradient descent on the bowl x² + y² lands where the closed form says', () => {
    // GD with η on x² + y²: w_k = (1 − 2η)^k · w_0 — independent of the stepper.
    const s = new SurfaceSession();
    s.applyPreset(SURFACE_PRESETS.find((p) => p.id === 'bowl')!);
    s.walkers.add([1.5, -1], { optimizer: { kind: 'gd', lr: 0.1 }, schedule: { kind: 'constant' } });
    s.walkers.stepMany(7);
    const fresh = new SurfaceSession();
    fresh.restore(throughFile('surface', s.snapshot()));
    const w = fresh.walkers.walkers[0]!;
    expect(w.stepCount).toBe(7);
    expect(w.xs[7]).toBeCloseTo(1.5 * 0.8 ** 7, 12);
    expect(w.ys[7]).toBeCloseTo(-1 * 0.8 ** 7, 12);
    expect(w.losses[7]).toBeCloseTo((1.5 ** 2 + 1) * 0.8 ** 14, 12);
  });

  it('a state without walkers (an older version-1 file) removes them and resets speed and form', () => {
    const s = new SurfaceSession();
    const base = s.snapshot();
    expect('walkers' in base).toBe(false);
    s.walkers.add([1, 1], { optimizer: { kind: 'gd', lr: 0.1 }, schedule: { kind: 'constant' } });
    s.walkers.speed = 100;
    s.restore(throughFile('surface', base));
    expect(s.walkers.walkers).toEqual([]);
    expect(s.walkers.speed).toBe(10);
    expect(canonicalJson(s.snapshot())).toBe(canonicalJson(base));
  });

  it('refuses walker data out of bounds (too many steps or walkers, bad settings)', () => {
    const s = new SurfaceSession();
    s.walkers.add([1, 1], { optimizer: { kind: 'momentum', lr: 0.1, beta: 0.9 }, schedule: { kind: 'warmup', warmupSteps: 20, then: { kind: 'constant' } } });
    const good = s.snapshot();
    const w = good.walkers!;
    const entry = w.list[0]!;
    const refused = (walkers: unknown): boolean => {
      const text = JSON.stringify({ format: 'gradient-lab', version: 1, chapter: 'descent', scenes: { surface: { ...good, walkers } } });
      return !parseDocument(text).ok;
    };
    expect(refused(w)).toBe(false);
    expect(refused({ ...w, list: [{ ...entry, steps: 5001 }] })).toBe(true);
    expect(refused({ ...w, list: [{ ...entry, steps: 1e12 }] })).toBe(true);
    expect(refused({ ...w, list: Array.from({ length: 25 }, () => entry) })).toBe(true);
    expect(refused({ ...w, list: [{ ...entry, config: { ...entry.config, optimizer: { kind: 'momentum', lr: 0.1, beta: 1 } } }] })).toBe(true);
    expect(refused({ ...w, list: [{ ...entry, config: { ...entry.config, optimizer: { kind: 'gd', lr: -1 } } }] })).toBe(true);
    expect(refused({ ...w, speed: 7 })).toBe(true);
    expect(refused({ ...w, selected: 3 })).toBe(true);
    expect(refused({ ...w, form: { ...w.form, logLr: 2 } })).toBe(true);
  });
});

describe('chapter 1: limits', () => {
  const make = (): SceneTarget<SceneStates['limits']> => new LimitsSession();
  it('default state', () => expectRoundTrip('limits', make, make()));

  it('an edited state in every section', () => {
    const s = new LimitsSession();
    s.applyExample(LIMIT_EXAMPLES[1]!);
    s.setFormula('sin(3x)/x');
    s.setPointText('0.5');
    s.stepForward();
    s.stepForward();
    s.setEpsilon(0.05);
    s.setLimitText('2');
    s.setProposalText('0.01');
    s.submitProposal();
    s.section = 'laws';
    s.lawsMode = 'composition';
    s.applyLawPreset(LAW_PRESETS[2]!);
    s.lawOp = 'quotient';
    s.applyCompositionPreset(COMPOSITION_PRESETS[COMPOSITION_PRESETS.length - 1]!);
    s.setX0Text('pi/4');
    expectRoundTrip('limits', make, s, true);
  });

  it('generated states', () => {
    fc.assert(
      fc.property(
        fc.record({
          ex: fc.constantFrom(...LIMIT_EXAMPLES),
          formula: formulaText,
          point: fc.oneof(fc.constantFrom('0', '-inf', '+∞', 'pi', 'x'), fc.string({ maxLength: 10 })),
          x0: finite(-100, 100),
          w: finite(0.001, 100),
          progress: finite(-1, 11),
          eps: finite(1e-4, 100),
          proposal: fc.option(finite(-1e6, 1e6), { nil: null }),
          flags: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
          section: fc.constantFrom('approach', 'epsilon', 'laws' as const),
          op: fc.constantFrom('sum', 'difference', 'product', 'quotient' as const),
          span: finite(0.01, 50),
        }),
        (g) => {
          const base = new LimitsSession().snapshot();
          const s = new LimitsSession();
          s.restore({
            ...base,
            section: g.section,
            exampleId: g.ex.id,
            formula: g.formula,
            variable: g.ex.variable,
            point: g.point,
            view: { xMin: g.x0, xMax: g.x0 + g.w },
            progress: g.progress,
            follow: g.flags[0],
            epsilon: g.eps,
            proposal: g.proposal,
            hideAnswer: g.flags[1],
            epsZoom: g.flags[2],
            laws: { ...base.laws, op: g.op, f: g.formula, span: g.span, uSpan: g.span * 2 },
          });
          expectRoundTrip('limits', make, s);
        },
      ),
      SEED,
    );
  });
});

describe('chapter 2: derivatives', () => {
  const make = (): SceneTarget<SceneStates['derivatives']> => new DerivativesSession(null);
  it('default state', () => expectRoundTrip('derivatives', make, make()));

  it('an edited state in every section', () => {
    const s = new DerivativesSession(null);
    s.openSecantExample(SECANT_EXAMPLES[3]!.id);
    s.setX(0.75);
    s.setHExp(-4.5);
    s.hSign = -1;
    s.zoomSecant(0.5);
    s.secantPane = 'errors';
    s.setDerivation('ln');
    s.nextStep();
    s.setN(5);
    s.setPx(2.5);
    s.setPHExp(-3);
    const row = DECK_ROWS.find((r) => r.param !== undefined)!;
    s.selectRow(row.id);
    s.setRowParam(row.param!.initial + row.param!.step);
    s.setRulesFormula('x^2 sin(x)');
    s.setPartialAxis('y');
    s.setPartialHExp(-2);
    s.section = 'rules';
    expectRoundTrip('derivatives', make, s, true);
  });

  it('generated states', () => {
    fc.assert(
      fc.property(
        fc.record({
          section: fc.constantFrom('secant', 'principles', 'table', 'rules', 'partials' as const),
          formula: formulaText,
          x: finite(-1e3, 1e3),
          hExp: finite(-16, 0),
          sign: fc.constantFrom(1, -1 as const),
          a: finite(-100, 100),
          w: finite(1e-3, 100),
          derivation: fc.constantFrom('power', 'exp', 'ln' as const),
          step: fc.nat(20),
          n: fc.integer({ min: 1, max: 8 }),
          row: fc.constantFrom(...DECK_ROWS),
        }),
        (g) => {
          const s = new DerivativesSession(null);
          s.restore({
            section: g.section,
            secant: { formula: g.formula, x: g.x, hExp: g.hExp, hSign: g.sign, view: { xMin: g.a, xMax: g.a + g.w }, pane: 'secant' },
            principles: { derivation: g.derivation, step: g.step, n: g.n, x: g.x, hExp: g.hExp },
            table: { rowId: g.row.id, params: g.row.param ? { [g.row.id]: g.row.param.initial } : {}, x: g.row.x0 },
            rules: { formula: g.formula },
            partials: { axis: g.sign === 1 ? 'x' : 'y', hExp: g.hExp, hSign: g.sign },
          });
          expectRoundTrip('derivatives', make, s);
        },
      ),
      SEED,
    );
  });
});

describe('chapter 3: the chain rule', () => {
  const make = (): SceneTarget<SceneStates['chain']> => new ChainSession();
  it('default state', () => expectRoundTrip('chain', make, make()));

  it('an edited state in every section', () => {
    const s = new ChainSession();
    s.applySingleExample(SINGLE_EXAMPLES[2]!.id);
    s.setX(0.3);
    s.setDxExponent(-4.25);
    s.setDxSign(-1);
    s.setProofStep(3);
    s.lowerPane = 'proof';
    s.applyMultiExample(MULTI_EXAMPLES[1]!.id);
    s.setPoint(2, -0.5);
    s.setDifferentialStep(2);
    s.multiPane = 'derivation';
    s.section = 'multi';
    expectRoundTrip('chain', make, s, true);
  });

  it('generated states', () => {
    fc.assert(
      fc.property(
        fc.record({
          formula: formulaText,
          lo: finite(-100, 100),
          w: finite(1e-3, 100),
          t: finite(0, 1),
          dx: finite(-9, 0),
          sign: fc.constantFrom(1, -1 as const),
          proof: fc.nat(4),
          diff: fc.nat(4),
          z: formulaText,
          point: fc.tuple(finite(-1e3, 1e3), finite(-1e3, 1e3)),
        }),
        (g) => {
          const s = new ChainSession();
          s.restore({
            section: 'propagation',
            formula: g.formula,
            x: g.lo + g.t * g.w,
            window: [g.lo, g.lo + g.w],
            dxExponent: g.dx,
            dxSign: g.sign,
            proofStep: g.proof,
            lowerPane: 'table',
            z: g.z,
            u: 'x y',
            v: g.formula,
            point: g.point,
            differentialStep: g.diff,
            multiPane: 'sums',
          });
          expectRoundTrip('chain', make, s);
          s.dispose();
        },
      ),
      SEED,
    );
  });
});

describe('chapter 4: the graph canvas', () => {
  const sessions: GraphSession[] = [];
  const make = (): SceneTarget<SceneStates['graph']> => {
    const s = new GraphSession();
    sessions.push(s);
    return graphDocumentTarget(s);
  };
  it('default state', () => expectRoundTrip('graph', make, make()));

  it('every template, trained, with settings changed', () => {
    for (const t of ['deck', 'xor', 'neuron', 'empty'] as const) {
      const s = new GraphSession();
      s.openTemplate(t);
      if (t !== 'empty') expect(s.train(5).ok).toBe(true);
      s.optimizer = 'adam';
      s.learningRate = 0.05;
      s.steps = 250;
      s.runAll();
      expectRoundTrip('graph', make, graphDocumentTarget(s), true);
      s.dispose();
    }
  });

  it('a node named __proto__ stays data through a file', () => {
    const s = new GraphSession();
    s.openTemplate('empty');
    const r = s.edit({
      kind: 'replaceGraph',
      doc: {
        graph: {
          nodes: [
            { id: '__proto__', op: 'param', inputs: [], name: 'w', value: 3 },
            { id: 'x', op: 'input', inputs: [], name: 'x', value: 2 },
            { id: 'm', op: 'mul', inputs: ['__proto__', 'x'], name: 'L' },
          ],
        },
        positions: JSON.parse('{"__proto__":{"x":1,"y":2},"x":{"x":0,"y":150},"m":{"x":250,"y":60}}') as Record<string, { x: number; y: number }>,
      },
    });
    expect(r.ok).toBe(true);
    expectRoundTrip('graph', make, graphDocumentTarget(s));
  });
});
