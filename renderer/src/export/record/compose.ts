/**
 * Draws one output frame: the theme's panel colour, the figure letterboxed into its place, and a
 * one-line caption under it (shrunk to fit, never cut). Colours come from the app's current theme
 * so a recording made in the projector theme looks like the projector theme.
 */
import { EXPORT_SANS_STACK } from '../font-stack';
import type { FrameLayout } from './frame-plan';

export interface FrameStyle {
  readonly background: string;
  readonly text: string;
  readonly border: string;
}

export function currentFrameStyle(): FrameStyle {
  const cs = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string): string => cs.getPropertyValue(name).trim() || fallback;
  return { background: v('--panel', '#ffffff'), text: v('--text', '#1b1f24'), border: v('--border', '#d0d5dd') };
}

export function drawFrame(ctx: CanvasRenderingContext2D, layout: FrameLayout, picture: CanvasImageSource, caption: string | null, style: FrameStyle): void {
  const { width, height } = ctx.canvas;
  ctx.save();
  ctx.fillStyle = style.background;
  ctx.fillRect(0, 0, width, height);
  const p = layout.picture;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(picture, p.x, p.y, p.w, p.h);
  const c = layout.caption;
  if (c && caption) {
    ctx.strokeStyle = style.border;
    ctx.lineWidth = Math.max(1, Math.round(c.h / 40));
    ctx.beginPath();
    ctx.moveTo(c.x, c.y + ctx.lineWidth / 2);
    ctx.lineTo(c.x + c.w, c.y + ctx.lineWidth / 2);
    ctx.stroke();
    let size = layout.fontPx;
    const maxW = c.w - 2 * Math.round(c.h * 0.5);
    ctx.font = `600 ${size}px ${EXPORT_SANS_STACK}`;
    const measured = ctx.measureText(caption).width;
    if (measured > maxW) {
      size = Math.max(8, Math.floor((size * maxW) / measured));
      ctx.font = `600 ${size}px ${EXPORT_SANS_STACK}`;
    }
    ctx.fillStyle = style.text;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(caption, c.x + c.w / 2, c.y + c.h / 2);
  }
  ctx.restore();
}
