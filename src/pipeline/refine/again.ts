// "… held talks in Kigali in June and again in Gisenyi last week", "met in Brussels in June 2021, and again in
// Istanbul in March 2022", "spoke by phone on Monday and again on Wednesday": "and again" with a place or a time of
// its own, after an exchange, tells the same exchange a second time, there and then. Pure: reads the sentence's
// places and dates.
import type { Candidate } from '../events/candidates.js';
import type { DocumentView } from '../document.js';
import { copyCandidate } from '../events/new-candidate.js';

const AGAIN = /(?:,\s*|\s+)and\s+again\b/gi;

export function againExchanges(doc: DocumentView, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    out.push(c);
    if (c.status !== 'occurred' && c.status !== 'planned') continue;
    const s = doc.sentences[c.sentence];
    if (!s.s.text.includes('again')) continue;
    // Only within the trigger's own stretch of the sentence: up to a semicolon or the next "but".
    const rest = doc.text.slice(c.triggerEnd, s.s.end);
    const stop = /;|\bbut\b/i.exec(rest);
    const end = c.triggerEnd + (stop ? stop.index : rest.length);
    AGAIN.lastIndex = 0;
    let first = true;
    let m: RegExpExecArray | null;
    while ((m = AGAIN.exec(rest))) {
      const at = c.triggerEnd + m.index;
      if (at >= end) break;
      // The gapped phrase runs to the next comma: "and again in Istanbul in March 2022, …".
      const after = doc.text.slice(at + m[0].length, end);
      const close = /[,;]/.exec(after);
      const segEnd = at + m[0].length + (close ? close.index : after.length);
      // Nothing but a place and a time in it ("and again held talks with X" has a verb of its own).
      if (!/^\s+(?:(?:in|at|on|last|this|next|later|earlier|a|the|\d)\b)/i.test(after)) continue;
      const place = s.places.find((p) => p.start >= at && p.end <= segEnd && (p.prep === 'in' || p.prep === 'at'));
      // (A date's text may hold the comma that closes the phrase: "in September, where …".)
      const date = s.dates.find((d) => d.start >= at && d.start < segEnd && !d.anchor);
      if (!place && !date) continue;
      // (A visit goes again to the same country; another country's city is no second visit of this one.)
      const host = place ? (place.place?.country ?? place.country?.code ?? null) : c.host;
      if (c.type === 'visit' && host !== c.host) continue;
      // The first telling keeps what it said before "and again", not the second time's date.
      if (first && date && c.date === date.value && c.dateFrom === 'sentence') {
        const own = s.dates.find((d) => d.end <= at && d.start >= c.triggerStart && !d.anchor);
        c.date = own?.value ?? null;
        c.endDate = own?.endValue ?? null;
        if (!own) c.dateFrom = 'none';
      }
      first = false;
      out.push(copyCandidate(c, {
        place: place ?? c.place,
        host,
        date: date ? date.value : c.date,
        endDate: date ? date.endValue : c.endDate,
        dateFrom: date ? 'sentence' : c.dateFrom,
        triggerStart: at + m[0].search(/again/i),
        triggerEnd: at + m[0].length,
        split: undefined,
        trace: [...c.trace, `again: ${doc.text.slice(at, segEnd).trim()}`],
      }));
    }
  }
  return out;
}
