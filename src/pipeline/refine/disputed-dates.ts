// A date given by a list heading that the paragraph under it contradicts: "Sullivan-Yang talks in
// Rome — March 14, 2021" above "Weeks after … Russia invaded Ukraine (2022-02-24)". The event keeps
// the date the text implies and records the one written, so a checker can flag it.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { ExchangeEvent } from '../../types.js';
import type { DocumentView } from '../document.js';
import type { Merged } from './merge.js';
import { findAnchors } from './anchors.js';

const MAX_GAP_DAYS: Record<string, number> = { days: 31, weeks: 120, months: 400, shortly: 60, soon: 60, just: 60 };

export function checkDisputedDates(doc: DocumentView, kb: KnowledgeIndex, merged: Merged[], events: ExchangeEvent[]): void {
  merged.forEach((m, i) => {
    const e = events[i];
    if (!e.date || e.date.length < 7 || !['heading', 'lead'].includes(m.dateFrom)) return;
    for (const si of m.sentences) {
      const s = doc.sentences[si];
      for (const a of findAnchors(kb, s.s.text, doc.published)) {
        if (a.relation !== 'after' || e.date >= a.event.date) continue;
        // The written month and day, in the first year that falls after the anchor.
        let y = +a.event.date.slice(0, 4);
        let inferred = `${y}${e.date.slice(4)}`;
        if (inferred < a.event.date) inferred = `${++y}${e.date.slice(4)}`;
        const gap = (Date.parse(inferred.padEnd(10, '-01').slice(0, 10)) - Date.parse(a.event.date)) / 86_400_000;
        const limit = a.quantity ? (MAX_GAP_DAYS[a.quantity] ?? 3650) : 3650;
        if (gap > limit) continue;
        e.date_disputed = {
          as_written: e.date,
          inferred,
          reason: `the text places it ${a.quantity ? `${a.quantity} ` : ''}after ${a.event.description} (${a.event.date}), which the written date (${e.date}) precedes`,
          evidence: [{ start: s.s.start, end: s.s.end, text: s.s.text }],
        };
        e.date = inferred;
        if (e.end_date && e.end_date < inferred) e.end_date = null;
        return;
      }
    }
  });
}
