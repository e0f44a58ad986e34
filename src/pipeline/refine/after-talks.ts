// "Tokayev received Mirzoyan and Bayramov after their talks": an exchange told as coming after talks the story has
// just dated, with no date of its own, is on the day of those talks (the reception closes the day's meetings).
import type { Candidate } from '../events/candidates.js';
import type { DocumentView } from '../document.js';

/** "after their talks", "following the meeting": a time phrase pointing at talks already told. */
const AFTER_TALKS = /\b(?:after|following)\s+(?:their|the|these|those|his|her)\s+(?:[\w-]+\s+)?(?:talks|meeting|meetings|discussions|negotiations)\b/i;
/** How many sentences back the talks may have been told. */
const REACH = 3;

export function afterTalksDates(doc: DocumentView, cands: Candidate[]): void {
  for (const c of cands) {
    if (c.date || c.type === 'visit') continue;
    const s = doc.sentences[c.sentence];
    if (!s.s.text.includes('after') && !s.s.text.includes('following')) continue;
    const m = AFTER_TALKS.exec(s.s.text);
    if (!m || s.s.start + m.index < c.triggerEnd) continue;
    const named = c.participants.filter((p) => p.entity);
    const talks = cands
      .filter(
        (o) =>
          o !== c &&
          o.type === 'meeting' &&
          o.sentence < c.sentence &&
          c.sentence - o.sentence <= REACH &&
          o.date?.length === 10 &&
          (o.dateFrom === 'sentence' || o.dateFrom === 'relative') &&
          o.status === c.status &&
          named.filter((p) => o.participants.some((q) => q.entity === p.entity)).length >= 2,
      )
      .pop();
    if (!talks) continue;
    c.date = talks.date;
    c.endDate = null;
    c.dateFrom = 'relative';
    c.trace.push(`date ${talks.date}: after the talks told in sentence ${talks.sentence}`);
  }
}
