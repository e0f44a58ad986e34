// What an article says it covers: a list headed "Top US-China exchanges since Biden took office"
// declares every senior US-China exchange from that day to publication.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { CoverageClaim } from '../../types.js';
import type { DocumentView } from '../document.js';
import { findAnchors } from './anchors.js';

const LIST_WORDS = /\b(?:exchanges|meetings|visits|contacts|talks|engagements|interactions|timeline|chronology|developments)\b/i;

/** The sentence may head a list of exchanges a coverage claim reads ("Top US-China exchanges since …"). */
export const mayHeadCoverage = (text: string): boolean => LIST_WORDS.test(text);

export function findCoverage(doc: DocumentView, kb: KnowledgeIndex): CoverageClaim[] {
  const out: CoverageClaim[] = [];
  for (const s of doc.sentences) {
    if (!s.info.heading || s.info.headline || !mayHeadCoverage(s.s.text)) continue;
    const countries = [...new Set(s.countries.map((c) => c.country.code))];
    if (countries.length < 2) continue;
    const anchor = findAnchors(kb, s.s.text, doc.published).find((a) => a.relation === 'since');
    const year = /\bsince\s+((?:19|20)\d{2})\b/i.exec(s.s.text)?.[1];
    const since = anchor?.event.date ?? (year ? `${year}-01-01` : null);
    if (!since) continue;
    out.push({
      countries,
      since,
      until: doc.published,
      max_rank: /\b(?:top|high-level|senior|leaders?)\b/i.test(s.s.text) ? 3 : null,
      evidence: [{ start: s.s.start, end: s.s.end, text: s.s.text }],
    });
  }
  return out;
}
