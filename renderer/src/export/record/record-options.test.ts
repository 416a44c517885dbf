import { describe, expect, it } from 'vitest';
import { defaultDuration, formatBytes, settingsFrom, VIDEO_SIZES } from './record-options';
import { pickWebmType, videoBitrate } from './webm-format';

describe('settingsFrom', () => {
  const base = { format: 'webm' as const, videoSize: 1, gifWidth: 640, fps: 30, durationS: 4, holdS: 1, caption: true };
  it('video: one of the standard sizes whatever the figure', () => {
    expect(settingsFrom(base, 1.2)).toEqual({ format: 'webm', width: 1920, height: 1080, fps: 30, durationS: 4, holdS: 1 });
    expect(settingsFrom({ ...base, videoSize: 99 }, 2)).toMatchObject(VIDEO_SIZES[0]);
  });
  it('GIF: the chosen width and the height of the figure plus its caption', () => {
    // 640 / 2 = 320 px of figure + a 26 px caption (4 % of 640, rounded).
    expect(settingsFrom({ ...base, format: 'gif', caption: true }, 2)).toMatchObject({ width: 640, height: 346 });
    expect(settingsFrom({ ...base, format: 'gif', caption: false }, 2)).toMatchObject({ width: 640, height: 320 });
  });
});

describe('small helpers', () => {
  it('defaultDuration clamps to the dialog range and rounds to 0.1 s', () => {
    expect(defaultDuration(8)).toBe(8);
    expect(defaultDuration(0.1)).toBe(0.5);
    expect(defaultDuration(1e9)).toBe(60);
    expect(defaultDuration(3.3333)).toBe(3.3);
    expect(defaultDuration(Number.NaN)).toBe(5);
  });
  it('formatBytes', () => {
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(3.4 * 1024 * 1024)).toBe('3.4 MB');
  });
  it('pickWebmType prefers VP9, falls back to VP8, and says null without support', () => {
    expect(pickWebmType((t) => t.includes('vp9') || t.includes('vp8'))).toBe('video/webm;codecs=vp9');
    expect(pickWebmType((t) => t.includes('vp8'))).toBe('video/webm;codecs=vp8');
    expect(pickWebmType(() => false)).toBeNull();
    expect(pickWebmType(null)).toBeNull();
    expect(
      pickWebmType(() => {
        throw new Error('unknown');
      }),
    ).toBeNull();
  });
  it('videoBitrate: 0.2 bit per pixel per frame within 2–40 Mbit/s', () => {
    expect(videoBitrate(1280, 720, 30)).toBe(Math.round(1280 * 720 * 30 * 0.2));
    expect(videoBitrate(100, 100, 1)).toBe(2e6);
    expect(videoBitrate(3840, 2160, 60)).toBe(40e6);
  });
});
