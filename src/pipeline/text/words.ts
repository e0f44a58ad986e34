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

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*/gu;
const NON_ASCII = /[^\x00-\x7f]/;

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

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isJoiner = (c: number) => c === 45 || c === 39 || c === 46 || c === 38; // - ' . &

let asciiStart = 0;

/**
 * WORD on text of ASCII only, where its Unicode classes are [A-Za-z0-9]: the next run of
 * alphanumerics joined by single - ' . or & at or after `from`, scanned by character code. The same
 * spans (the pattern needs no backtracking: a joiner is never alphanumeric), without a match array
 * per word, which was a tenth of what extraction allocated. Returns the end, or -1; the start is
 * left in asciiStart.
 */
function nextAsciiWord(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n && !isAlnum(text.charCodeAt(i))) i++;
  if (i >= n) return -1;
  asciiStart = i;
  let j = i + 1;
  while (j < n && isAlnum(text.charCodeAt(j))) j++;
  while (j + 1 < n && isJoiner(text.charCodeAt(j)) && isAlnum(text.charCodeAt(j + 1))) {
    j += 2;
    while (j < n && isAlnum(text.charCodeAt(j))) j++;
  }
  return j;
}

export function words(text: string, base = 0): Word[] {
  const out: Word[] = [];
  const ascii = !NON_ASCII.test(text);
  const re = WORD;
  re.lastIndex = 0;
  let at = 0;
  for (;;) {
    let start: number;
    let w: string;
    if (ascii) {
      const end = nextAsciiWord(text, at);
      if (end < 0) break;
      start = asciiStart;
      w = text.slice(start, end);
    } else {
      const m = re.exec(text);
      if (!m) break;
      start = m.index;
      w = m[0];
    }
    // "U.S" + "." → "U.S." (an abbreviation keeps its final period).
    if (text[start + w.length] === '.' && w.includes('.') && /^(?:\p{L}\.)+\p{L}$/u.test(w)) w += '.';
    const last = w.charCodeAt(w.length - 1);
    if ((last === 115 || last === 83) && w.length > 2 && /['’]s$/i.test(w)) {
      push(w.slice(0, -2), start);
      push(w.slice(-2), start + w.length - 2);
    } else {
      push(w, start);
    }
    at = start + w.length;
    re.lastIndex = at;
  }
  return out;

  function push(t: string, s: number) {
    const c = t.charCodeAt(0);
    const cap = c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t);
    out.push({ text: t, key: foldKey(t), start: base + s, end: base + s + t.length, cap, roots: 0, rootsOf: -1 });
  }
}

export function isPossessive(w: Word | undefined): boolean {
  return !!w && (w.key === "'s" || w.key === "'");
}
