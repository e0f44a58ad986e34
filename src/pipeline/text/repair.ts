// Repairs of damaged copy before anything reads it: OCR and scanned archives break words ("ar- rived",
// "Presi dent") and drop the space after a period ("Namibia.The"), and pages copied off the web keep
// links to other stories ("Also read: …") inside the body. Every stage runs on the repaired text;
// `toOriginal` maps its offsets back, so evidence stays an exact slice of what came in. Text with
// nothing to repair comes back as null and costs one scan.
import type { Span } from '../../types.js';

interface Edit {
  /** Where, in the original text. */
  at: number;
  /** How many original characters go. */
  del: number;
  /** What comes in their place. */
  ins: string;
}

export interface Repaired {
  text: string;
  /** The original offset of an offset into the repaired text. */
  toOriginal(i: number): number;
}

// A line break of the printed page taken for a hyphen and a space ("ar- rived", "Af- rican"); not a
// suspended compound ("pre- and post-war", "two- to three-year").
const HYPHEN_BREAK = /(\p{L})-[ \t]+(\p{Ll}{2,})/gu;
const SUSPENDED = new Set(['and', 'or', 'nor', 'to', 'than', 'as', 'but', 'not', 'versus', 'vs', 'if', 'and/or']);
/** Prefixes that keep their hyphen when the break is mended ("ex- president" → "ex-president"). */
const PREFIXES = new Set(['ex', 'vice', 'co', 'anti', 'non', 'pro', 'self', 'pre', 'post', 'then', 'deputy', 'acting']);

// Words a diplomatic story turns on, which a scan may split with a space ("Presi dent", "vis ited",
// "meet ing"). Only a split that rejoins into one of these is mended: without a dictionary, "at tend"
// could be two words, but "Presi dent" is only ever one.
const MENDED = new Set(
  (
    'president presidents presidential minister ministers ministry secretary premier chancellor counterpart ' +
    'counterparts foreign official officials visit visits visited visiting visitor meeting meetings talks ' +
    'arrived arrive arrives arrival telephone conversation summit delegation invitation invited bilateral ' +
    'ambassador government received hosted travelled traveled welcomed discussed discussions negotiations ' +
    'postponed cancelled canceled declined scheduled expected planned announced sidelines conference ' +
    'spokesman spokeswoman leader leaders prince emperor monarch sultan royal state delegation ' +
    'january february march april june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday yesterday tomorrow'
  ).split(' '),
);
/** Short words that stand alone: "a visit or a call" is no "visitor". */
const STANDALONE = new Set('or and on in at to of as is it by an be he we us me my so no up do go if am'.split(' '));
const SPLIT_WORD = /(?<![\p{L}\p{N}'’-])(\p{L}[\p{Ll}]+) (\p{Ll}{2,})(?![\p{L}\p{N}'’-])/gu;

// A period with no space before the next sentence ("Namibia.The two"): two lower-case letters before
// it keep "U.S." and initials out.
const GLUED_PERIOD = /\p{Ll}{2}\.(?=["“‘]?\p{Lu}\p{Ll})/gu;

// A line that is a link to another story, left by the page ("Also read: …", "READ MORE | …").
const LINK_LINE =
  /^[ \t]*(?:also read|read also|read more|see also|also see|related(?: stories| articles?| news| coverage)?|recommended(?: for you)?|more from [\p{L} ]{1,30}|you may also like|don['’]t miss|watch)[ \t]*[:|»>–—-][^\n]*/gimu;

export function repairText(text: string): Repaired | null {
  const edits: Edit[] = [];
  let m: RegExpExecArray | null;
  HYPHEN_BREAK.lastIndex = 0;
  while ((m = HYPHEN_BREAK.exec(text))) {
    if (SUSPENDED.has(m[2].toLowerCase())) continue;
    const at = m.index + m[1].length;
    const gap = m[0].length - m[1].length - m[2].length;
    const left = /[\p{L}]+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[0].toLowerCase() ?? '';
    if (PREFIXES.has(left)) edits.push({ at: at + 1, del: gap - 1, ins: '' });
    else edits.push({ at, del: gap, ins: '' });
  }
  SPLIT_WORD.lastIndex = 0;
  while ((m = SPLIT_WORD.exec(text))) {
    const joined = (m[1] + m[2]).toLowerCase();
    if (MENDED.has(joined) && !STANDALONE.has(m[2])) {
      edits.push({ at: m.index + m[1].length, del: 1, ins: '' });
      continue;
    }
    // The second word may begin a split of its own ("the Presi dent"): look again from it.
    SPLIT_WORD.lastIndex = m.index + m[1].length + 1;
  }
  GLUED_PERIOD.lastIndex = 0;
  while ((m = GLUED_PERIOD.exec(text))) edits.push({ at: m.index + m[0].length, del: 0, ins: ' ' });
  LINK_LINE.lastIndex = 0;
  while ((m = LINK_LINE.exec(text))) if (m[0].length) edits.push({ at: m.index, del: m[0].length, ins: '' });
  if (!edits.length) return null;
  edits.sort((a, b) => a.at - b.at);

  // Build the repaired text and the points where the offset difference changes.
  const parts: string[] = [];
  const from: number[] = []; // offsets in the repaired text …
  const to: number[] = []; // … and the original offsets they stand for
  let o = 0;
  let n = 0;
  for (const e of edits) {
    if (e.at < o) continue; // overlaps an edit already made
    parts.push(text.slice(o, e.at), e.ins);
    n += e.at - o;
    from.push(n);
    to.push(e.at);
    n += e.ins.length;
    o = e.at + e.del;
    from.push(n);
    to.push(o);
  }
  parts.push(text.slice(o));
  const repaired = parts.join('');
  return {
    text: repaired,
    toOriginal(i: number): number {
      // The last point at or before i; offsets inside an insertion map to where it was made.
      let lo = 0;
      let hi = from.length - 1;
      let k = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (from[mid] <= i) {
          k = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (k < 0) return i;
      // Between an edit's two points (inside inserted text) stay at its start.
      if (k % 2 === 0) return to[k];
      return to[k] + (i - from[k]);
    },
  };
}

/** A span of the repaired text as the same stretch of the original. */
export function spanToOriginal(r: Repaired, original: string, s: Span): Span {
  const start = r.toOriginal(s.start);
  const end = r.toOriginal(s.end);
  return { start, end, text: original.slice(start, end) };
}
