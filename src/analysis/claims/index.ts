// The claim finders, in priority order: when two findings cover the same text, the earlier
// finder's stands (a "first … to visit … in N years" is not also a first-of-kind claim).
import { dateConsistency } from './date-consistency.js';
import { firstInPeriod } from './first-in-period.js';
import { firstOfKind } from './first-of-kind.js';
import { highestRankingSince } from './highest-ranking-since.js';
import type { ClaimFinder } from './types.js';

export const CLAIM_FINDERS: readonly ClaimFinder[] = [
  dateConsistency,
  firstInPeriod,
  highestRankingSince,
  firstOfKind,
];
