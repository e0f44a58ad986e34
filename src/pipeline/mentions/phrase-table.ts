// A lookup of multi-word phrases over word sequences: the longest phrase starting at each word wins.
import { foldKey, type Word } from '../text/words.js';

export interface PhraseHit<T> {
  from: number;
  /** Exclusive word index. */
  to: number;
  values: T[];
}

/** One word of a phrase: the values of the phrase that ends here, and the words that may follow. */
interface Node<T> {
  values?: T[];
  next?: Map<string, Node<T>>;
}

let indexes = 0;

/**
 * The first words of the phrases of several tables, each table a bit: one lookup per word tells
 * every table whether a phrase can start there, where asking each table's own root costs a hash
 * lookup per table per word (five tables read every word of every sentence).
 */
export class RootIndex {
  readonly id = indexes++;
  private readonly firsts = new Map<string, number>();
  private tables = 0;

  register(): number {
    if (this.tables >= 31) throw new Error('a RootIndex holds at most 31 tables');
    return 1 << this.tables++;
  }

  mark(key: string, bit: number): void {
    this.firsts.set(key, (this.firsts.get(key) ?? 0) | bit);
  }

  /** The bits of the tables a phrase can start at w in, looked up once per word. */
  rootsOf(w: Word): number {
    if (w.rootsOf === this.id) return w.roots!;
    const r = this.firsts.get(w.key) ?? 0;
    w.roots = r;
    w.rootsOf = this.id;
    return r;
  }
}

export class PhraseTable<T> {
  /**
   * Keyed word by word, so matchAt looks each word's key up as it is (V8 keeps a string's hash) instead
   * of hashing a new joined string at every step, and stops where no phrase continues.
   */
  private readonly root = new Map<string, Node<T>>();
  private readonly byKey = new Map<string, T[]>();
  private readonly bit: number;

  constructor(private readonly index?: RootIndex) {
    this.bit = index ? index.register() : 0;
  }

  add(phrase: string, value: T): void {
    const key = phraseKey(phrase);
    if (!key) return;
    let level = this.root;
    let node: Node<T> | undefined;
    const parts = key.split(' ');
    this.index?.mark(parts[0], this.bit);
    for (const part of parts) {
      if (node) level = node.next ??= new Map();
      node = level.get(part);
      if (!node) level.set(part, (node = {}));
    }
    const list = (node!.values ??= []);
    if (!list.includes(value)) list.push(value);
    this.byKey.set(key, list);
  }

  get(phrase: string): T[] | undefined {
    return this.byKey.get(phraseKey(phrase));
  }

  /** Longest match starting at word i, or undefined. */
  matchAt(ws: Word[], i: number, accept?: (from: number, to: number) => boolean): PhraseHit<T> | undefined {
    let best: PhraseHit<T> | undefined;
    const w = ws[i];
    if (!w || (this.index && !(this.index.rootsOf(w) & this.bit))) return undefined;
    let node = this.root.get(w.key);
    for (let j = i; node; ) {
      if (node.values && (!accept || accept(i, j + 1))) best = { from: i, to: j + 1, values: node.values };
      if (!node.next || ++j >= ws.length) break;
      node = node.next.get(ws[j].key);
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
