// Words for gazetteer matching. wink splits "Erdoğan" and "Jong-un"; names must stay whole, and a
// possessive "’s" must come off ("China’s" → "China" + "’s") so "China" can be looked up.
export interface Word {
  text: string;
  /** Lower-case, accents folded, curly quotes straightened: the key for table lookups. */
  key: string;
  start: number;
  end: number;
  /** Starts with a capital letter (or a digit-free all-caps abbreviation). */
  cap: boolean;
  /** The entry of this word in a RootIndex (phrase-table.ts), -1 for none, … */
  roots?: number;
  /** … for the index with this id; -1 before the first lookup. */
  rootsOf?: number;
}

// A word is a letter or digit, then letters, marks and digits, in runs joined by single - ' ’ . or &
// (the Unicode pattern the tests hold nextWord to).

/** Plain ASCII other than a backtick: nothing for foldKey to fold but the case. */
const PLAIN = /^[\x00-\x5f\x61-\x7f]*$/;

export function foldKey(s: string): string {
  // Most words are plain ASCII, where NFKD and the replacements below change nothing.
  if (PLAIN.test(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑‒–]/g, '-')
    .toLowerCase();
}

const START = /^[\p{L}\p{N}]$/u;
const CONTINUE = /^[\p{L}\p{M}\p{N}]$/u;
/** Classes of the code points above ASCII met so far: 1 starts a word, 2 continues one (bits). */
const classes = new Map<number, number>();

const ASCII_CLASS = new Uint8Array(128).map((_, c) => ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 3 : 0));

function classOf(cp: number): number {
  if (cp < 128) return ASCII_CLASS[cp];
  let c = classes.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = (START.test(ch) ? 1 : 0) | (CONTINUE.test(ch) ? 2 : 0);
    classes.set(cp, c);
  }
  return c;
}

/** The code point at i: the code unit itself unless it starts a surrogate pair. */
function cpAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
}
const width = (cp: number) => (cp > 0xffff ? 2 : 1);
// - ' ’ . &
const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38;

let wordStart = 0;
/** Every code point of the last word nextWord found is ASCII. */
let wordAscii = true;

/**
 * WORD's next match at or after `from`, scanned by code point: the same spans (the pattern needs no
 * backtracking, as a joiner neither starts nor continues a word), without a match array per word,
 * which was a tenth of what extraction allocated. Returns the end, or -1; the start is left in
 * wordStart.
 */
function nextWord(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const cp = cpAt(text, i);
    if (classOf(cp) & 1) break;
    i += width(cp);
  }
  if (i >= n) return -1;
  wordStart = i;
  const first = cpAt(text, i);
  let ascii = first < 128;
  let j = i + width(first);
  for (;;) {
    while (j < n) {
      const cp = cpAt(text, j);
      if (!(classOf(cp) & 2)) break;
      if (cp >= 128) ascii = false;
      j += width(cp);
    }
    const joiner = text.charCodeAt(j);
    if (j + 1 < n && isJoiner(joiner) && classOf(cpAt(text, j + 1)) & 2) {
      if (joiner >= 128) ascii = false;
      j += 1;
    } else {
      wordAscii = ascii;
      return j;
    }
  }
}

export function words(text: string, base = 0): Word[] {
  const out: Word[] = [];
  let at = 0;
  for (;;) {
    const end = nextWord(text, at);
    if (end < 0) break;
    const start = wordStart;
    const ascii = wordAscii;
    let w = text.slice(start, end);
    // "U.S" + "." → "U.S." (an abbreviation keeps its final period).
    if (text[start + w.length] === '.' && w.includes('.') && /^(?:\p{L}\.)+\p{L}$/u.test(w)) w += '.';
    const last = w.charCodeAt(w.length - 1);
    const apostrophe = w.charCodeAt(w.length - 2);
    if ((last === 115 || last === 83) && w.length > 2 && (apostrophe === 39 || apostrophe === 0x2019)) {
      push(w.slice(0, -2), start, ascii);
      push(w.slice(-2), start + w.length - 2, ascii);
    } else {
      push(w, start, ascii);
    }
    at = start + w.length;
  }
  return out;

  function push(t: string, s: number, ascii: boolean) {
    const cap = startsUpper(t);
    // An ASCII word has nothing for foldKey to fold but the case (no word holds a backtick).
    const lower = ascii ? t.toLowerCase() : foldKey(t);
    // (Only words of "sh…" are looked up: a lookup per word was 2 % of extraction, and an object's keys would have
    // taken "constructor" for one.)
    const key = lower.length >= 6 && lower.charCodeAt(0) === 115 && lower.charCodeAt(1) === 104 ? (SPELLINGS.get(lower) ?? lower) : lower;
    out.push({ text: t, key, start: base + s, end: base + s + t.length, cap, roots: 0, rootsOf: -1 });
  }
}

/** A courtesy's other romanisations, read as the one the tables write: the Gulf press's "Shaikh" is "Sheikh". */
const SPELLINGS = new Map([
  ['shaikh', 'sheikh'],
  ['shaikha', 'sheikha'],
  ['shaykh', 'sheikh'],
]);

/** Starts with an upper-case letter; the Unicode test only for a first letter above ASCII. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(s);
}

export function isPossessive(w: Word | undefined): boolean {
  return !!w && (w.key === "'s" || w.key === "'");
}
