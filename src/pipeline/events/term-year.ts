// "Yoon's planned trip to Tokyo in December was scrapped", told in August 2025 of a president out of office since
// April: a month named without its year, whose year the tense chose, is one the subject held office in. When the
// knowledge gives every term of theirs an end before that month, it is the last such month inside a term.
import { covers } from '../../knowledge/index.js';
import type { Official } from '../../knowledge/types.js';

/** How many years back a month is sought inside a term: past this, the one named is more likely another holder. */
const MAX_BACK = 8;

/** The date moved back by whole years into the official's last term that holds it, or null to keep it (a term that ended after the news keeps it). */
export function intoLastTerm(official: Official | null | undefined, date: string, published: string): string | null {
  if (!official?.terms.length || date.length < 7) return null;
  if (!official.terms.every((t) => t.end !== null && t.end < date && t.end < published)) return null;
  for (let back = 1; back <= MAX_BACK; back++) {
    const moved = `${+date.slice(0, 4) - back}${date.slice(4)}`;
    if (official.terms.some((t) => covers(t, moved))) return moved;
  }
  return null;
}
