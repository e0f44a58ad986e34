// The pure pipeline: (Article, Knowledge) → Extraction. No I/O, no clock.
// text → mentions → resolve → candidates → refine (anaphora, headings, split, merge, date, filter) → events.
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { Article, Extraction, Span } from '../types.js';
import { readDocument } from './document.js';
import { datelineDate } from './text/dateline.js';
import { repairText, spanToOriginal } from './text/repair.js';
import { buildCandidates } from './events/candidates.js';
import { findCoverage } from './refine/coverage.js';
import { checkDisputedDates } from './refine/disputed-dates.js';
import { defaultDates } from './refine/default-dates.js';
import { dropHomeTravellers, keepEvent } from './refine/filter.js';
import { finalize } from './refine/finalize.js';
import { fillFromContext } from './refine/fill-sides.js';
import { attachAnaphora } from './refine/anaphora.js';
import { mergeCandidates } from './refine/merge.js';
import { nameFromOffices } from './refine/name-offices.js';
import { splitCandidates } from './refine/split.js';
import { placeEvents } from './refine/venues.js';

export interface ExtractOptions {
  /** Keep each event's rule reasons in `trace`. */
  trace?: boolean;
}

export function extract(input: Article, kb: KnowledgeIndex, opts: ExtractOptions = {}): Extraction {
  const warnings: string[] = [];
  let article = input;
  if (!article.published) {
    const dated = datelineDate(article.text);
    if (dated) {
      article = { ...article, published: dated };
      warnings.push(`${article.id}: no publication date given; taken from the dateline (${dated})`);
    } else warnings.push(`${article.id}: no publication date; relative dates ("on Sunday") are left unresolved`);
  }
  if (!article.text.trim()) return { article, events: [], warnings, coverage: [] };
  // Damaged copy (broken words, glued sentences, links to other stories) is read repaired; spans map back.
  const repaired = repairText(article.text);
  const doc = readDocument(repaired ? repaired.text : article.text, article.published, kb);
  let cands = buildCandidates(doc, kb);
  cands = attachAnaphora(cands);
  cands = fillFromContext(doc, cands);
  cands = splitCandidates(doc, cands);
  defaultDates(doc, cands);
  nameFromOffices(kb, cands, doc.entities);
  const merged = mergeCandidates(cands).filter((m) => keepEvent(m));
  placeEvents(doc, merged);
  for (const m of merged) dropHomeTravellers(m);
  const events = merged.map((m) => finalize(doc, kb, m, !!opts.trace));
  checkDisputedDates(doc, kb, merged, events);
  const coverage = findCoverage(doc, kb);
  if (repaired) {
    const back = (s: Span) => spanToOriginal(repaired, article.text, s);
    for (const e of events) {
      e.evidence = e.evidence.map(back);
      if (e.date_disputed) e.date_disputed.evidence = e.date_disputed.evidence.map(back);
    }
    for (const c of coverage) c.evidence = c.evidence.map(back);
  }
  return { article, events, warnings, coverage };
}
