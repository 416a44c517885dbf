/**
 * "Copy link to this view": writes the page's address with the view's hash to the clipboard (the
 * async Clipboard API, or a hidden text area and execCommand where it is unavailable) and says so.
 * A view too large for a link is not cut: the message offers saving it as a file instead.
 */
import { hashForView, type Chapter } from '../shell/chapters';
import type { DocumentController } from './document-controller.svelte';
import { MAX_LINK_PAYLOAD } from './view-link';

function legacyCopy(value: string): boolean {
  const area = document.createElement('textarea');
  area.value = value;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/** The full URL of the current view, or the size in kB when it is too large for a link. */
export async function viewUrl(documents: DocumentController, chapter: Chapter): Promise<{ readonly ok: true; readonly url: string; readonly hash: string } | { readonly ok: false; readonly size: number }> {
  // Encoded in time slices (a large view never freezes the page); asked again if the view changed meanwhile.
  let p = await documents.linkPayload({ exactSize: true });
  for (let i = 0; p === null && i < 3; i++) p = await documents.linkPayload({ exactSize: true });
  if (p === null) p = documents.linkPayloadNow() ?? { kind: 'none' };
  if (p.kind === 'too-large') return { ok: false, size: Math.ceil(p.size / 1024) };
  const hash = hashForView(chapter, p.kind === 'payload' ? p.payload : null);
  return { ok: true, url: `${location.href.split('#')[0]}${hash}`, hash };
}

export async function copyViewLink(documents: DocumentController, chapter: Chapter): Promise<void> {
  const v = await viewUrl(documents, chapter);
  if (!v.ok) {
    documents.say({ key: 'document.linkTooLarge', params: { size: v.size, max: MAX_LINK_PAYLOAD / 1024 }, error: true, offerSave: true });
    return;
  }
  // The address bar shows the same link at once (the debounced writer would follow anyway).
  if (location.hash !== v.hash) history.replaceState(history.state, '', v.hash);
  let copied = false;
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(v.url);
      copied = true;
    }
  } catch {
    copied = false;
  }
  if (!copied) copied = legacyCopy(v.url);
  documents.say(copied ? { key: 'document.linkCopied', error: false } : { key: 'document.linkCopyFailed', error: true });
}
