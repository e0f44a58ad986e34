// Array.prototype.map gives an array with holes allowed (HOLEY elements) when the code calling it runs
// optimised, since TurboFan allocates the result at full length before filling it, and a packed one
// before that. An array that many functions read (a document's sentences, a sentence's people) thus
// changed its hidden class once its maker was optimised, and every function optimised for the first
// class was thrown away and compiled again: a wave of some thirty deoptimisations a mile into a run
// (docs/performance.md, session 15). Arrays built by push are packed in every tier.

/** xs.map(f), always with packed elements. */
export function mapPacked<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i], i));
  return out;
}
