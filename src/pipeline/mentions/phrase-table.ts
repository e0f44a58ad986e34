// A lookup of multi-word phrases over word sequences: the longest phrase starting at each word wins.
import { foldKey, type Word } from '../text/words.js';

export interface PhraseHit<T> {
  from: number;
  /** Exclusive word index. */
  to: number;
  values: T[];
}

export class PhraseTable<T> {
  private readonly map = new Map<string, T[]>();
  /** Every shorter word-prefix of a key ("new", "new york" for "new york city"): matchAt stops as soon as none can follow. */
  private readonly prefixes = new Set<string>();
  private maxWords = 1;

  add(phrase: string, value: T): void {
    const key = phraseKey(phrase);
    if (!key) return;
    const parts = key.split(' ');
    this.maxWords = Math.max(this.maxWords, parts.length);
    for (let n = 1; n < parts.length; n++) this.prefixes.add(parts.slice(0, n).join(' '));
    const list = this.map.get(key);
    if (list) {
      if (!list.includes(value)) list.push(value);
    } else this.map.set(key, [value]);
  }

  get(phrase: string): T[] | undefined {
    return this.map.get(phraseKey(phrase));
  }

  /** Longest match starting at word i, or undefined. */
  matchAt(ws: Word[], i: number, accept?: (from: number, to: number) => boolean): PhraseHit<T> | undefined {
    let key = '';
    let best: PhraseHit<T> | undefined;
    for (let j = i; j < ws.length && j < i + this.maxWords; j++) {
      key = j === i ? ws[j].key : `${key} ${ws[j].key}`;
      const v = this.map.get(key);
      if (v && (!accept || accept(i, j + 1))) best = { from: i, to: j + 1, values: v };
      if (!this.prefixes.has(key)) break;
    }
    return best;
  }

  /** Non-overlapping longest matches, left to right. */
  scan(ws: Word[], accept?: (from: number, to: number) => boolean): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < ws.length; i++) {
      const h = this.matchAt(ws, i, accept);
      if (h) {
        hits.push(h);
        i = h.to - 1;
      }
    }
    return hits;
  }
}

/** Phrases are keyed word by word exactly as words() would split them. */
export function phraseKey(phrase: string): string {
  const parts: string[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*\.?/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(phrase))) {
    let w = m[0];
    if (w.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(w)) w = w.slice(0, -1);
    const poss = /['’]s$/i.exec(w);
    if (poss && w.length > 2) parts.push(foldKey(w.slice(0, -2)), "'s");
    else parts.push(foldKey(w));
  }
  return parts.join(' ');
}
