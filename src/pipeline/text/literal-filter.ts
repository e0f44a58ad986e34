// A cheap necessary condition for a regular expression to match: the literal text any match must
// contain, read off the pattern's syntax tree (as code search engines prefilter regexes by their
// required substrings). A sentence without "phone" cannot hold a phone-call trigger, and a few bit
// tests of the sentence's trigrams cost far less than running the whole pattern at every position.
//
// MIN_LITERAL being 3 is what makes trigrams enough: every literal tested has at least one.
//
// Sound by construction: a filter may pass text the pattern then fails on, never the reverse.
// Literals are kept lower-case and printable ASCII only, and are looked for among the trigrams of
// the text folded to lower case (gramsOf), so case-insensitive and case-sensitive patterns are both
// served by one pass over the text.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

type Cond = { kind: 'true' } | { kind: 'lit'; s: string } | { kind: 'and'; xs: Cond[] } | { kind: 'or'; xs: Cond[] };

interface Info {
  /** Every string the node can match, when few and all literal; null when unknown. */
  exact: string[] | null;
  /** What any match of the node needs beyond `exact` (lookarounds, runs cut short). */
  need: Cond;
}

const TRUE: Cond = { kind: 'true' };
/** Bound on the strings tracked for one run: "(?:held|hold|had)\s" stays exact, a class of 20 letters does not. */
const MAX_EXACT = 48;
/** Shorter literals are in nearly every sentence: testing them costs more than it saves. */
const MIN_LITERAL = 3;

function and(xs: Cond[]): Cond {
  const flat: Cond[] = [];
  for (const x of xs) {
    if (x.kind === 'true') continue;
    if (x.kind === 'and') flat.push(...x.xs);
    else flat.push(x);
  }
  return flat.length === 0 ? TRUE : flat.length === 1 ? flat[0] : { kind: 'and', xs: flat };
}

function or(xs: Cond[]): Cond {
  const flat: Cond[] = [];
  for (const x of xs) {
    if (x.kind === 'true') return TRUE;
    if (x.kind === 'or') flat.push(...x.xs);
    else flat.push(x);
  }
  // A literal that contains another adds nothing to an "or": "visit" covers "visits" and "visited".
  const lits = [...new Set(flat.flatMap((x) => (x.kind === 'lit' ? [x.s] : [])))];
  const kept = lits.filter((s) => !lits.some((o) => o.length < s.length && s.includes(o)));
  const out: Cond[] = [...kept.map((s) => ({ kind: 'lit', s }) as Cond), ...flat.filter((x) => x.kind !== 'lit')];
  return out.length === 0 ? TRUE : out.length === 1 ? out[0] : { kind: 'or', xs: out };
}

/** "Contains one of these strings", or nothing when one of them is too short to be worth testing. */
function anyOf(strings: string[]): Cond {
  if (strings.some((s) => s.length < MIN_LITERAL)) return TRUE;
  // Many spellings with a common start or end ("video link", "video-call" …): that part is enough.
  if (strings.length > 4) {
    const common = commonAffix(strings);
    if (common.length >= MIN_LITERAL) return { kind: 'lit', s: common };
  }
  return or(strings.map((s) => ({ kind: 'lit', s }) as Cond));
}

function commonAffix(strings: string[]): string {
  let pre = strings[0];
  let suf = strings[0];
  for (const s of strings) {
    while (!s.startsWith(pre)) pre = pre.slice(0, -1);
    while (!s.endsWith(suf)) suf = suf.slice(1);
  }
  return pre.length >= suf.length ? pre : suf;
}

function standalone(i: Info): Cond {
  return and([i.need, i.exact ? anyOf(i.exact) : TRUE]);
}

const printable = (c: number) => c >= 0x20 && c <= 0x7e;
/** A character as filters compare it: lower case, and every digit as "0" (gramsOf folds the text alike). */
const lower = (c: number) => (c >= 48 && c <= 57 ? '0' : String.fromCharCode(c).toLowerCase());

function character(c: number): Info {
  return printable(c) ? { exact: [lower(c)], need: TRUE } : { exact: null, need: TRUE };
}

function characterClass(node: AST.CharacterClass): Info {
  if (node.negate || node.unicodeSets) return { exact: null, need: TRUE };
  const chars = new Set<string>();
  for (const e of node.elements) {
    if (e.type === 'Character' && printable(e.value)) chars.add(lower(e.value));
    else if (e.type === 'CharacterClassRange' && printable(e.min.value) && printable(e.max.value) && e.max.value - e.min.value < 16)
      for (let c = e.min.value; c <= e.max.value; c++) chars.add(lower(c));
    else if (e.type === 'CharacterSet' && e.kind === 'digit' && !e.negate) chars.add('0');
    else return { exact: null, need: TRUE };
    if (chars.size > 8) return { exact: null, need: TRUE };
  }
  return { exact: [...chars], need: TRUE };
}

function cross(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return [...new Set(out)];
}

function sequence(elements: AST.Element[]): Info {
  const needs: Cond[] = [];
  let run: string[] = [''];
  let whole = true;
  for (const el of elements) {
    const i = element(el);
    needs.push(i.need);
    const joined = i.exact ? cross(run, i.exact) : null;
    if (joined) {
      run = joined;
      continue;
    }
    // The run ends here: what it matched so far is required, and a new run starts.
    whole = false;
    needs.push(anyOf(run));
    run = i.exact ?? [''];
  }
  if (whole) return { exact: run, need: and(needs) };
  needs.push(anyOf(run));
  return { exact: null, need: and(needs) };
}

function alternatives(alts: AST.Alternative[]): Info {
  const infos = alts.map((a) => sequence(a.elements));
  if (infos.every((i) => i.exact && i.need.kind === 'true')) {
    const all = [...new Set(infos.flatMap((i) => i.exact!))];
    if (all.length <= MAX_EXACT) return { exact: all, need: TRUE };
  }
  return { exact: null, need: or(infos.map(standalone)) };
}

/** Longest repeat ("\\d{4}", "[0-9]{1,2}") whose strings are still tracked. */
const MAX_REPEAT = 4;

function quantifier(node: AST.Quantifier): Info {
  const i = element(node.element);
  if (node.max <= MAX_REPEAT && i.exact && i.need.kind === 'true') {
    // Every count from min to max: one copy's strings, two copies' …
    let copies: string[] | null = [''];
    const all = new Set<string>(node.min === 0 ? [''] : []);
    for (let k = 1; k <= node.max && copies; k++) {
      copies = cross(copies, i.exact);
      if (copies && k >= node.min) for (const x of copies) all.add(x);
    }
    if (copies && all.size <= MAX_EXACT) return { exact: [...all], need: TRUE };
  }
  if (node.min === 0) return { exact: null, need: TRUE };
  // At least once: one copy's needs hold; the repeats are not tracked.
  return { exact: null, need: standalone(i) };
}

function element(node: AST.Element): Info {
  switch (node.type) {
    case 'Character':
      return character(node.value);
    case 'CharacterClass':
      return characterClass(node);
    case 'Group':
    case 'CapturingGroup':
      return alternatives(node.alternatives);
    case 'Quantifier':
      return quantifier(node);
    case 'Assertion':
      // Zero-width: the text on either side stays adjacent. A positive lookaround's own text is
      // needed too; a negative one needs nothing.
      if ((node.kind === 'lookahead' || node.kind === 'lookbehind') && !node.negate)
        return { exact: [''], need: standalone(alternatives(node.alternatives)) };
      return { exact: [''], need: TRUE };
    case 'CharacterSet':
      // \d is a digit, which filters see as "0"; \w, \s, ., \p{…}: any character.
      return node.kind === 'digit' && !node.negate ? { exact: ['0'], need: TRUE } : { exact: null, need: TRUE };
    default:
      // Backreferences, class expressions: any text.
      return { exact: null, need: TRUE };
  }
}

/** The condition, as the literals it tests; for tests and for reading what a pattern needs. */
export function describeFilter(c: Cond): string {
  if (c.kind === 'true') return 'true';
  if (c.kind === 'lit') return JSON.stringify(c.s);
  return `${c.kind}(${c.xs.map(describeFilter).join(', ')})`;
}

export function requiredLiterals(re: RegExp): Cond {
  const parser = new RegExpParser({ ecmaVersion: 2025 });
  let pattern: AST.Pattern;
  try {
    pattern = parser.parsePattern(re.source, 0, re.source.length, {
      unicode: re.flags.includes('u'),
      unicodeSets: re.flags.includes('v'),
    });
  } catch {
    // A pattern the engine takes but the parser does not (newer syntax, a legacy quirk): no filter.
    return TRUE;
  }
  return standalone(alternatives(pattern.alternatives));
}

/**
 * The character trigrams of a text, folded to lower case, as a 1,024-bit set: a literal can be in
 * the text only if all its trigrams are. Built in one pass with no string made, so testing a
 * sentence against forty patterns' literals costs a few bit tests each.
 */
export type Grams = number[];

const BITS = 1024;

/** Lower-case ASCII for what a folded match can be (every digit "0"); 0 for every other character. */
function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 48 && c <= 57) return 48;
  if (c < 128) return c;
  // Under the u and i flags /s/ matches the long s and /k/ the Kelvin sign.
  if (c === 0x17f) return 115;
  if (c === 0x212a) return 107;
  return 0;
}

const gramBit = (a: number, b: number, c: number) => (a * 961 + b * 31 + c) & (BITS - 1);

export function gramsOf(text: string, from = 0, to = text.length): Grams {
  // 16 bits a word, so every word is a small integer and the set a plain array: a typed array cost
  // more to make than a sentence's trigrams cost to count.
  const g: Grams = new Array<number>(BITS / 16).fill(0);
  let a = 0;
  let b = 0;
  for (let i = from; i < to; i++) {
    const c = foldCode(text.charCodeAt(i));
    if (i - from >= 2) {
      const bit = gramBit(a, b, c);
      g[bit >> 4] |= 1 << (bit & 15);
    }
    a = b;
    b = c;
  }
  return g;
}

function literalBits(s: string): number[] {
  const bits: number[] = [];
  for (let i = 2; i < s.length; i++) bits.push(gramBit(s.charCodeAt(i - 2), s.charCodeAt(i - 1), s.charCodeAt(i)));
  return [...new Set(bits)];
}

/** The condition as an expression over the grams `g`: bit tests joined by && and ||. */
function expression(c: Cond): string {
  switch (c.kind) {
    case 'true':
      return 'true';
    case 'lit': {
      const bits = literalBits(c.s);
      // A literal shorter than a trigram tests nothing (anyOf keeps none, but say so here too).
      if (!bits.length) return 'true';
      return `(${bits.map((bit) => `(g[${bit >> 4}] & ${1 << (bit & 15)}) !== 0`).join(' && ')})`;
    }
    case 'and':
      return `(${c.xs.map(expression).join(' && ')})`;
    case 'or':
      return `(${c.xs.map(expression).join(' || ')})`;
  }
}

/**
 * The condition compiled to one function of bit tests. Walking a tree of closures per pattern per
 * sentence cost a twentieth of extraction; the generated code holds nothing but integers and the
 * grams argument, built from the pattern's syntax tree, never from the text it is tested on.
 */
function compile(c: Cond): (g: Grams) => boolean {
  if (c.kind === 'true') return () => true;
  return new Function('g', `return ${expression(c)};`) as (g: Grams) => boolean;
}

/** A test of a text's grams (gramsOf) that is false only when `re` cannot match the text. */
export function literalFilter(re: RegExp): (g: Grams) => boolean {
  return compile(requiredLiterals(re));
}

/**
 * Characters of generated tests per function, about 150 bit tests. Functions of 12,000 (600 tests) ran as
 * fast once optimised but took the optimising compiler, whose time counts in the process's CPU, several
 * times longer; one function for a bank of 93 patterns was never optimised at all.
 */
const GROUP_SOURCE = 3_000;

/**
 * The filters of many patterns together: a function that writes into `out`, in order, the indexes of
 * the patterns of `res` that may match text with grams `g`, and returns how many. A bank tested pattern
 * by pattern made a call per pattern per sentence through one call site that saw every filter, which
 * the engine inlines none of; here one generated function tests a run of patterns in one call. (One
 * function for a whole bank of 93 grew past what the engine optimises and ran three times slower.)
 */
export function literalFilters(res: readonly RegExp[], budget = GROUP_SOURCE): (g: Grams, out: Int32Array) => number {
  const parts: Array<(g: Grams, out: Int32Array, n: number) => number> = [];
  let tests: string[] = [];
  let size = 0;
  const cut = () => {
    if (tests.length) parts.push(new Function('g', 'out', 'n', `${tests.join('\n')}\nreturn n;`) as (g: Grams, out: Int32Array, n: number) => number);
    tests = [];
    size = 0;
  };
  res.forEach((re, i) => {
    const c = requiredLiterals(re);
    const test = c.kind === 'true' ? `out[n++] = ${i};` : `if (${expression(c)}) out[n++] = ${i};`;
    if (size + test.length > budget) cut();
    tests.push(test);
    size += test.length;
  });
  cut();
  return (g, out) => {
    let n = 0;
    for (let i = 0; i < parts.length; i++) n = parts[i](g, out, n);
    return n;
  };
}

const filters = new WeakMap<RegExp, (g: Grams) => boolean>();

/** literalFilter(re)(grams), with each pattern's filter built once. */
export function mayMatch(re: RegExp, g: Grams): boolean {
  let f = filters.get(re);
  if (!f) {
    f = literalFilter(re);
    filters.set(re, f);
  }
  return f(g);
}
