import { describe, expect, it, vi } from 'vitest';
import { createDocumentWindow, documentTitle } from './document-window';
import type { DocumentWindowDeps, UnsavedChoice, UnsavedQuestion } from './document-window';

function setup(answer: UnsavedChoice = 'cancel', overrides: Partial<DocumentWindowDeps> = {}) {
  const window = { setTitle: vi.fn(), setDocumentEdited: vi.fn(), setRepresentedFilename: vi.fn(), close: vi.fn() };
  const askUnsaved = vi.fn(async (_question: UnsavedQuestion) => answer);
  const requestSaveThenClose = vi.fn();
  const discardRecovery = vi.fn(async () => undefined);
  const guard = createDocumentWindow({
    window,
    isMac: false,
    locale: () => 'en',
    askUnsaved,
    requestSaveThenClose,
    discardRecovery,
    currentPath: () => '/home/t/bowl.gradlab',
    ...overrides,
  });
  const closeEvent = () => ({ preventDefault: vi.fn() });
  return { guard, window, askUnsaved, requestSaveThenClose, discardRecovery, closeEvent };
}

describe('documentTitle', () => {
  it('shows the name, a dirty marker and the app name; Untitled in the app language', () => {
    expect(documentTitle('bowl.gradlab', false, 'en')).toBe('bowl.gradlab — Gradient Lab');
    expect(documentTitle('bowl.gradlab', true, 'en')).toBe('• bowl.gradlab — Gradient Lab');
    expect(documentTitle(null, true, 'en')).toBe('• Untitled — Gradient Lab');
    expect(documentTitle(null, false, 'zh-CN')).toBe('未命名 — Gradient Lab');
  });
});

describe('the title', () => {
  it('follows the reports; nothing is set before the first report', () => {
    const { guard, window } = setup();
    expect(window.setTitle).not.toHaveBeenCalled();
    guard.report({ name: 'bowl.gradlab', dirty: true });
    expect(window.setTitle).toHaveBeenLastCalledWith('• bowl.gradlab — Gradient Lab');
    guard.report({ name: 'bowl.gradlab', dirty: false });
    expect(window.setTitle).toHaveBeenLastCalledWith('bowl.gradlab — Gradient Lab');
    expect(window.setDocumentEdited).not.toHaveBeenCalled();
  });

  it('on macOS also sets the edited dot and the represented file (only while the names match)', () => {
    const { guard, window } = setup('cancel', { isMac: true });
    guard.report({ name: 'bowl.gradlab', dirty: true });
    expect(window.setDocumentEdited).toHaveBeenLastCalledWith(true);
    expect(window.setRepresentedFilename).toHaveBeenLastCalledWith('/home/t/bowl.gradlab');
    guard.report({ name: null, dirty: false });
    expect(window.setDocumentEdited).toHaveBeenLastCalledWith(false);
    expect(window.setRepresentedFilename).toHaveBeenLastCalledWith('');
  });

  it('re-renders in the new language', () => {
    let locale: 'en' | 'zh-CN' = 'en';
    const { guard, window } = setup('cancel', { locale: () => locale });
    guard.report({ name: null, dirty: false });
    locale = 'zh-CN';
    guard.refreshTitle();
    expect(window.setTitle).toHaveBeenLastCalledWith('未命名 — Gradient Lab');
  });
});

describe('closing', () => {
  it('closes without asking when nothing is unsaved', async () => {
    const { guard, closeEvent, askUnsaved } = setup();
    guard.report({ name: 'a.gradlab', dirty: false });
    const event = closeEvent();
    expect(await guard.handleClose(event)).toBe('closed');
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(askUnsaved).not.toHaveBeenCalled();
  });

  it('asks Save / Don’t Save / Cancel in the app language while dirty; Cancel keeps the window', async () => {
    const { guard, closeEvent, askUnsaved, window } = setup('cancel', { locale: () => 'zh-CN' });
    guard.report({ name: 'bowl.gradlab', dirty: true });
    const event = closeEvent();
    expect(await guard.handleClose(event)).toBe('canceled');
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(askUnsaved.mock.calls[0]?.[0]).toMatchObject({ buttons: ['保存', '不保存', '取消'] });
    expect(String(askUnsaved.mock.calls[0]?.[0].message)).toContain('bowl.gradlab');
    expect(window.close).not.toHaveBeenCalled();
  });

  it('Don’t Save drops the autosave and closes', async () => {
    const { guard, closeEvent, discardRecovery, window } = setup('discard');
    guard.report({ name: null, dirty: true });
    expect(await guard.handleClose(closeEvent())).toBe('discarded');
    expect(discardRecovery).toHaveBeenCalledOnce();
    expect(window.close).toHaveBeenCalledOnce();
    // The close that follows is ours: it goes through without asking again.
    expect(await guard.handleClose(closeEvent())).toBe('closed');
  });

  it('Save asks the renderer to save and closes only when it confirms', async () => {
    const { guard, closeEvent, requestSaveThenClose, window } = setup('save');
    guard.report({ name: 'bowl.gradlab', dirty: true });
    expect(await guard.handleClose(closeEvent())).toBe('asked-save');
    expect(requestSaveThenClose).toHaveBeenCalledOnce();
    expect(window.close).not.toHaveBeenCalled();
    expect(guard.confirmClose()).toBe(true);
    expect(window.close).toHaveBeenCalledOnce();
  });

  it('a cancelled or failed save (no confirmation) keeps the window open; a stray confirm closes nothing', async () => {
    const { guard, closeEvent, window } = setup('save');
    expect(guard.confirmClose()).toBe(false);
    guard.report({ name: 'bowl.gradlab', dirty: true });
    await guard.handleClose(closeEvent());
    // The renderer's save failed: it reports still dirty and does not confirm.
    guard.report({ name: 'bowl.gradlab', dirty: true });
    expect(window.close).not.toHaveBeenCalled();
  });

  it('a second close while the question is up is swallowed, not asked twice', async () => {
    let answer: (c: UnsavedChoice) => void = () => undefined;
    const askUnsaved = vi.fn(() => new Promise<UnsavedChoice>((resolve) => (answer = resolve)));
    const { guard, closeEvent } = setup('cancel', { askUnsaved });
    guard.report({ name: null, dirty: true });
    const first = guard.handleClose(closeEvent());
    const second = closeEvent();
    expect(await guard.handleClose(second)).toBe('pending');
    expect(second.preventDefault).toHaveBeenCalledOnce();
    answer('cancel');
    expect(await first).toBe('canceled');
    expect(askUnsaved).toHaveBeenCalledOnce();
  });

  it('after the page crashed the window can close (the autosave stays for next time)', async () => {
    const { guard, closeEvent, discardRecovery } = setup();
    guard.report({ name: null, dirty: true });
    guard.rendererGone();
    expect(await guard.handleClose(closeEvent())).toBe('closed');
    expect(discardRecovery).not.toHaveBeenCalled();
  });
});
