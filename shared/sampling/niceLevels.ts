/**
 * About `count` round contour levels strictly inside (zMin, zMax): the step is (zMax − zMin)/count
 * rounded to the nearest 1, 2, 2.5, 5 or 10 times a power of ten, and the levels are its multiples (rounded to 12 significant digits so
 * 0.1 + 0.2 prints as 0.3). Returns [] for an empty or invalid range or count < 1; at most 1000 levels.
 */
export function niceLevels(zMin: number, zMax: number, count: number): number[] {
  if (!Number.isFinite(zMin) || !Number.isFinite(zMax) || !(zMax > zMin) || !(count >= 1)) return [];
  const raw = (zMax - zMin) / count;
  if (!Number.isFinite(raw) || raw <= 0) return [];
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const fraction = raw / power;
  // Nearest nice step (not the next larger one), so the count stays close to the request.
  const nice = fraction < 1.5 ? 1 : fraction < 2.25 ? 2 : fraction < 3.5 ? 2.5 : fraction < 7.5 ? 5 : 10;
  const step = nice * power;
  const levels: number[] = [];
  for (let k = Math.floor(zMin / step); levels.length < 1000; k++) {
    const v = Number((k * step).toPrecision(12));
    if (v >= zMax) break;
    if (v > zMin) levels.push(v);
  }
  return levels;
}
