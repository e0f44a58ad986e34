// chrono's time parser (ENTimeExpressionParser) reads every free-standing number up to 24 as an hour:
// the "18" of "June 18". Such a bare number is dropped by chrono itself (UnlikelyFormatFilter drops
// every all-digit result), after it has cost a match, its components and a pass through the first
// refiners; it is the parser's costliest work. When a window can give the time parser nothing but bare
// numbers, and each one would be dropped by chrono's first overlap removal (it lies inside a longer
// date), the parser's results change nothing and it need not run. Read off chrono-node 2.10.3 (pinned):
// the parser's pattern (AbstractTimeExpressionParser, ENTimeExpressionParser) and the refiners before
// the overlap removal (ENEndOfPeriodRefiner alone, which leaves a time untouched and is asked first).

/**
 * What turns a number into more than a bare one, each read off the time parser's pattern and its
 * checks: "at"/"from" before a number that can be an hour (one or two digits, or a leading zero: "at
 * 2019" is no time), minutes, am/pm, "o'clock", "at night", "in the morning", or a range to a
 * second time (even a failed one: "3-25" gives a lone "3"). A window without any of these gives the
 * time parser only bare two-digit numbers, or nothing: a lone digit, three or four digits, and
 * numbers over 24 are no time on their own.
 */
const MORE_THAN_BARE = new RegExp(
  [
    String.raw`(?:at|from)\s*(?:\d{1,2}|0\d{2,3})(?!\d)`,
    String.raw`\d[.:：]\d`,
    String.raw`\d\s*[ap](?:\.m\.|m)?(?:\W|$|[oai])`,
    String.raw`\d\s*(?:o\W*clock|at\s*night|in\s*the\s*(?:morning|afternoon))`,
    String.raw`\d\s*(?:[-–~〜?]|to|until|through|till)\s*\d`,
  ].join('|'),
  'i',
);

export function onlyBareTimes(text: string): boolean {
  return !MORE_THAN_BARE.test(text);
}

/**
 * Where the time parser may put a bare number (a superset): a run of exactly two digits up to 24, at a
 * word boundary or after "T" (the pattern's left edge), and before neither a word character nor "/".
 */
const TWO_DIGITS = /(?<![\dA-SU-Za-su-z_])\d\d(?![\w/])/g;

interface Span {
  index: number;
  text: string;
}

/**
 * Whether every bare number the time parser could read in `text` would be dropped by chrono's first
 * overlap removal, given the other parsers' results in parser order, unsorted (`others`, of which the
 * first `beforeTime` come from parsers before the time parser). A dropped result leaves the removal's
 * state as it found it, so the rest of chrono then runs on exactly what it gets without the time parser.
 */
export function bareTimesDropped(text: string, others: readonly Span[], beforeTime: number): boolean {
  const bare: Span[] = [];
  TWO_DIGITS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TWO_DIGITS.exec(text))) if (+m[0] <= 24) bare.push({ index: m.index, text: m[0] });
  if (!bare.length) return true;
  // chrono concatenates the parsers' results in parser order and sorts them by index (a stable sort).
  const all = [...others.slice(0, beforeTime), ...bare, ...others.slice(beforeTime)].sort((a, b) => a.index - b.index);
  const isBare = new Set(bare);
  // OverlapRemovalRefiner, step by step: a bare number may be dropped against the result kept so far, or
  // be kept only until the next result, longer and overlapping it, replaces it. Anything else (it
  // survives, or it displaces a result) and the time parser must run.
  let prev = all[0];
  for (let i = 1; i < all.length; i++) {
    const r = all[i];
    if (r.index >= prev.index + prev.text.length) {
      if (isBare.has(prev)) return false;
      prev = r;
    } else if (r.text.length > prev.text.length) {
      if (isBare.has(r)) return false;
      prev = r;
    } else if (isBare.has(prev)) {
      return false;
    }
  }
  return !isBare.has(prev);
}
