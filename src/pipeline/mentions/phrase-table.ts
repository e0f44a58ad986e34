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

/** FNV-1a over the key's UTF-16 code units, in JavaScript: no call into the engine's string hashing. */
function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The first words of the phrases of several tables, each table a bit, with each table's first node:
 * one lookup per word tells every table whether a phrase can start there and where. Asking each
 * table's own root map instead cost a lookup per table per word, and the first lookup of a new word
 * string costs most (the engine hashes it in a call of its own), so this index hashes in JavaScript
 * into an open-addressing table of its own.
 */
export class RootIndex {
  readonly id = indexes++;
  private keys: string[] = [];
  private hashes: number[] = [];
  private bits: number[] = [];
  private nodes: unknown[][] = [];
  /**
   * Two numbers a slot: the entry, and its key's hash. A probe past another key compares the hashes beside
   * it, not the strings: the table is large and read at random, and each key's string is a read elsewhere.
   */
  private slots = new Int32Array(2 << 10).fill(-1);
  private tables = 0;

  register(): number {
    if (this.tables >= 31) throw new Error('a RootIndex holds at most 31 tables');
    return this.tables++;
  }

  /** The slot (its first number's index) holding the key, or the empty one where it would go. */
  private find(key: string, hash: number): number {
    const mask = this.slots.length - 2;
    for (let s = (hash << 1) & mask; ; s = (s + 2) & mask) {
      const e = this.slots[s];
      if (e < 0 || (this.slots[s + 1] === hash && this.keys[e] === key)) return s;
    }
  }

  /** Records that table `table` has phrases starting with `key`, the first of them at `node`. */
  mark(key: string, table: number, node: unknown): void {
    const hash = hashKey(key) | 0;
    let s = this.find(key, hash);
    let e = this.slots[s];
    if (e < 0) {
      if ((this.keys.length + 1) * 4 > this.slots.length) {
        this.grow();
        s = this.find(key, hash);
      }
      e = this.keys.length;
      this.keys.push(key);
      this.hashes.push(hash);
      this.bits.push(0);
      this.nodes.push([]);
      this.slots[s] = e;
      this.slots[s + 1] = hash;
    }
    this.bits[e] |= 1 << table;
    this.nodes[e][table] = node;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.keys.forEach((k, e) => {
      const s = this.find(k, this.hashes[e]);
      this.slots[s] = e;
      this.slots[s + 1] = this.hashes[e];
    });
  }

  /** The entry of the word's key (-1: no table has a phrase starting with it), looked up once per word. */
  entryOf(w: Word): number {
    if (w.rootsOf === this.id) return w.roots!;
    const e = this.slots[this.find(w.key, hashKey(w.key) | 0)];
    w.roots = e;
    w.rootsOf = this.id;
    // The index's copy of the key is one the engine has hashed (it keys the tables' maps): set and
    // map lookups of this word's key after this one then skip hashing a new string.
    if (e >= 0) w.key = this.keys[e];
    return e;
  }

  /** The first node of `table`'s phrases starting with the entry's key, if it has any. */
  node(entry: number, table: number): unknown {
    return entry >= 0 && this.bits[entry] & (1 << table) ? this.nodes[entry][table] : undefined;
  }
}

export class PhraseTable<T> {
  /**
   * Keyed word by word, so matchAt looks each word's key up as it is (V8 keeps a string's hash) instead
   * of hashing a new joined string at every step, and stops where no phrase continues.
   */
  private readonly root = new Map<string, Node<T>>();
  private readonly byKey = new Map<string, T[]>();
  private readonly slot: number;

  constructor(private readonly index?: RootIndex) {
    this.slot = index ? index.register() : -1;
  }

  /** Adds the value under the phrase; with `onlyNew`, only when the phrase has no value yet (first one wins). */
  add(phrase: string, value: T, onlyNew = false): void {
    const key = phraseKey(phrase);
    if (!key || (onlyNew && this.byKey.has(key))) return;
    let level = this.root;
    let node: Node<T> | undefined;
    const parts = key.split(' ');
    for (const part of parts) {
      if (node) level = node.next ??= new Map();
      node = level.get(part);
      if (!node) {
        level.set(part, (node = {}));
        if (level === this.root) this.index?.mark(part, this.slot, node);
      }
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
    if (!w) return undefined;
    let node = this.index ? (this.index.node(this.index.entryOf(w), this.slot) as Node<T> | undefined) : this.root.get(w.key);
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
    // "U.S." keeps its final period as words() does; an initial's ("George W. Bush") it drops, as words() does.
    if (w.endsWith('.') && !/^(?:\p{L}\.){2,}$/u.test(w)) w = w.slice(0, -1);
    const poss = /['’]s$/i.exec(w);
    if (poss && w.length > 2) parts.push(foldKey(w.slice(0, -2)), "'s");
    else parts.push(foldKey(w));
  }
  return parts.join(' ');
}
