/**
 * Recording animations (issue 10, "Exports"): a short WebM of each animation — the walker race,
 * the graph's forward/backward pass, secant → tangent — is downloaded and then played back in a
 * <video> (metadata, a real duration, frames presented, a decoded frame with a picture on it); a
 * GIF is decoded with omggif (frame count as planned, size, delays, pixels); Cancel mid-way saves
 * nothing and leaves the scene exactly as it was. Recordings are kept to a second or two.
 *
 * The app's CSP allows no media, so playback happens in a blank page of the same browser context.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { GifReader } from 'omggif';
import { expect, test } from './fixtures';

test.use({ locale: 'en-US', acceptDownloads: true });
test.describe.configure({ timeout: 180_000 });

type Which = 'walkers' | 'graph' | 'secant';

async function ready(page: Page, hash: string): Promise<void> {
  await page.goto(hash);
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
}

async function openWalkers(page: Page): Promise<void> {
  await ready(page, '/#/descent');
  await expect(page.getByTestId('surface-canvas')).toHaveAttribute('data-triangles', /^[1-9]\d*$/);
  await page.getByTestId('preset-ill-bowl').click();
  await page.getByTestId('tab-descent').click();
  await page.getByTestId('walker-race').click();
  await expect(page.getByTestId('walker-legend').locator('li')).toHaveCount(3);
  // Some steps already taken: the recording starts from the starts, and must put these back.
  for (let i = 0; i < 7; i++) await page.getByTestId('walker-step').click();
}

async function openGraph(page: Page): Promise<void> {
  await ready(page, '/#/graphs');
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-nodes', /^[1-9]\d*$/);
  // Mid-pass: two forward steps shown.
  await page.getByTestId('graph-forward').click();
  await page.getByTestId('graph-forward').click();
}

async function openSecant(page: Page): Promise<void> {
  await ready(page, '/#/derivatives');
  await expect(page.getByTestId('secant-plot-svg')).toBeVisible();
}

/** Everything a user sees of the scene's animated state, as text and data attributes. */
async function sceneState(page: Page, which: Which): Promise<string> {
  const attrs = async (sel: Locator, names: readonly string[]): Promise<string> => {
    const out: string[] = [];
    for (const el of await sel.all()) out.push((await Promise.all(names.map((n) => el.getAttribute(n)))).join('|'));
    return out.join(';');
  };
  if (which === 'walkers') {
    return [await page.getByTestId('walker-legend').innerText(), await attrs(page.locator('[data-testid^="walker-loss-"]'), ['data-value'])].join('\n');
  }
  if (which === 'graph') {
    // Node attributes, not the canvas text: xyflow hides a card while it re-measures it.
    return [await page.getByTestId('graph-step-panel').innerText(), await attrs(page.locator('[data-testid^="graph-node-"]'), ['data-testid', 'data-value', 'data-grad'])].join('\n');
  }
  return [await page.getByTestId('secant-h-value').getAttribute('data-value'), await page.getByTestId('secant-slope').getAttribute('data-value')].join('|');
}

interface Options {
  readonly format: 'webm' | 'gif';
  readonly duration: string;
  readonly fps?: string;
  readonly hold?: string;
}

async function configure(page: Page, which: Which, o: Options): Promise<{ frames: number; width: number; height: number }> {
  await page.getByTestId(`record-${which}`).click();
  const dialog = page.getByTestId('record-dialog');
  await expect(dialog).toBeVisible();
  await page.getByTestId(`record-format-${o.format}`).check();
  if (o.fps) await page.getByTestId('record-fps').selectOption(o.fps);
  await page.getByTestId('record-duration').fill(o.duration);
  await page.getByTestId('record-hold').fill(o.hold ?? '0');
  const summary = page.getByTestId('record-summary');
  await expect(summary).toBeVisible();
  const n = async (a: string): Promise<number> => Number(await summary.getAttribute(a));
  return { frames: await n('data-frames'), width: await n('data-width'), height: await n('data-height') };
}

/** Records with the dialog and returns the downloaded file. */
async function record(page: Page, which: Which, o: Options): Promise<{ bytes: Buffer; name: string; plan: { frames: number; width: number; height: number } }> {
  const plan = await configure(page, which, o);
  const download = page.waitForEvent('download', { timeout: 150_000 });
  await page.getByTestId('record-start').click();
  const d = await download;
  const path = await d.path();
  const bytes = readFileSync(path);
  await expect(page.getByTestId('record-message')).toHaveAttribute('data-kind', 'ok');
  await page.getByTestId('record-close').click();
  await expect(page.getByTestId('record-dialog')).toHaveCount(0);
  return { bytes, name: d.suggestedFilename(), plan };
}

interface Playback {
  readonly duration: number;
  readonly width: number;
  readonly height: number;
  readonly presented: number;
  readonly advanced: boolean;
  readonly colours: number;
  readonly png: string;
}

/** Plays a WebM in a blank page: duration, size, frames presented, a decoded mid frame. */
async function playWebm(context: BrowserContext, bytes: Buffer): Promise<Playback> {
  const page = await context.newPage();
  await page.goto('about:blank');
  const result = await page.evaluate(async (b64: string): Promise<Playback> => {
    const raw = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    document.body.append(video);
    const once = (name: string, ms = 10_000): Promise<void> =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${name} event within ${ms} ms (error: ${video.error?.message ?? 'none'})`)), ms);
        video.addEventListener(name, () => {
          clearTimeout(timer);
          resolve();
        }, { once: true });
      });
    const meta = once('loadedmetadata');
    video.src = URL.createObjectURL(new Blob([raw], { type: 'video/webm' }));
    await meta;
    // MediaRecorder writes no duration into the file: it is Infinity until the end is found.
    if (!Number.isFinite(video.duration)) {
      const known = new Promise<void>((resolve, reject) => {
        setTimeout(() => reject(new Error(`the duration stayed ${video.duration}`)), 10_000);
        const check = (): void => {
          if (Number.isFinite(video.duration)) resolve();
        };
        video.addEventListener('durationchange', check);
        video.addEventListener('timeupdate', check);
      });
      video.currentTime = 1e6;
      await known;
    }
    const duration = video.duration;
    // A frame from the middle, decoded and drawn.
    const seeked = once('seeked');
    video.currentTime = duration / 2;
    await seeked;
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(video, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7) colours.add(((data[i]! >> 3) << 10) | ((data[i + 1]! >> 3) << 5) | (data[i + 2]! >> 3));
    const png = canvas.toDataURL('image/png');
    // Play from the start and count the frames the compositor presents.
    video.currentTime = 0;
    await once('seeked');
    let presented = 0;
    const count = (): void => {
      presented += 1;
      video.requestVideoFrameCallback(count);
    };
    video.requestVideoFrameCallback(count);
    const ended = once('ended');
    await video.play();
    await Promise.race([ended, new Promise((r) => setTimeout(r, duration * 1000 + 4000))]);
    return { duration, width: video.videoWidth, height: video.videoHeight, presented, advanced: video.currentTime > 0, colours: colours.size, png };
  }, bytes.toString('base64'));
  await page.close();
  return result;
}

/** Keeps a recording or a decoded frame with the test's output (and in RECORD_KEEP_DIR if set). */
function keep(name: string, data: Buffer | string): void {
  const bytes = typeof data === 'string' ? Buffer.from(data.replace(/^data:image\/png;base64,/, ''), 'base64') : data;
  writeFileSync(test.info().outputPath(name), bytes);
  const dir = process.env.RECORD_KEEP_DIR;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/${name}`, bytes);
  }
}

async function expectPlays(context: BrowserContext, which: Which, bytes: Buffer, seconds: number): Promise<void> {
  expect(bytes.subarray(0, 4).toString('hex'), 'EBML header of a WebM file').toBe('1a45dfa3');
  keep(`record-${which}.webm`, bytes);
  const v = await playWebm(context, bytes);
  keep(`record-${which}-frame.png`, v.png);
  expect([v.width, v.height]).toEqual([1280, 720]);
  // Every frame is shown 1/fps s: the video lasts as planned (encoder rounding aside).
  expect(v.duration).toBeGreaterThan(seconds * 0.8);
  expect(v.duration).toBeLessThan(seconds * 1.4 + 0.2);
  expect(v.advanced).toBe(true);
  expect(v.presented).toBeGreaterThanOrEqual(2);
  // A real picture: a figure has dozens of colours, a blank frame one or two.
  expect(v.colours).toBeGreaterThan(12);
}

test('the walker race records as a WebM that plays, and the walkers are back as they were', async ({ page, context, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openWalkers(page);
  const before = await sceneState(page, 'walkers');
  const { bytes, name } = await record(page, 'walkers', { format: 'webm', duration: '1.5', fps: '24' });
  expect(name).toBe('gradient-lab-walkers.webm');
  expect(await sceneState(page, 'walkers')).toBe(before);
  await expectPlays(context, 'walkers', bytes, 1.5);
});

test('the forward/backward pass records as a WebM that plays, and the pass is back at its step', async ({ page, context, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openGraph(page);
  const before = await sceneState(page, 'graph');
  const { bytes, name } = await record(page, 'graph', { format: 'webm', duration: '2', fps: '24' });
  expect(name).toBe('gradient-lab-graph.webm');
  expect(await sceneState(page, 'graph')).toBe(before);
  await expectPlays(context, 'graph', bytes, 2);
});

test('secant → tangent records as a WebM that plays, and h is back as it was', async ({ page, context, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openSecant(page);
  await page.getByTestId('secant-h-slider').fill('-2');
  const before = await sceneState(page, 'secant');
  expect(before.startsWith('0.01|')).toBe(true);
  const { bytes } = await record(page, 'secant', { format: 'webm', duration: '1.5', fps: '24' });
  expect(await sceneState(page, 'secant')).toBe(before);
  await expectPlays(context, 'secant', bytes, 1.5);
});

/** Decodes a GIF: size, frames, delays, and per frame the number of distinct colours. */
function decodeGif(bytes: Buffer): { width: number; height: number; delays: number[]; colours: number[]; frames: Uint8Array[] } {
  const r = new GifReader(bytes);
  const frames: Uint8Array[] = [];
  const delays: number[] = [];
  const colours: number[] = [];
  for (let i = 0; i < r.numFrames(); i++) {
    const px = new Uint8Array(r.width * r.height * 4);
    r.decodeAndBlitFrameRGBA(i, px);
    frames.push(px);
    delays.push(r.frameInfo(i).delay);
    const set = new Set<number>();
    for (let k = 0; k < px.length; k += 4) set.add((px[k]! << 16) | (px[k + 1]! << 8) | px[k + 2]!);
    colours.push(set.size);
  }
  return { width: r.width, height: r.height, delays, colours, frames };
}

test('secant → tangent as a GIF: one frame per planned frame, 10 fps delays, a picture in each', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openSecant(page);
  const { bytes, name, plan } = await record(page, 'secant', { format: 'gif', duration: '1', fps: '10' });
  keep('record-secant.gif', bytes);
  expect(name).toBe('gradient-lab-secant.gif');
  expect(plan.frames).toBe(10);
  const g = decodeGif(bytes);
  expect([g.width, g.height]).toEqual([plan.width, plan.height]);
  expect(g.width).toBe(640);
  // h differs in every frame (1 → 10⁻⁸ in 9 equal steps of log h): no frame is merged.
  expect(g.delays).toEqual(Array(10).fill(10));
  for (const c of g.colours) expect(c).toBeGreaterThan(12);
  // The secant turns: the first and the last picture differ.
  expect(Buffer.compare(Buffer.from(g.frames[0]!), Buffer.from(g.frames[9]!))).not.toBe(0);
});

test('the graph pass as a GIF: one frame per step of the pass, each held as long as planned', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openGraph(page);
  // The deck's graph: 10 nodes (5 inputs/weights, 5 operations) and 9 edges. The pass has
  // 1 (before) + 5 (forward, one per operation) + 1 (backward seed) + 9 (one per edge) = 16 states.
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-nodes', '10');
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-edges', '9');
  const { bytes, plan } = await record(page, 'graph', { format: 'gif', duration: '3.2', fps: '10', hold: '1' });
  keep('record-graph.gif', bytes);
  expect(plan.frames).toBe(32 + 10);
  const g = decodeGif(bytes);
  expect(g.delays.length).toBe(16);
  // 32 frames in motion over 16 states: ⌊16·i/31⌋ gives each state 2 frames (20 cs), and the
  // last state its 2 plus the 10 of the pause.
  expect(g.delays.reduce((a, b) => a + b, 0)).toBe(420);
  expect(g.delays.slice(0, 15)).toEqual(Array(15).fill(20));
  expect(g.delays[15]).toBe(120);
  for (const c of g.colours) expect(c).toBeGreaterThan(12);
});

test('Cancel mid-way stops the recording, saves nothing and leaves the walkers as they were', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openWalkers(page);
  const before = await sceneState(page, 'walkers');
  let downloads = 0;
  page.on('download', () => {
    downloads += 1;
  });
  await configure(page, 'walkers', { format: 'gif', duration: '20', fps: '12' });
  await page.getByTestId('record-start').click();
  const progress = page.getByTestId('record-progress');
  await expect.poll(async () => Number(await progress.getAttribute('data-done')), { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
  const total = Number(await progress.getAttribute('data-total'));
  expect(total).toBe(240);
  await page.getByTestId('record-cancel').click();
  await expect(page.getByTestId('record-message')).toHaveAttribute('data-kind', 'info', { timeout: 10_000 });
  await expect(page.getByTestId('record-dialog')).toHaveAttribute('data-phase', 'setup');
  await expect(page.getByTestId('record-progress')).toHaveCount(0);
  await page.waitForTimeout(1000);
  expect(downloads).toBe(0);
  await page.getByTestId('record-close').click();
  expect(await sceneState(page, 'walkers')).toBe(before);
});
