// The clause a trigger stands in: what governs it (left), what follows it (right), and the bounds
// that keep other clauses' people, places and dates out.
import type { DocumentView, SentenceView } from '../document.js';
import { CLAUSE_BREAK } from './lexicon.js';
import type { TriggerHit } from './triggers.js';

export interface Clause {
  lo: number;
  hi: number;
  /** A closed relative clause before the trigger ("X, who arrived on Monday, met Y"). */
  rel: { pronoun: number; resume: number } | null;
  /** From the clause's start to the trigger. */
  left: string;
  /** From the trigger to the clause's end. */
  right: string;
  /** From the sentence's start to the trigger. */
  sentLeft: string;
}

export function clauseOf(doc: DocumentView, s: SentenceView, t: TriggerHit): Clause {
  const [opens, closes] = clauseBounds(s, t.start, t.end);
  // "X, who accompanied Y, also met Z": the relative clause is closed by its comma; the trigger's clause
  // goes on after it and its subject is X, before "who". A trigger inside such a clause ("X, who
  // arrived on Wednesday, met …") has the clause to that comma.
  const rel = closedRelative(doc.text, opens, t.start) ?? openedEarlier(doc.text, s.s.start, opens, t.start);
  const lo = rel ? rel.resume : opens;
  const relComma = !rel && RELATIVE_OPEN.test(doc.text.slice(Math.max(0, opens - 12), opens)) ? doc.text.slice(t.end, closes).indexOf(',') : -1;
  const hi = relComma === -1 ? closes : t.end + relComma;
  return { lo, hi, rel, left: doc.text.slice(lo, t.start), right: doc.text.slice(t.end, hi), sentLeft: doc.text.slice(s.s.start, t.start) };
}

/** The clause around a trigger: from the last clause break before it to the first after it. */
export function clauseBounds(s: SentenceView, at: number, end: number): [number, number] {
  const text = s.s.text;
  const rel = at - s.s.start;
  const relEnd = end - s.s.start;
  let lo = 0;
  let hi = text.length;
  const breaks = clauseBreaks(s);
  for (let i = 0; i < breaks.length; i += 2) {
    if (breaks[i + 1] <= rel) lo = breaks[i + 1];
    else if (breaks[i] >= relEnd) {
      hi = breaks[i];
      break;
    }
  }
  return [s.s.start + lo, s.s.start + hi];
}

const breaksOf = new WeakMap<SentenceView, number[]>();

/** A sentence's clause breaks as start, end pairs: found once, read for each of its triggers and offsets. */
function clauseBreaks(s: SentenceView): number[] {
  let breaks = breaksOf.get(s);
  if (!breaks) {
    breaks = [];
    CLAUSE_BREAK.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CLAUSE_BREAK.exec(s.s.text))) breaks.push(m.index, m.index + m[0].length);
    // "Before meeting Xi, Lula held talks with Li": the comma closes the opening participle's clause, whose
    // object is no side of the main clause's exchange.
    const opening = OPENING_PARTICIPLE.exec(s.s.text);
    if (opening) {
      const at = opening.index + opening[0].length - 1;
      let i = 0;
      while (i < breaks.length && breaks[i] < at) i += 2;
      if (breaks[i] !== at) breaks.splice(i, 0, at, at + 1);
    }
    // "X paid a call on Y in Ankara, and Turkish Foreign Minister Hakan Fidan held talks with Z": ", and" before a
    // capitalised subject of its own and a verb opens a new clause (a list of names has no verb after it).
    if (s.s.text.includes(', and ')) addAndBreaks(s.s.text, breaks, AND_NEW_SUBJECT, () => true);
    // ("… where Lula met von der Leyen and Petro held talks with Sánchez": with no comma, only after a verb of the same
    // list since the last comma, so "Lula and Petro held talks" and ", and A and B held talks" keep their subjects together.)
    if (s.s.text.includes(' and '))
      addAndBreaks(s.s.text, breaks, AND_NEW_SUBJECT_BARE, (at, prior) => s.s.text[at - 1] !== ',' && EXCHANGE_VERB.test(s.s.text.slice(Math.max(prior, s.s.text.lastIndexOf(',', at) + 1), at)));
    // ("Putin, Xi hold video call as Trump pushes for Ukraine deal": in a headline, "as" and a subject of capitalised words
    // with a present verb of no exchange open a clause of circumstance, with no comma, whose people are no sides.)
    if (s.info.headline && s.s.text.includes(' as ')) addAndBreaks(s.s.text, breaks, AS_NEW_SUBJECT, (at) => !EXCHANGE_VERB.test(s.s.text.slice(at)));
    breaksOf.set(s, breaks);
  }
  return breaks;
}

/** Adds a break at each match of `re` not already inside one, where `keep` (given the previous break's end) allows. */
function addAndBreaks(text: string, breaks: number[], re: RegExp, keep: (at: number, prior: number) => boolean): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const at = m.index;
    let i = 0;
    while (i < breaks.length && breaks[i] < at) i += 2;
    if (breaks[i] === at || (i > 0 && breaks[i - 1] > at) || !keep(at, i > 0 ? breaks[i - 1] : 0)) continue;
    breaks.splice(i, 0, at, at + m[0].length);
  }
}

/** The verbs a new subject after "and" may take ("…, and Kenyatta sent Biden a letter": a message's too). */
const NEW_SUBJECT_VERBS = 'held|met|meets|spoke|speaks|visited|visits|received|receives|hosted|hosts|paid|pays|made|travell?ed|flew|flies|arrived|arrives|called|phoned|telephoned|talked|signed|sent|sends|wrote|writes|welcomed|welcomes|shook';
/** ", and" before a subject of capitalised words (a title and name) and its verb. Case-sensitive on purpose. */
const AND_NEW_SUBJECT = new RegExp(`,\\s+and\\s+(?=(?:[A-Z][\\w.'’-]*\\s+){1,6}(?:also\\s+)?(?:${NEW_SUBJECT_VERBS})\\b)`, 'g');
/** The same with no comma: " and Petro held talks". */
const AND_NEW_SUBJECT_BARE = new RegExp(` and (?=(?:[A-Z][\\w.'’-]*\\s+){1,4}(?:also\\s+)?(?:${NEW_SUBJECT_VERBS})\\b)`, 'g');
/** " as Trump pushes", " as EU weighs": a headline's "as" before a capitalised subject and a present verb. Case-sensitive. */
const AS_NEW_SUBJECT = / as (?=(?:[A-Z][\w.'’-]*\s+){1,3}(?!says\b)[a-z]+s\b)/g;
/** A verb of that list in the clause before "and": it has its subject and object already. */
const EXCHANGE_VERB = new RegExp(`\\b(?:${NEW_SUBJECT_VERBS})\\b`);

/**
 * A sentence that opens with a participle phrase, to its comma: "Before meeting Xi,", "After visiting Hanoi on Monday,"
 * ("… on April 9, 2024,": the comma before a date's year is the date's).
 */
export const OPENING_PARTICIPLE = /^\W*(?:before|after|while|when|since|upon|on|following|besides|having)\s+(?:also\s+)?[a-z]+ing\b(?:[^,;:.]|,(?=\s*\d{4}\b)){0,80},/i;

/**
 * "X, who arrived in Dhaka on Thursday ahead of Dar, held talks …": a relative clause whose own words hold a
 * further break ("ahead of") still closes at the comma before the trigger, when that comma is in the trigger's
 * clause and no stronger break stands between.
 */
function openedEarlier(text: string, start: number, lo: number, at: number): { pronoun: number; resume: number } | null {
  const comma = text.lastIndexOf(',', at - 1);
  // (The main clause's verb follows the comma at once: "…, and spoke with" is another clause of the sentence's subject;
  // so may a past verb and its phrase before an infinitive: "Lee, who took office after the ouster of his predecessor,
  // Yoon Suk Yeol, traveled to Washington in August to meet Trump".)
  if (comma < lo || !RESUMED_MAIN.test(text.slice(comma + 1, at))) return null;
  RELATIVE_BEFORE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let last: RegExpExecArray | null = null;
  const left = text.slice(start, lo);
  while ((m = RELATIVE_BEFORE.exec(left))) last = m;
  if (!last || /[;:—–]/.test(text.slice(start + last.index, comma))) return null;
  return { pronoun: start + last.index + last[0].indexOf(last[1]), resume: comma + 1 };
}

const RELATIVE_BEFORE = /,\s*(who|whom|whose)\s/gi;
const RESUMED_MAIN = /^\s*(?!and\b|but\b|or\b|then\b)(?:(?:[a-z]+\s+){0,2}|(?:[a-z]+ed|flew|went|came|left)\s+[^,;]{1,60}?\bto\s+)$/;

/** ", who", ", whose", ", which": a relative clause set off by a comma opens at the clause break just after it. */
export const RELATIVE_OPEN = /,\s*(who|whom|whose|which)\s*$/i;

/**
 * A relative clause ("…, who accompanied Modi, …") that opens at the clause break `lo` and is closed by
 * a comma before the trigger: where its pronoun starts, and where the main clause resumes.
 */
function closedRelative(text: string, lo: number, at: number): { pronoun: number; resume: number } | null {
  const pm = RELATIVE_OPEN.exec(text.slice(Math.max(0, lo - 12), lo));
  if (!pm) return null;
  const comma = text.slice(lo, at).lastIndexOf(',');
  if (comma === -1) return null;
  return { pronoun: lo - pm[0].length + pm[0].indexOf(pm[1]), resume: lo + comma + 1 };
}
