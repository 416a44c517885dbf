/**
 * The functions a generated module imports (Math functions and allow-listed pure functions),
 * each added once on first use; its index is the wasm function index it is called by. Shared by
 * every emitter (formula sampler, gradient) so their import sections are written the same way.
 */
export type ImportFn = ((x: number) => number) | ((x: number, y: number) => number);

export class ImportTable {
  /** Import names in function-index order. */
  readonly names: string[] = [];
  readonly fns: ImportFn[] = [];
  readonly arity: (1 | 2)[] = [];
  readonly #index = new Map<string, number>();

  /** The function index of `name`, added with `f` on first use. */
  index(name: string, f: ImportFn, arity: 1 | 2): number {
    let i = this.#index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.#index.set(name, i);
      this.names.push(name);
      this.fns.push(f);
      this.arity.push(arity);
    }
    return i;
  }
}
