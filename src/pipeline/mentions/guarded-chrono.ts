// chrono's casual English over a window, run as chrono.parse runs it (every parser's matches, in
// parser order, sorted by index, then the refiners in order) but with the parsers and refiners that
// cannot change the outcome left out: the same results for less work.
import * as chrono from 'chrono-node';
import { gramsOf, literalFilters, mayMatch, type Grams } from '../text/literal-filter.js';
import { bareTimesDropped, onlyBareTimes } from './bare-times.js';
import { gatedRefiners } from './chrono-refiner-gates.js';

type Result = chrono.ParsingResult;

/** chrono's own loop over one parser's matches: private in its types, public at run time. */
const executeParser = (chrono.Chrono as unknown as { executeParser(c: chrono.ParsingContext, p: chrono.Parser): Result[] })
  .executeParser;

/**
 * Which of chrono's English parsers can match a window is read off their own patterns (parserLiterals
 * below: "0000-0-0" for an ISO date, a month or weekday name, "ago" …). These are what those literals
 * cannot say, read off chrono-node 2.10's patterns: a digit (the time and year-month parsers), a day
 * of the month in digits or words (the two month-and-day parsers), and a relative word, or a sign
 * before a number, beside a unit. A window without it skips that parser, which changes no result (the
 * parser would find nothing). A parser not named here is gated by its literals alone.
 */
type Need = (text: string, grams: Grams) => boolean;
const DIGIT = /\d/;
const digit: Need = (text) => DIGIT.test(text);
/** Every ordinal word of chrono's ORDINAL_WORD_DICTIONARY (first … thirty-first) holds one of these. */
const ORDINAL = /first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|thirtieth/i;
const dayOfMonth: Need = (text, grams) => DIGIT.test(text) || mayMatch(ORDINAL, grams);
const RELATIVE_WORD = /this|last|past|next|after/i;
/** A sign, then the first letter of one of chrono's number words ("about", "couple", "eleven" … "two") or a digit. */
const SIGNED_NUMBER = /[+-]\s*[\dacefhnost]/i;
const relativeAmount: Need = (text, grams) => mayMatch(RELATIVE_WORD, grams) || SIGNED_NUMBER.test(text);
const PARSER_NEEDS: Record<string, Need> = {
  ENTimeExpressionParser: digit,
  ENYearMonthNameParser: digit,
  ENMonthNameLittleEndianParser: dayOfMonth,
  ENMonthNameMiddleEndianParser: dayOfMonth,
  ENTimeUnitCasualRelativeFormatParser: relativeAmount,
};

const NEEDS = [...new Set(Object.values(PARSER_NEEDS))];
const PARSERS = chrono.casual.parsers;
const parserNeeds = PARSERS.map((p) => NEEDS.indexOf(PARSER_NEEDS[p.constructor.name]));
/** Each parser's own pattern's literals (literal-filter), as chrono builds the pattern for a parse with no options. */
const parserLiterals = literalFilters(PARSERS.map((p) => p.pattern(new chrono.ParsingContext('', new Date(0)))));
/** The parsers parserLiterals lets through for the window at hand. */
const literalsMet = new Int32Array(PARSERS.length);
const TIME = PARSERS.findIndex((p) => p.constructor.name === 'ENTimeExpressionParser');
const REFINERS = gatedRefiners(chrono.casual.refiners);
/** The first refiner, when it is the one that may run before the overlap removal bareTimesDropped checks against. */
const END_OF_PERIOD = REFINERS[0].refiner.constructor.name === 'ENEndOfPeriodRefiner' ? REFINERS[0] : null;

/** Which parsers can match the text, as a bit mask: a parser left out would find nothing. */
function parsersFor(text: string): number {
  // Literals and word needs are tested on the window's trigrams: a pass where the word is absent only
  // runs a parser that then finds nothing.
  const grams = gramsOf(text);
  // Each need is asked once per window, and only for a parser its literals let through.
  let asked = 0;
  let met = 0;
  let runs = 0;
  const passed = parserLiterals(grams, literalsMet);
  for (let k = 0; k < passed; k++) {
    const i = literalsMet[k];
    const n = parserNeeds[i];
    if (n >= 0) {
      if (!(asked & (1 << n))) {
        asked |= 1 << n;
        if (NEEDS[n](text, grams)) met |= 1 << n;
      }
      if (!(met & (1 << n))) continue;
    }
    runs |= 1 << i;
  }
  return runs;
}

const byIndex = (a: { index: number }, b: { index: number }) => a.index - b.index;

/** chrono.casual.parse(text, { instant, timezone: 0 }), with the same results. */
export function guardedChrono(text: string, instant: Date): Result[] {
  const runs = parsersFor(text);
  const context = new chrono.ParsingContext(text, { instant, timezone: 0 });
  // The time parser waits when it can give only bare numbers and "end of" cannot move a result first.
  const timeWaits =
    TIME >= 0 && (runs & (1 << TIME)) !== 0 && END_OF_PERIOD !== null && !END_OF_PERIOD.gate(text, []) && onlyBareTimes(text);
  // chrono concatenates the parsers' results in parser order, then sorts them by index (a stable sort).
  let results: Result[] = [];
  let beforeTime = 0;
  for (let i = 0; i < PARSERS.length; i++) {
    if (i === TIME) beforeTime = results.length;
    if (!(runs & (1 << i)) || (timeWaits && i === TIME)) continue;
    const found = executeParser(context, PARSERS[i]);
    for (const r of found) results.push(r);
  }
  if (timeWaits && !bareTimesDropped(text, results, beforeTime)) {
    const times = executeParser(context, PARSERS[TIME]);
    results = [...results.slice(0, beforeTime), ...times, ...results.slice(beforeTime)];
  }
  if (!results.length) return results;
  results.sort(byIndex);
  for (const { refiner, gate } of REFINERS) if (gate(text, results)) results = refiner.refine(context, results);
  return results;
}
