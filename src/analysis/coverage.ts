// Pure: what the sources say they cover, and whether that reaches over a question's window.
// A question is answered only as far as covering sources reach; absence of an event proves
// nothing outside that reach.
import type { CoverageClaim, EventType } from '../types.js';
import { addDays, startOf, endOf } from './dates.js';

/** The slice of the world a question needs covered. */
export interface CoverageNeed {
  /** One side; `b` the other (absent: every exchange of `a`). */
  a: string;
  b?: string | null;
  /** Event types the question looks at (absent: every type). */
  types?: EventType[] | null;
  /** For visit questions: whose officials travel. */
  visitor?: string | null;
  /** The worst rank the question must see (absent: every rank). */
  maxRank?: number | null;
  /** When the question is about particular offices (titles). */
  offices?: string[] | null;
}

const lc = (s: string) => s.toLowerCase();

/** Does this claim speak for every event the need asks about? */
export function claimCovers(c: CoverageClaim, n: CoverageNeed): boolean {
  const pair = new Set([n.a, n.b].filter((x): x is string => !!x));
  if (c.countries.some((x) => !pair.has(x))) return false;
  if (c.types?.length) {
    if (!n.types?.length || n.types.some((t) => !c.types!.includes(t))) return false;
  }
  const host = n.visitor ? ([...pair].find((x) => x !== n.visitor) ?? null) : null;
  if (c.visitor && (n.visitor !== c.visitor || !n.types?.every((t) => t === 'visit'))) return false;
  if (c.host && (host !== c.host || !n.types?.every((t) => t === 'visit'))) return false;
  if (c.max_rank !== null && c.max_rank !== undefined) {
    if (n.maxRank === null || n.maxRank === undefined || n.maxRank > c.max_rank) return false;
  }
  if (c.offices?.length) {
    const have = new Set(c.offices.map(lc));
    if (!n.offices?.length || n.offices.some((o) => !have.has(lc(o)))) return false;
  }
  return true;
}

export interface Reach {
  /** Earliest date from which covering sources reach, without a hole, up to `to`; null when none do. */
  from: string | null;
  claims: CoverageClaim[];
}

const MIN = '0000-01-01';
const MAX = '9999-12-31';

/** How far back the covering claims reach, continuously, from `to`. */
export function reachBack(claims: CoverageClaim[], need: CoverageNeed, to: string): Reach {
  const relevant = claims.filter((c) => claimCovers(c, need));
  const spans = relevant
    .map((c) => ({ lo: c.since ? startOf(c.since) : MIN, hi: c.until ? endOf(c.until) : MAX, c }))
    .sort((x, y) => (x.hi < y.hi ? 1 : -1));
  let edge = startOf(to);
  let reached = false;
  const used: CoverageClaim[] = [];
  // Walk back: each span that holds the current edge (or touches it within a day) pushes it earlier.
  for (let changed = true; changed;) {
    changed = false;
    for (const s of spans) {
      if (used.includes(s.c)) continue;
      if (s.lo <= edge && (s.hi === MAX || addDays(s.hi, 1) >= edge)) {
        used.push(s.c);
        reached = true;
        if (s.lo < edge) edge = s.lo;
        changed = true;
      }
    }
  }
  return { from: reached ? edge : null, claims: used };
}

/** True when covering sources reach over the whole of [from, to]. */
export function covered(claims: CoverageClaim[], need: CoverageNeed, from: string, to: string): boolean {
  const r = reachBack(claims, need, to);
  return r.from !== null && r.from <= startOf(from);
}

/** A phrase for explanations: "covering sources reach back to 2021-01-20" / "no source covers …". */
export function describeReach(r: Reach): string {
  if (r.from === null) return 'no source in the record says it covers these exchanges';
  if (r.from === MIN) return 'covering sources reach back without limit';
  return `covering sources reach back only to ${r.from}`;
}
