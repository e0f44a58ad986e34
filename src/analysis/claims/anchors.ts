// Pure: turns a relative anchor ("since Biden took office", "after Russia invaded Ukraine",
// "since 2018") into a date, from the world-events and officials tables passed in.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { Official } from '../../knowledge/types.js';
import { startOf } from '../dates.js';
import { fold, parseDate, MONTH_NAME } from './text.js';

export interface Anchor {
  date: string;
  description: string;
  /** Where the date came from: a world event, a term of office, or a date written out. */
  source: 'world-event' | 'term' | 'date';
}

/** The latest world event the phrase names that happened on or before `at`. */
export function worldEventIn(
  phrase: string,
  kb: KnowledgeIndex,
  at: string | null,
): (Anchor & { index: number; length: number }) | null {
  const f = fold(phrase);
  let best: (Anchor & { index: number; length: number }) | null = null;
  for (const we of kb.knowledge.worldEvents) {
    if (at && we.date > startOf(at) && !we.date.startsWith(at)) continue;
    for (const p of we.patterns) {
      const m = new RegExp(p).exec(f);
      if (!m) continue;
      if (!best || we.date > best.date)
        best = {
          date: we.date,
          description: we.description,
          source: 'world-event',
          index: m.index,
          length: m[0].length,
        };
      break;
    }
  }
  return best;
}

const TERM_WORDS = String.raw`took office|taking office|became [a-z ]+|was (?:sworn in|inaugurated|elected)|came to (?:power|office)|took power|assumed (?:office|power)|administration|presidency|premiership|government|tenure|term|inauguration`;

/** "since Biden took office", "under Biden's administration": the start of that person's term at `at`. */
export function termAnchor(phrase: string, kb: KnowledgeIndex, at: string | null): Anchor | null {
  const re = new RegExp(
    String.raw`((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*?)(?:'s|’s)?\s+(?:${TERM_WORDS})`,
    'g',
  );
  let m: RegExpExecArray | null;
  while ((m = re.exec(phrase))) {
    const words = m[1]
      .split(/\s+/)
      .filter(
        (w) =>
          !/^(President|Prime|Minister|Premier|Chancellor|Secretary|Since|Under|After|Before|When)$/.test(w),
      );
    for (let i = 0; i < words.length; i++) {
      const name = words.slice(i).join(' ');
      const official = kb.officialsByAlias(name)[0] ?? kb.officialsByAlias(words[words.length - 1])[0];
      if (!official) continue;
      const term = termStart(kb, official, at, m[0]);
      if (term)
        return {
          date: term.start,
          description: `${official.name} took office as ${term.office}`,
          source: 'term',
        };
    }
  }
  return null;
}

function termStart(kb: KnowledgeIndex, o: Official, at: string | null, phrase: string) {
  const became = /became ([a-z ]+)/.exec(phrase.toLowerCase());
  if (became) {
    const wanted = became[1].trim();
    const t = [...o.terms]
      .reverse()
      .find((t) => t.office.toLowerCase() === wanted && (!at || t.start <= startOf(at)));
    if (t) return t;
  }
  return kb.termAt(o, at) ?? null;
}

/** "since 2018", "since March 2019", "since 14 March 2019". */
export function writtenDate(phrase: string): Anchor | null {
  const re = new RegExp(
    String.raw`\b(?:since|after|before|from|in)\s+((?:\d{1,2}\s+)?${MONTH_NAME}\s+(?:\d{1,2},?\s+)?\d{4}|\d{4})\b`,
    'i',
  );
  const m = re.exec(phrase);
  if (!m) return null;
  const d = parseDate(m[1]);
  return d ? { date: d, description: m[1], source: 'date' } : null;
}

/** Resolves the anchor a phrase names, preferring curated world events, then terms, then written dates. */
export function resolveAnchor(phrase: string, kb: KnowledgeIndex, at: string | null): Anchor | null {
  const we = worldEventIn(phrase, kb, at);
  if (we) return { date: we.date, description: we.description, source: we.source };
  return termAnchor(phrase, kb, at) ?? writtenDate(phrase);
}
