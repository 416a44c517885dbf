// Runs the BUILT main process (out/main/index.js, from `npm run build`) in plain Node with a fake
// `electron` module, and drives the document path through its real IPC handlers: save (the
// bundled write-file-atomic), save over with .bak, open recent, a document from the command line, refusals, recovery, export bytes,
// the title, the File menu and the close guard. It checks that electron-vite bundled the main
// process's dependencies correctly, which the release dry run (a file-list audit) cannot.
//   npm run build && node electron/main/bundle-smoke/run.mjs
// Not a substitute for a real Electron run (e2e/electron/), which this machine cannot do.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const entry = path.join(root, 'out', 'main', 'index.js');
if (!existsSync(entry)) {
  console.error(`bundle smoke: ${entry} is missing; run \`npm run build\` first`);
  process.exit(2);
}
register('./loader.mjs', import.meta.url);
const work = mkdtempSync(path.join(tmpdir(), 'gl-bundle-smoke-'));
process.env.SMOKE_USER_DATA = path.join(work, 'userData');
process.env.SMOKE_DIALOG_PATH = path.join(work, 'lecture');
mkdirSync(process.env.SMOKE_USER_DATA);
// A document double-clicked in the file manager arrives on the command line (Windows, Linux).
const launchedText = JSON.stringify({ format: 'gradient-lab', title: '双击' });
writeFileSync(path.join(work, 'double-clicked.gradlab'), launchedText);
process.argv.push('--some-switch', path.join(work, 'double-clicked.gradlab'));

await import(pathToFileURL(entry).href);
const fake = globalThis.__fakeElectron;
for (let i = 0; i < 100 && fake.windows.length === 0; i++) await new Promise((r) => setTimeout(r, 20));

const event = { sender: { id: 1 }, senderFrame: { url: 'app://gradient-lab/index.html', parent: null } };
const call = (channel, request) => fake.handlers.get(channel)(event, request);
let failures = 0;
const check = (label, ok, detail = '') => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${ok || detail === '' ? '' : `: ${detail}`}`);
  if (!ok) failures++;
};

check('Chromium keeps a software WebGL fallback for PCs without a GPU driver', fake.switches.includes('enable-unsafe-swiftshader'), JSON.stringify(fake.switches));
const launched = await call('document:launchFile');
check('the page gets the document named on the command line once', launched.ok && launched.value.file?.text === launchedText, JSON.stringify(launched));
check('… and only once', (await call('document:launchFile')).value?.file === null);
writeFileSync(path.join(work, 'second.gradlab'), 'second');
fake.app.emit('second-instance', {}, ['gradient-lab', 'second.gradlab'], work);
await new Promise((r) => setTimeout(r, 50));
const pushed = fake.sent.find((s) => s[0] === 'document:command' && s[1].kind === 'opened');
check('a document double-clicked while running is read and sent to the page', pushed?.[1].file.text === 'second' && pushed[1].file.path === path.join(work, 'second.gradlab'), JSON.stringify(pushed));

const text = JSON.stringify({ format: 'gradient-lab', title: '碗' });
const file = `${process.env.SMOKE_DIALOG_PATH}.gradlab`;
const saved = await call('document:save', { text, suggestedName: 'lecture', path: null, saveAs: false });
check('save writes through the bundled write-file-atomic (.gradlab added)', saved.ok && saved.value.path === file && readFileSync(file, 'utf8') === text, JSON.stringify(saved));
const again = await call('document:save', { text: `${text}\n`, suggestedName: 'x', path: file, saveAs: false });
check('save over the same file keeps the previous version as .bak', again.ok && readFileSync(`${file}.bak`, 'utf8') === text, JSON.stringify(again));
const reopened = await call('document:openRecent', { path: file });
check('open recent returns exactly the saved text', reopened.ok && reopened.value.text === `${text}\n`, JSON.stringify(reopened));
check('a path not on the recent list is refused', (await call('document:openRecent', { path: '/etc/hostname' })).error?.code === 'forbidden');
check('an invalid payload is refused', (await call('document:save', { text: 1 })).error?.code === 'invalid-request');
await call('recovery:write', { text: 'autosaved' });
check('recovery round-trips in userData/recovery', (await call('recovery:read')).value?.text === 'autosaved' && existsSync(path.join(process.env.SMOKE_USER_DATA, 'recovery', 'current.gradlab')));
process.env.SMOKE_DIALOG_PATH = path.join(work, 'shot.png');
const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
const exported = await call('export:save', { suggestedName: 'shot.png', extension: 'png', bytes: png });
check('export bytes are written byte for byte', exported.ok && Buffer.compare(readFileSync(path.join(work, 'shot.png')), Buffer.from(png)) === 0, JSON.stringify(exported));
await call('document:state', { name: 'lecture.gradlab', dirty: true });
check('the title shows the name and the dirty marker', fake.titles.at(-1) === '• lecture.gradlab — Gradient Lab', fake.titles.at(-1));
const fileMenu = fake.menu.find((m) => m.label === '文件' || m.label === 'File');
check('the File menu follows the OS language and lists the recent file', fileMenu?.label === '文件' && JSON.stringify(fileMenu.submenu).includes('lecture.gradlab'));
fileMenu.submenu.find((item) => item.id === 'file-save').click();
check('File ▸ Save sends document:command save', JSON.stringify(fake.sent).includes('"document:command",{"kind":"save"}'));
process.env.SMOKE_BOX_ANSWER = '0';
fake.windows[0].close();
await new Promise((r) => setTimeout(r, 50));
check('closing while dirty asks Save / Don’t Save / Cancel', fake.boxes.at(-1)?.buttons?.join('/') === '保存/不保存/取消', JSON.stringify(fake.boxes.at(-1)));
check('Save asks the page to save-then-close and keeps the window open', JSON.stringify(fake.sent).includes('save-then-close') && !fake.sent.some((s) => s[0] === 'window closed'));
const confirmed = await call('document:confirmClose');
check('confirmClose closes the window', confirmed.value?.closing === true && fake.sent.some((s) => s[0] === 'window closed'));

rmSync(work, { recursive: true, force: true });
console.log(failures === 0 ? 'bundle smoke: OK' : `bundle smoke: ${failures} failure(s)`);
process.exit(failures === 0 ? 0 : 1);
