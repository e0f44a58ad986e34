// When each of chrono's casual English refiners can change anything, read off chrono-node 2.10.3's
// refiners (the version is pinned): a refiner that cannot act on a window's results is skipped, which
// changes no result. Most windows give one or two results, and most refiners look for something
// beside a result (a time zone, a year, "end of") that a window rarely holds.
import * as chrono from 'chrono-node';

type Results = chrono.ParsingResult[];
/** False only when the refiner would hand back its input unchanged. */
export type RefinerGate = (text: string, results: Results) => boolean;

const always: RefinerGate = () => true;
/** Merging refiners and the overlap remover return their input as it is when it holds fewer than two results. */
const pairs: RefinerGate = (_text, results) => results.length > 1;

/** ExtractTimezoneAbbrRefiner's own pattern for the word after a result. */
const ZONE_WORD = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/i;
const zones = new Map<string, boolean>();
/** Whether chrono knows the word as a time zone: the same table lookup the refiner makes, asked once per word. */
function isZone(abbr: string): boolean {
  let known = zones.get(abbr);
  if (known === undefined) {
    known = chrono.ReferenceWithTimezone.fromInput({ instant: new Date(0), timezone: abbr }).timezoneOffset !== null;
    // Words of two to four letters are finitely many, but a long run of text should not grow this without end.
    if (zones.size > 4096) zones.clear();
    zones.set(abbr, known);
  }
  return known;
}

const GATES: Record<string, RefinerGate> = {
  OverlapRemovalRefiner: pairs,
  ENMergeRelativeAfterDateRefiner: pairs,
  ENMergeRelativeFollowByDateRefiner: pairs,
  MergeWeekdayComponentRefiner: pairs,
  ENMergeDateTimeRefiner: pairs,
  ENMergeDateRangeRefiner: pairs,
  // Acts on a result that "end of" or "last day of" comes before.
  ENEndOfPeriodRefiner: (text) => /(?:day|end)\s+of\s/i.test(text),
  // Acts on a result followed by a sign and a digit ("+05:00", "GMT-3").
  ExtractTimezoneOffsetRefiner: (text) => /[+-]\d/.test(text),
  // Acts on a result followed by a word of two to four letters that names a time zone ("EST", "CET").
  ExtractTimezoneAbbrRefiner: (text, results) =>
    results.some((r) => {
      const m = ZONE_WORD.exec(text.substring(r.index + r.text.length));
      return m !== null && isZone(m[1].toUpperCase());
    }),
  // Acts only when the option forwardDate is set, which Readout never sets.
  ForwardDateRefiner: () => false,
  // Acts on a result followed by a year, which has a digit.
  ENExtractYearSuffixRefiner: (text) => /\d/.test(text),
  // Drops only a result that is "may" or ends with "the second" (lower-cased: only ASCII letters and the
  // Kelvin sign lower-case to ASCII), and a result's text is part of the window's.
  ENUnlikelyFormatFilter: (text) => /may|second/i.test(text),
  // Drops all-digit results and impossible dates: always asked.
  UnlikelyFormatFilter: always,
};

/**
 * A merging refiner builds its between-results pattern anew at each call (ENMergeDateTimeRefiner with
 * `new RegExp`); one without the g or y flag holds no state, so the first one built serves every call.
 */
function withFixedPattern(refiner: chrono.Refiner): chrono.Refiner {
  const own = refiner as chrono.Refiner & { patternBetween?: () => RegExp };
  if (typeof own.patternBetween !== 'function') return refiner;
  const re = own.patternBetween();
  if (re.global || re.sticky) return refiner;
  const fixed = Object.create(refiner) as typeof own;
  fixed.patternBetween = () => re;
  return fixed;
}

export interface GatedRefiner {
  refiner: chrono.Refiner;
  gate: RefinerGate;
}

/** chrono's refiners in their order, each with its gate; a refiner this file does not know always runs. */
export function gatedRefiners(refiners: chrono.Refiner[]): GatedRefiner[] {
  return refiners.map((r) => ({ refiner: withFixedPattern(r), gate: GATES[r.constructor.name] ?? always }));
}
