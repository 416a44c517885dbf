/**
 * The browser's way to save a file: a temporary object URL clicked as a download. Shared by
 * document saves (web-documents.ts) and exports (save-bytes.ts). Throws if the browser refuses
 * to create the URL; callers turn that into their message.
 */
export function clickDownload(doc: Document, name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
