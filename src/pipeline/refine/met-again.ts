// "Sharif and Yunus had met on the sidelines of the D-8 summit in Cairo in December, and again in Doha in March":
// a telling that goes on with "and again" and a place or time of its own tells one more exchange of the same
// sides, there and then. Pure: reads the sentence's places and dates.
import type { Candidate } from '../events/candidates.js';
import type { DocumentView } from '../document.js';

/** ", and again in Doha in March", "and again last week": what follows is the second time's place and time. */
const AGAIN = /,?\s+and\s+again\s+(?=(?:in|at|on|last|this|earlier|later)\b)/i;

export function metAgain(doc: DocumentView, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    out.push(c);
    if ((c.type !== 'meeting' && c.type !== 'visit') || c.status !== 'occurred') continue;
    const s = doc.sentences[c.sentence];
    const rest = doc.text.slice(c.triggerEnd, s.s.end);
    if (!rest.includes('again')) continue;
    const m = AGAIN.exec(rest);
    if (!m) continue;
    const from = c.triggerEnd + m.index + m[0].length;
    const stop = /[,;]/.exec(doc.text.slice(from, s.s.end));
    const to = stop ? from + stop.index : s.s.end;
    const place = s.places.find((p) => p.start >= from && p.end <= to && (p.prep === 'in' || p.prep === 'at')) ?? null;
    const date = s.dates.find((d) => d.start >= from && d.end <= to && !d.anchor) ?? null;
    if (!place && !date) continue;
    // The first telling keeps what it said before "and again"; the second time takes what follows.
    if (date && c.date === date.value && c.dateFrom === 'sentence') {
      const own = s.dates.find((d) => d.end <= from - m[0].length && d.start >= c.triggerStart && !d.anchor);
      c.date = own?.value ?? null;
      c.endDate = own?.endValue ?? null;
      if (!own) c.dateFrom = 'none';
    }
    out.push({
      ...c,
      place,
      host: place ? (place.place?.country ?? place.country?.code ?? c.host) : c.host,
      date: date ? date.value : c.date,
      endDate: date ? date.endValue : c.endDate,
      dateFrom: date ? 'sentence' : c.dateFrom,
      triggerStart: from,
      triggerEnd: from,
      split: `${c.sentence}:${c.triggerStart}|again`,
      trace: [...c.trace, `once more: "and again" ${doc.text.slice(from, to).trim()}`],
    });
  }
  return out;
}
