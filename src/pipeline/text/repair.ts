// Repairs of damaged copy before anything reads it: OCR and scanned archives break words ("ar- rived",
// "Presi dent") and drop the space after a period ("Namibia.The"), and pages copied off the web keep
// links to other stories ("Also read: …") inside the body. Every stage runs on the repaired text;
// `toOriginal` maps its offsets back, so evidence stays an exact slice of what came in. Text with
// nothing to repair comes back as null and costs one scan.
import type { Span } from '../../types.js';
import { calqueEdits } from './calques.js';
import { pipeTableEdits } from './pipe-table.js';

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
const SUSPENDED = new Set(['and', 'or', 'nor', 'to', 'than', 'as', 'but', 'not', 'versus', 'vs', 'if']);
/** Prefixes that keep their hyphen when the break is mended ("ex- president" → "ex-president"). */
const PREFIXES = new Set(['ex', 'vice', 'co', 'anti', 'non', 'pro', 'self', 'pre', 'post', 'then', 'deputy', 'acting']);

// Words a diplomatic story turns on, which a scan may split with a space ("Presi dent", "vis ited",
// "meet ing") or a hyphen ("Presi-\ndent"). Only a split that rejoins into one of these is mended:
// without a dictionary, "at tend" could be two words, but "Presi dent" is only ever one.
const MENDED = new Set(
  (
    'president presidents presidential minister ministers ministry secretary premier chancellor counterpart ' +
    'counterparts foreign official officials visit visits visited visiting visitor meeting meetings talks ' +
    'arrived arrive arrives arrival telephone conversation summit delegation invitation invited bilateral ' +
    'ambassador government received hosted travelled traveled welcomed discussed discussions negotiations ' +
    'postponed cancelled canceled declined scheduled expected planned announced sidelines conference ' +
    'spokesman spokeswoman leader leaders prince emperor monarch sultan royal state ' +
    'january february march april june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday yesterday tomorrow'
  ).split(' '),
);
/** Every first part (two letters or more) a split of a MENDED word can leave. */
const MENDED_HEADS = new Set([...MENDED].flatMap((w) => Array.from({ length: w.length - 3 }, (_, k) => w.slice(0, k + 2))));
/** A word's first two ASCII letters (in either case) and its length, as one number. */
const shape = (c0: number, c1: number, length: number) => ((c0 | 32) * 128 + (c1 | 32)) * 64 + length;
/**
 * The shape of every MENDED word: two runs of letters whose joined shape is none of these cannot
 * mend, which spares slicing and lower-casing nearly every pair of words (a tenth of what text repair
 * allocated before).
 */
const MENDED_SHAPES = new Set([...MENDED].map((w) => shape(w.charCodeAt(0), w.charCodeAt(1), w.length)));
/** Short words that stand alone after a whole word: "a visit or a call" is no "visitor" (but "vis it" is "visit"). */
const STANDALONE = new Set('or and on in at to of as is it by an be he we us me my so no up do go if am'.split(' '));

// A line that is a link to another story, left by the page ("Also read: …", "READ MORE | …").
const LINK_LINE =
  /^[ \t]*(?:also read|read also|read more|see also|also see|related(?: stories| articles?| news| coverage)?|recommended(?: for you)?|more from [\p{L} ]{1,30}|you may also like|don['’]t miss|watch)[ \t]*[:|»>–—-][^\n]*/gimu;

// Latin letters only: glued sentences are a fault of Latin-script copy.
/** [a-zà-öø-ÿ] */
const isGlueLower = (k: number) => (k >= 97 && k <= 122) || (k >= 0xe0 && k <= 0xff && k !== 0xf7);
/** [A-ZÀ-ÖØ-Þ] */
const isGlueUpper = (k: number) => (k >= 65 && k <= 90) || (k >= 0xc0 && k <= 0xde && k !== 0xd7);

/**
 * Where /[a-zà-öø-ÿ]{2}\.(?=["“‘]?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])/g matches ("Namibia.The two"), in order: found from
 * each full stop, as the pattern tried at every position of the text cost more than the rest of its line scan.
 * (Two matches cannot share a character, a full stop being no letter, so each full stop is judged alone.)
 */
export function gluedPeriods(text: string): number[] {
  const out: number[] = [];
  for (let p = text.indexOf('.', 2); p !== -1; p = text.indexOf('.', p + 1)) {
    if (!isGlueLower(text.charCodeAt(p - 1)) || !isGlueLower(text.charCodeAt(p - 2))) continue;
    let q = p + 1;
    const open = text.charCodeAt(q);
    if (open === 0x22 || open === 0x201c || open === 0x2018) q++;
    if (isGlueUpper(text.charCodeAt(q)) && isGlueLower(text.charCodeAt(q + 1))) out.push(p - 2);
  }
  return out;
}
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
function isLetter(c: string | undefined): boolean {
  if (!c) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return LETTER.test(c);
}
function isLower(c: string | undefined): boolean {
  if (!c) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return k >= 97 && k <= 122;
  return LOWER.test(c);
}
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;
const isAsciiLetter = (k: number) => (k >= 65 && k <= 90) || (k >= 97 && k <= 122);

export function repairText(text: string): Repaired | null {
  const edits: Edit[] = [];
  hyphens(text, edits);
  splitWords(text, edits);
  pipeTableEdits(text, edits);
  calqueEdits(text, edits);
  // A period with no space before the next sentence ("Namibia.The two"): two lower-case letters before
  // it keep "U.S." and initials out.
  let m: RegExpExecArray | null;
  for (const at of gluedPeriods(text)) edits.push({ at: at + 3, del: 0, ins: ' ' });
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

/**
 * Hyphens that break a word: "ar- rived", "Af- rican" (hyphen and space, any word but a suspended
 * compound's), "Presi-\ndent", "vis-ited" (only words of MENDED, since "long-\nrunning" keeps its hyphen).
 */
function hyphens(text: string, edits: Edit[]): void {
  for (let i = text.indexOf('-'); i !== -1; i = text.indexOf('-', i + 1)) {
    if (!isLetter(text[i - 1])) continue;
    let a = i;
    while (a > 0 && isLetter(text[a - 1])) a--;
    if (text[a - 1] === '-') continue;
    let j = i + 1;
    let spaces = 0;
    while (text[j] === ' ' || text[j] === '\t') {
      j++;
      spaces++;
    }
    let newline = false;
    if (!spaces && (text[j] === '\n' || (text[j] === '\r' && text[j + 1] === '\n'))) {
      j += text[j] === '\r' ? 2 : 1;
      newline = true;
      while (text[j] === ' ' || text[j] === '\t') j++;
    }
    if (!isLower(text[j])) continue;
    let b = j;
    while (b < text.length && isLetter(text[b])) b++;
    if (text[b] === '-') continue;
    const left = text.slice(a, i);
    const right = text.slice(j, b);
    if (spaces && !newline) {
      if (right.length < 2 || SUSPENDED.has(right.toLowerCase())) continue;
      if (PREFIXES.has(left.toLowerCase())) edits.push({ at: i + 1, del: j - i - 1, ins: '' });
      else edits.push({ at: i, del: j - i, ins: '' });
    } else if (MENDED.has((left + right).toLowerCase())) edits.push({ at: i, del: j - i, ins: '' });
  }
}

/** "Presi dent", "vis ited", "meet ing": two runs of letters a space apart that make one word of MENDED. */
function splitWords(text: string, edits: Edit[]): void {
  let prevA = -1;
  let prevB = -1;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const a = i;
    while (i < n && isAsciiLetter(text.charCodeAt(i))) i++;
    const b = i;
    const headLength = prevB - prevA;
    if (
      prevB === a - 1 &&
      headLength >= 2 &&
      headLength <= 12 &&
      b - a >= 2 &&
      b - a <= 12 &&
      text.charCodeAt(prevB) === 32 &&
      isLower(text[a]) &&
      MENDED_SHAPES.has(shape(text.charCodeAt(prevA), text.charCodeAt(prevA + 1), headLength + b - a))
    ) {
      const head = text.slice(prevA, prevB).toLowerCase();
      const tail = text.slice(a, b);
      if (
        MENDED_HEADS.has(head) &&
        MENDED.has(head + tail) &&
        !(STANDALONE.has(tail) && MENDED.has(head)) &&
        tail === tail.toLowerCase() &&
        text.slice(prevA + 1, prevB) === head.slice(1) &&
        !WORD_CHAR.test(text[b] ?? ' ') &&
        !WORD_CHAR.test(text[prevA - 1] ?? ' ')
      ) {
        edits.push({ at: prevB, del: 1, ins: '' });
        prevA = -1;
        prevB = -1;
        continue;
      }
    }
    prevA = a;
    prevB = b;
  }
}
