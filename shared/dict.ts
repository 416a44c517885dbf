/**
 * Records keyed by user data (node ids from a graph file, variable names): ids are data only.
 * A plain `{}` answers `rec['constructor']`, `rec['toString']` from Object.prototype and treats an
 * assignment to `rec['__proto__']` as a prototype change, so a node called `__proto__` or
 * `constructor` would break (or poison) every lookup. These objects have no prototype.
 */

/** An empty record with no prototype: `rec[anyString]` is only ever what was stored. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A prototype-less record from entries (a Map, `Object.entries(...)`, …). */
export function dictFrom<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = dict<T>();
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/** `rec[key]` only if it is the record's own property (safe on any object, prototype or not). */
export function own<T>(rec: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(rec, key) ? rec[key] : undefined;
}
