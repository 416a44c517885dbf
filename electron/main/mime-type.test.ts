import { describe, it, expect } from 'vitest';
import { DEFAULT_MIME_TYPE, mimeTypeFor } from './mime-type';

describe('mimeTypeFor', () => {
  it.each([
    ['/r/index.html', 'text/html; charset=utf-8'],
    ['/r/assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['/r/assets/worker.mjs', 'text/javascript; charset=utf-8'],
    ['/r/assets/index.CSS', 'text/css; charset=utf-8'],
    ['/r/assets/KaTeX_Main-Regular.woff2', 'font/woff2'],
    ['/r/assets/KaTeX_Main-Regular.woff', 'font/woff'],
    ['/r/assets/KaTeX_Main-Regular.ttf', 'font/ttf'],
    ['/r/icon.svg', 'image/svg+xml'],
    ['/r/icon.png', 'image/png'],
    ['/r/scene.json', 'application/json; charset=utf-8'],
    ['/r/mod.wasm', 'application/wasm'],
    ['C:\\r\\assets\\a.js', 'text/javascript; charset=utf-8'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });

  it.each(['/r/LICENSE', '/r/.htaccess', '/r/archive.tar.xz', '/r/x.exe', '/r/dir.js/file'])('falls back to octet-stream for %s', (file) => {
    expect(mimeTypeFor(file)).toBe(DEFAULT_MIME_TYPE);
  });
});
