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
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*/gu;
/** WORD on text of ASCII only, where the Unicode classes are these: the same words, found faster. */
const ASCII_WORD = /[A-Za-z0-9]+(?:[-'.&][A-Za-z0-9]+)*/g;
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

export function words(text: string, base = 0): Word[] {
  const out: Word[] = [];
  const re = NON_ASCII.test(text) ? WORD : ASCII_WORD;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let w = m[0];
    const start = m.index;
    // "U.S" + "." → "U.S." (an abbreviation keeps its final period).
    if (text[start + w.length] === '.' && w.includes('.') && /^(?:\p{L}\.)+\p{L}$/u.test(w)) w += '.';
    const last = w.charCodeAt(w.length - 1);
    if ((last === 115 || last === 83) && w.length > 2 && /['’]s$/i.test(w)) {
      push(w.slice(0, -2), start);
      push(w.slice(-2), start + w.length - 2);
    } else {
      push(w, start);
    }
    re.lastIndex = start + w.length;
  }
  return out;

  function push(t: string, s: number) {
    const c = t.charCodeAt(0);
    const cap = c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t);
    out.push({ text: t, key: foldKey(t), start: base + s, end: base + s + t.length, cap });
  }
}

export function isPossessive(w: Word | undefined): boolean {
  return !!w && (w.key === "'s" || w.key === "'");
}
