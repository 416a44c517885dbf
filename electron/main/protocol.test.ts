import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import path from 'node:path';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, registerAppScheme, resolveAppPath } from './protocol';
import { CONTENT_SECURITY_POLICY } from './csp';

const ROOT = path.resolve('/srv/app/out/renderer');
const base = 'app://gradient-lab';

describe('resolveAppPath — normal paths', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index-4f2a.js', 'assets/index-4f2a.js'],
    ['/assets/KaTeX_Main-Regular.woff2', 'assets/KaTeX_Main-Regular.woff2'],
    ['/assets/a%20b.png', 'assets/a b.png'],
    ['/assets/%E5%9B%BE.svg', 'assets/图.svg'],
    ['/assets/x.js?v=1#frag', 'assets/x.js'],
    ['/samples/bowl.json', 'samples/bowl.json'],
    ['', 'index.html'],
  ])('%s → <root>/%s', (p, rel) => {
    expect(resolveAppPath(ROOT, base + p)).toEqual({ ok: true, value: path.join(ROOT, rel) });
  });

  it('accepts the host in any case (Chromium lowercases it anyway)', () => {
    expect(resolveAppPath(ROOT, 'app://Gradient-Lab/index.html').ok).toBe(true);
  });
});

describe('resolveAppPath — refusals', () => {
  it.each([
    ['parent segment (raw, as a non-normalising caller would pass)', 'app://gradient-lab/assets/../../etc/passwd'],
    ['encoded dots', 'app://gradient-lab/%2e%2e/%2e%2e/etc/passwd'],
    ['encoded dots, upper case', 'app://gradient-lab/%2E%2E/secret'],
    ['half-encoded dots', 'app://gradient-lab/.%2e/secret'],
    ['double-encoded dots', 'app://gradient-lab/%252e%252e/secret'],
    ['encoded slash', 'app://gradient-lab/assets%2f..%2f..%2fetc%2fpasswd'],
    ['encoded backslash', 'app://gradient-lab/..%5c..%5cwindows'],
    ['raw backslash', 'app://gradient-lab/..\\..\\windows\\win.ini'],
    ['backslash inside a segment', 'app://gradient-lab/assets\\x.js'],
    ['null byte', 'app://gradient-lab/index.html%00.png'],
    ['raw null byte', 'app://gradient-lab/index.html\0.png'],
    ['drive letter', 'app://gradient-lab/C:/Windows/win.ini'],
    ['encoded drive letter', 'app://gradient-lab/C%3A/Windows/win.ini'],
    ['absolute path via double slash', 'app://gradient-lab//etc/passwd'],
    ['single dot segment', 'app://gradient-lab/./index.html'],
    ['trailing slash (directory)', 'app://gradient-lab/assets/'],
    ['other host', 'app://evil.example/index.html'],
    ['empty host', 'app:///index.html'],
    ['host with port', 'app://gradient-lab:8080/index.html'],
    ['credentials', 'app://user:pw@gradient-lab/index.html'],
    ['other scheme', 'file:///srv/app/out/renderer/index.html'],
    ['http scheme', 'http://gradient-lab/index.html'],
    ['malformed escape', 'app://gradient-lab/%E0%A4%A'],
    ['not a URL', 'not a url'],
  ])('refuses %s', (_why, url) => {
    expect(resolveAppPath(ROOT, url).ok).toBe(false);
  });

  it('never resolves outside the root, whatever the path', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '%2E.', '..%2f', '%5c', '\\', '', 'assets', 'a.js', '%00', 'C:', '%252e'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 8 }), (segments) => {
        const r = resolveAppPath(ROOT, `${base}/${segments.join('/')}`);
        if (r.ok) {
          const rel = path.relative(ROOT, r.value);
          expect(rel.startsWith('..')).toBe(false);
          expect(path.isAbsolute(rel)).toBe(false);
          expect(rel).not.toBe('');
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('scheme registration', () => {
  it('registers app:// as standard, secure, fetch-capable and NOT bypassing CSP', () => {
    const calls: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => calls.push(schemes) });
    expect(calls).toEqual([[APP_SCHEME_PRIVILEGES]]);
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).not.toBe(true);
    expect(APP_SCHEME_PRIVILEGES.privileges?.allowServiceWorkers).not.toBe(true);
  });
});

describe('createAppProtocolHandler', () => {
  const files = new Map<string, string>([
    [path.join(ROOT, 'index.html'), '<!doctype html><title>x</title>'],
    [path.join(ROOT, 'assets', 'index.js'), 'console.log(1)'],
    [path.join(ROOT, 'assets', 'font.woff2'), 'wOF2'],
  ]);
  const handler = createAppProtocolHandler({
    rootDir: ROOT,
    realpath: async (p) => p,
    readFile: async (p) => {
      const content = files.get(p);
      if (content === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return new TextEncoder().encode(content);
    },
  });

  it('serves index.html for / with type and CSP', async () => {
    const res = await handler({ url: `${base}/`, method: 'GET' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe('<!doctype html><title>x</title>');
  });

  it('serves scripts and fonts with their MIME types', async () => {
    const js = await handler({ url: `${base}/assets/index.js`, method: 'GET' });
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    const font = await handler({ url: `${base}/assets/font.woff2`, method: 'GET' });
    expect(font.headers.get('content-type')).toBe('font/woff2');
  });

  it('answers HEAD without a body', async () => {
    const res = await handler({ url: `${base}/index.html`, method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it.each([
    [`${base}/missing.js`, 'GET', 404],
    [`${base}/%2e%2e/%2e%2e/etc/passwd`, 'GET', 400],
    ['app://evil/index.html', 'GET', 404],
    [`${base}/index.html`, 'POST', 405],
  ])('%s (%s) → %i, still with the CSP', async (url, method, status) => {
    const res = await handler({ url, method });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('reads real files from disk by default', async () => {
    const dir = path.resolve(import.meta.dirname);
    const real = createAppProtocolHandler({ rootDir: dir });
    const res = await real({ url: `${base}/protocol.test.ts`, method: 'GET' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('reads real files from disk by default');
  });
});

describe('symlinks inside the app folder (issue 12)', () => {
  it('refuses a link that resolves outside the root, serves one that stays inside', async () => {
    const { mkdtemp, mkdir, writeFile, symlink, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const base0 = await mkdtemp(path.join(tmpdir(), 'gl-proto-'));
    try {
      const root = path.join(base0, 'renderer');
      await mkdir(path.join(root, 'assets'), { recursive: true });
      await writeFile(path.join(root, 'assets', 'ok.js'), 'inside');
      await writeFile(path.join(base0, 'secret.txt'), 'outside');
      await symlink(path.join(base0, 'secret.txt'), path.join(root, 'assets', 'leak.txt'));
      await symlink(path.join(root, 'assets', 'ok.js'), path.join(root, 'assets', 'alias.js'));
      await symlink(base0, path.join(root, 'up'));
      const handler = createAppProtocolHandler({ rootDir: root });
      const leak = await handler({ url: `${base}/assets/leak.txt`, method: 'GET' });
      expect(leak.status).toBe(403);
      expect(await leak.text()).not.toContain('outside');
      const viaDir = await handler({ url: `${base}/up/secret.txt`, method: 'GET' });
      expect(viaDir.status).toBe(403);
      const alias = await handler({ url: `${base}/assets/alias.js`, method: 'GET' });
      expect(alias.status).toBe(200);
      expect(await alias.text()).toBe('inside');
      // The root itself behind a symlink still serves its own files.
      await symlink(root, path.join(base0, 'linked-root'));
      const viaLinkedRoot = createAppProtocolHandler({ rootDir: path.join(base0, 'linked-root') });
      expect((await viaLinkedRoot({ url: `${base}/assets/ok.js`, method: 'GET' })).status).toBe(200);
      expect((await viaLinkedRoot({ url: `${base}/assets/leak.txt`, method: 'GET' })).status).toBe(403);
    } finally {
      await rm(base0, { recursive: true, force: true });
    }
  });
});
