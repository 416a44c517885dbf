/**
 * The k-th smallest of a[from..to) (0-based k within the whole array), found by quickselect in
 * place in expected linear time: after the call a[k] holds the value a sorted array would have
 * there, everything before it is ≤ it and everything after is ≥ it. NaN must not be present.
 */
export function selectKth(a: Float64Array, k: number, from = 0, to = a.length): number {
  let lo = from;
  let hi = to - 1;
  while (hi > lo) {
    // Median of three as pivot keeps sorted or nearly sorted input (a smooth surface) linear.
    const mid = (lo + hi) >> 1;
    if (a[mid]! < a[lo]!) swap(a, mid, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[mid]!) swap(a, hi, mid);
    const pivot = a[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k]!;
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
