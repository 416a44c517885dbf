import { describe, expect, it } from 'vitest';
import { downloadName, readPickedFile, RECOVERY_KEY, webDocumentHost } from './web-documents';

class MemoryStorage implements Storage {
  #m = new Map<string, string>();
  full = false;
  get length() {
    return this.#m.size;
  }
  clear() {
    this.#m.clear();
  }
  getItem(k: string) {
    return this.#m.get(k) ?? null;
  }
  key(i: number) {
    return [...this.#m.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.#m.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.#m.set(k, v);
  }
}

const fakeDocument = () => ({ title: '' }) as unknown as Document;

describe('web document host', () => {
  it('keeps recovery text in one localStorage entry', async () => {
    const storage = new MemoryStorage();
    const host = webDocumentHost({ document: fakeDocument(), storage, appName: () => 'Gradient Lab' });
    expect(await host.recovery.read()).toBeNull();
    await host.recovery.write('{"a":1}');
    expect(storage.getItem(RECOVERY_KEY)).toBe('{"a":1}');
    expect(await host.recovery.read()).toBe('{"a":1}');
    await host.recovery.clear();
    expect(await host.recovery.read()).toBeNull();
  });

  it('says so when the browser refuses to store the recovery copy', async () => {
    const storage = new MemoryStorage();
    storage.full = true;
    const host = webDocumentHost({ document: fakeDocument(), storage, appName: () => 'Gradient Lab' });
    await expect(host.recovery.write('x')).rejects.toMatchObject({ text: { en: expect.stringMatching(/storage is full/) } });
  });

  it('works without storage (recovery simply unavailable)', async () => {
    const host = webDocumentHost({ document: fakeDocument(), storage: null, appName: () => 'Gradient Lab' });
    await host.recovery.write('x');
    expect(await host.recovery.read()).toBeNull();
  });

  it('shows the file and a dirty marker in the title', () => {
    const doc = fakeDocument();
    let app = 'Gradient Lab';
    const host = webDocumentHost({ document: doc, storage: null, appName: () => app });
    host.reportState({ name: null, dirty: false });
    expect(doc.title).toBe('Gradient Lab');
    host.reportState({ name: 'bowl.gradlab', dirty: true });
    expect(doc.title).toBe('• bowl.gradlab — Gradient Lab');
    app = 'Gradient Lab 梯度实验室';
    host.reportState({ name: null, dirty: true });
    expect(doc.title).toBe('• Gradient Lab 梯度实验室');
    expect(host.kind).toBe('web');
  });

  it('downloads under a safe name ending in .gradlab', () => {
    expect(downloadName('untitled.gradlab')).toBe('untitled.gradlab');
    expect(downloadName('graph.json')).toBe('graph.gradlab');
    expect(downloadName('a/b:c?.gradlab')).toBe('a_b_c_.gradlab');
    expect(downloadName('   ')).toBe('untitled.gradlab');
  });

  it('refuses a file over 5 MB without reading it, and reads a small one', async () => {
    const big = { name: 'big.gradlab', size: 6 * 1024 * 1024, text: () => Promise.reject(new Error('must not read')) } as unknown as File;
    const r = await readPickedFile(big);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.en).toMatch(/larger than 5 MB/);
    const small = { name: 's.gradlab', size: 2, text: () => Promise.resolve('{}') } as unknown as File;
    expect(await readPickedFile(small)).toEqual({ ok: true, value: { name: 's.gradlab', path: null, text: '{}' } });
  });
});
