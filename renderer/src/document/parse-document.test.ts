import { describe, expect, it } from 'vitest';
import { serializeGraphDoc } from '../scenes/graph/graph-file';
import { templateDoc } from '../scenes/graph/templates';
import { canonicalJson } from './json-text';
import { MIGRATIONS } from './migrations';
import { parseDocument } from './parse-document';
import { DOCUMENT_VERSION } from './document-types';
// A graph file as the old graph Save button wrote it (the v0 format), kept as a file.
import V0 from './fixtures/v0-graph.gradient-lab.json?raw';


const refusal = (s: string): { en: string; zh: string } => {
  const r = parseDocument(s);
  if (r.ok) throw new Error('accepted');
  expect(r.error['zh-CN'].length).toBeGreaterThan(0);
  return { en: r.error.en, zh: r.error['zh-CN'] };
};

const doc = (scenes: object, extra: object = {}): string => JSON.stringify({ format: 'gradient-lab', version: 1, chapter: 'limits', scenes, ...extra });

describe('parseDocument', () => {
  it('reads an empty document', () => {
    const r = parseDocument(doc({}));
    expect(r).toEqual({ ok: true, value: { format: 'gradient-lab', version: 1, chapter: 'limits', scenes: {} } });
  });

  it('names the line and column of a JSON syntax error, in both languages', () => {
    const r = refusal('{\n  "format": "gradient-lab",\n  "version": 1,\n  "chapter": limits\n}');
    expect(r.en).toMatch(/not valid JSON \(line 4, column 14/);
    expect(r.zh).toMatch(/第 4 行第 14 列/);
  });

  it('refuses foreign JSON', () => {
    for (const s of ['[1, 2]', '"text"', '42', 'null', '{"type": "something.else"}', '{"format": "gradient-lab"}', '{"format": "gradient-lab", "version": "1"}']) {
      expect(refusal(s).en).toBe('it is not a Gradient Lab document.');
    }
  });

  it('refuses a newer format, saying which versions this one reads', () => {
    const r = refusal(JSON.stringify({ format: 'gradient-lab', version: DOCUMENT_VERSION + 1, chapter: 'limits', scenes: { future: {} } }));
    expect(r.en).toBe(`it was made by a newer Gradient Lab (format ${DOCUMENT_VERSION + 1}); this version reads up to ${DOCUMENT_VERSION}. Please update the app.`);
    expect(r.zh).toContain(`格式 ${DOCUMENT_VERSION + 1}`);
  });

  it('names the path of an invalid field', () => {
    expect(refusal(doc({ chain: { section: 'nope' } })).en).toMatch(/^scenes\.chain\.section: not one of the allowed values/);
    expect(refusal(doc({}, { chapter: 'elsewhere' })).en).toMatch(/^chapter: /);
    expect(refusal(doc({ unknown: {} })).en).toMatch(/^scenes: unknown field “unknown”/);
    const big = refusal(doc({ derivatives: { section: 'secant', secant: { formula: 'x', x: 1, hExp: 3, hSign: 1, view: { xMin: 0, xMax: 1 }, pane: 'secant' } } }));
    expect(big.en).toMatch(/^scenes\.derivatives\.secant\.hExp: too large \(at most 0\)/);
    expect(big.zh).toMatch(/^scenes\.derivatives\.secant\.hExp：太大/);
  });

  it('refuses 1e999 (JSON for Infinity) where a finite number is required', () => {
    const chain = '{"section":"single","formula":"x","x":1e999,"window":[-1,1],"dxExponent":-1,"dxSign":1,"proofStep":0,"lowerPane":"table","z":"u","u":"x","v":"y","point":[0,0],"differentialStep":0,"multiPane":"sums"}';
    expect(refusal(`{"format":"gradient-lab","version":1,"chapter":"limits","scenes":{"chain":${chain}}}`).en).toMatch(/^scenes\.chain\.x: /);
  });

  it('keeps ids as data: __proto__ as a parameter name is refused, not assigned', () => {
    const surface = '{"presetId":"deck-loss","formula":"x","params":{"__proto__":{"x":1}},"domain":{"xMin":-1,"xMax":1,"yMin":-1,"yMax":1},"resolution":64,"point":[0,0],"theta":0,"layers":{"slices":true,"tangentPlane":false,"gradient":true,"contours":true},"tab":"partials"}';
    const r = refusal(`{"format":"gradient-lab","version":1,"chapter":"descent","scenes":{"surface":${surface}}}`);
    expect(r.en).toMatch(/^scenes\.surface\.params: /);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses a file larger than 5 MB before reading it', () => {
    expect(refusal(' '.repeat(5 * 1024 * 1024 + 1)).en).toMatch(/larger than 5 MB/);
  });
});

describe('migrations', () => {
  it('has one step for every version below the current one', () => {
    for (let v = 0; v < DOCUMENT_VERSION; v++) expect(MIGRATIONS[v]).toBeTypeOf('function');
  });

  it('opens a real v0 graph file as a v1 document holding only the graph', () => {
    const r = parseDocument(V0);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.version).toBe(1);
    expect(r.value.chapter).toBe('graphs');
    expect(Object.keys(r.value.scenes)).toEqual(['graph']);
    const g = r.value.scenes.graph!;
    // Read independently from the fixture's text.
    const raw = JSON.parse(V0) as { graph: { nodes: { id: string; name: string; value?: number }[] }; positions: Record<string, { x: number; y: number }> };
    expect(g.doc.graph.nodes.map((n) => [n.id, n.name, n.value])).toEqual(raw.graph.nodes.map((n) => [n.id, n.name, n.value]));
    expect({ ...g.doc.positions }).toEqual(raw.positions);
    expect(g.learningRate).toBe(1);
  });

  it('migrates what the old Save button wrote for every template', () => {
    for (const t of ['deck', 'xor', 'neuron'] as const) {
      const source = serializeGraphDoc(templateDoc(t), { savedAt: '2026-01-01T00:00:00Z' });
      const r = parseDocument(source);
      expect(r.ok).toBe(true);
      if (r.ok) expect(canonicalJson(r.value.scenes.graph!.doc)).toBe(canonicalJson(templateDoc(t)));
    }
  });

  it('passes the graph file’s own refusals on, without its prefix', () => {
    const newer = refusal(JSON.stringify({ type: 'gradient-lab.graph', version: 9, graph: { nodes: [] }, positions: {} }));
    expect(newer.en).toMatch(/^it was saved by a newer version of Gradient Lab \(format 9\)/);
    const cycle = refusal(
      JSON.stringify({
        type: 'gradient-lab.graph',
        version: 1,
        graph: {
          nodes: [
            { id: 'a', op: 'add', inputs: ['b', 'b'], name: 'a' },
            { id: 'b', op: 'add', inputs: ['a', 'a'], name: 'b' },
          ],
        },
        positions: {},
      }),
    );
    expect(cycle.en).not.toMatch(/cannot be opened/);
    expect(cycle.zh).not.toMatch(/^无法打开/);
  });
});
