// Where a sentence tells an exchange: the trigger rules of the lexicon that match it, gated by the
// literals each rule needs.
import type { SentenceView } from '../document.js';
import { sortSmall } from '../sort-small.js';
import { literalFilters } from '../text/literal-filter.js';
import { TRIGGERS, type TriggerRule } from './lexicon.js';

export interface TriggerHit {
  rule: TriggerRule;
  start: number;
  end: number;
}

/**
 * Each trigger rule's required literals ("phone", "visit", "talks"): a rule whose literals a
 * sentence lacks cannot match it, so most rules are never run on most sentences.
 */
const QUICK = literalFilters(TRIGGERS.map((r) => r.re));
/** The rules QUICK lets through for the sentence at hand (findTriggers does not re-enter itself). */
const passed = new Int32Array(TRIGGERS.length);

/** A sentence as the trigger rules read it: its text and its trigrams. */
export type TriggerReading = Pick<SentenceView, 's' | 'grams'>;

export function findTriggers(s: TriggerReading): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const n = QUICK(s.grams, passed);
  for (let k = 0; k < n; k++) {
    const rule = TRIGGERS[passed[k]];
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(s.s.text))) {
      const at = rule.span ? m.indices?.[rule.span] : undefined;
      const start = s.s.start + (at ? at[0] : m.index);
      const end = at ? s.s.start + at[1] : start + m[0].length;
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({ rule, start, end });
    }
  }
  return sortSmall(hits, (a, b) => a.start - b.start);
}
