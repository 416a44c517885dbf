import { describe, it, expect } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';

/** Parses a policy string independently of how csp.ts builds it. */
function parsePolicy(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

const policy = parsePolicy(CONTENT_SECURITY_POLICY);

describe('CONTENT_SECURITY_POLICY', () => {
  it('is exactly the agreed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'; object-src 'none'",
    );
  });
  it('never allows JS eval; compiling WebAssembly only, and only in script-src', () => {
    // 'wasm-unsafe-eval' (the generated formula sampler, shared/expr/wasm) permits
    // WebAssembly.Module/compile and nothing else; 'unsafe-eval' (eval, new Function) stays out.
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|unsafe-hashes/);
    for (const [name, sources] of policy) {
      if (name !== 'script-src') expect(sources).not.toContain("'wasm-unsafe-eval'");
    }
  });
  it('denies by default', () => expect(policy.get('default-src')).toEqual(["'none'"]));
  it('runs only our own scripts, never inline ones', () => expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]));
  it('allows no remote origin anywhere', () => {
    for (const sources of policy.values()) {
      for (const s of sources) expect(s).toMatch(/^('self'|'none'|'unsafe-inline'|'wasm-unsafe-eval'|data:|blob:)$/);
    }
  });
  it('keeps inline only for styles', () => {
    for (const [name, sources] of policy) {
      if (name !== 'style-src') expect(sources).not.toContain("'unsafe-inline'");
    }
  });
  it('connects only to itself', () => expect(policy.get('connect-src')).toEqual(["'self'"]));
  it('forbids plugins, base rewriting, form posts and framing', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.has('frame-src')).toBe(false); // falls back to default-src 'none'
  });
});

describe('the CSP shipped in index.html (issue 12)', () => {
  it('has no dev-server leftovers (ws:, localhost, ports) and connects only to itself', async () => {
    const { readFile } = await import('node:fs/promises');
    const path = await import('node:path');
    const html = await readFile(path.resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"[\s\S]*?content="([^"]*)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    expect(meta).not.toMatch(/ws:|wss:|127\.0\.0\.1|localhost|:\d{2,5}\b/);
    const parsed = parsePolicy(meta ?? '');
    expect(parsed.get('connect-src')).toEqual(["'self'"]);
    // Every directive the page declares agrees with the header the app:// handler sends.
    for (const [name, sources] of parsed) if (policy.has(name)) expect(sources).toEqual(policy.get(name));
  });
});
