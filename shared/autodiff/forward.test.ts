import { describe, expect, it } from 'vitest';
import type { Graph } from './graph';
import { forward, forwardTrace } from './forward';
import { deckGraph } from './testGraphs';

describe('forward', () => {
  it('computes the deck network by hand: u₃ = 0.5·1 − 0.25·2 = 0, ŷ = σ(0) = ½, L = ½(½ − 1)² = ⅛', () => {
    const r = forward(deckGraph);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.values).toMatchObject({ u1: 0.5, u2: -0.5, u3: 0, yhat: 0.5, L: 0.125 });
    expect(r.value.issues).toEqual([]);
  });

  it('lets inputs override leaf values by id', () => {
    // w₁ = 2, x₁ = 1, w₂ = −0.25, x₂ = 2: u₃ = 1.5, ŷ = 1/(1 + e^−1.5).
    const r = forward(deckGraph, { w1: 2 });
    const yhat = 1 / (1 + Math.exp(-1.5));
    expect(r.ok && r.value.values.L).toBeCloseTo(0.5 * (yhat - 1) ** 2, 15);
  });

  it('reports division by zero at the node where it happens, and not downstream', () => {
    const g: Graph = {
      nodes: [
        { id: 'x', op: 'input', inputs: [], name: 'x', value: 2 },
        { id: 'd', op: 'sub', inputs: ['x', 'x'], name: 'u₁' },
        { id: 'q', op: 'div', inputs: ['x', 'd'], name: 'u₂' },
        { id: 'e', op: 'exp', inputs: ['q'], name: 'u₃' },
      ],
    };
    const r = forward(g);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.values.q).toBe(Infinity);
    expect(r.value.issues).toHaveLength(1);
    expect(r.value.issues[0]?.kind).toBe('divisionByZero');
    expect(r.value.issues[0]?.nodeId).toBe('q');
    expect(r.value.issues[0]?.message.en).toContain('Division by zero at u₂');
    expect(r.value.issues[0]?.message['zh-CN']).toContain('u₂ 处除以零');
  });

  it('explains domain errors and poles', () => {
    const g: Graph = {
      nodes: [
        { id: 'a', op: 'const', inputs: [], name: '−1', value: -1 },
        { id: 'z', op: 'const', inputs: [], name: '0', value: 0 },
        { id: 'l', op: 'ln', inputs: ['a'], name: 'u₁' },
        { id: 'm', op: 'ln', inputs: ['z'], name: 'u₂' },
      ],
    };
    const r = forward(g);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.issues.map((i) => [i.nodeId, i.kind])).toEqual([['l', 'domain'], ['m', 'infinite']]);
    expect(r.value.issues[0]?.message.en).toContain('u₁ = ln(−1) is undefined');
    expect(r.value.issues[1]?.message['zh-CN']).toContain('u₂ = ln(0)');
  });

  it('returns structural errors instead of throwing', () => {
    const r = forward({ nodes: [{ id: 'a', op: 'sin', inputs: ['b'], name: 'u₁' }] });
    expect(r.ok).toBe(false);
  });

  it('traces each evaluation in order with its input values', () => {
    const r = forwardTrace(deckGraph);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ops = r.value.steps.filter((s) => s.inputIds.length > 0);
    expect(ops.map((s) => s.nodeId)).toEqual(['u1', 'u2', 'u3', 'yhat', 'L']);
    expect(ops[0]).toEqual({ nodeId: 'u1', op: 'mul', inputIds: ['w1', 'x1'], inputValues: [0.5, 1], value: 0.5 });
    expect(ops[4]?.inputValues).toEqual([0.5, 1]);
    for (const s of r.value.steps) expect(s.value).toBe(r.value.values[s.nodeId]);
  });
});
