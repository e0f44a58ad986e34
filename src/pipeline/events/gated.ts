// Patterns asked about parts of one sentence, each behind its literal filter (text/literal-filter): a test
// that runs the pattern only when the sentence's trigrams hold the literals any match needs.
import { literalFilter, type Grams } from '../text/literal-filter.js';

/** A test of `text`, a part of the sentence whose grams are `g`: true exactly when `re` matches it. */
export type Gated = (g: Grams, text: string) => boolean;

/**
 * Each pattern's gate, its filter made once. (mayMatch looks the filter up in a WeakMap at every call,
 * which the exclusions, asking some forty patterns of each trigger, paid for more than once a sentence.)
 * A pattern anchored at the start is tried at one place only, and goes untested by the filter.
 */
export function gatesOf<K extends string>(patterns: Record<K, RegExp>): Record<K, Gated> {
  const out = {} as Record<K, Gated>;
  for (const k of Object.keys(patterns) as K[]) {
    const re = patterns[k];
    if (re.global || re.sticky) throw new Error(`gatesOf: ${k} keeps state between tests (flags ${re.flags})`);
    const anchored = re.source.startsWith('^') && !re.multiline;
    const f = literalFilter(re);
    out[k] = anchored ? (_g, text) => re.test(text) : (g, text) => f(g) && re.test(text);
  }
  return out;
}
