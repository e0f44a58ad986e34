// "She first came to Kyiv in February 2023, and returned on 24 February 2024": a bare "returned" joined to a journey
// the sentence tells is a second journey to the same place, at its own time; and those it says came "with" the
// traveller made that journey too ("… and returned days later with Ursula von der Leyen and Mark Rutte").
// ("returned home", "returned to Rome", "returned from Paris" tell the way back, no journey to the place.)
import type { DocumentView, SentenceView } from '../document.js';
import type { Candidate } from './candidates.js';
import { sideOf } from './sides.js';
import type { TriggerHit } from './triggers.js';
import { copyCandidate } from './new-candidate.js';
import { mapPacked } from '../packed.js';

/** After the journey's clause: ", and returned", " and later returned" (not "returned home", "returned to Rome"). */
const RETURNED = /^[^;:]*?,?\s+and\s+(?:then\s+|later\s+)?returned\b(?!\s+(?:home|from|back)\b|\s+to\s+(?:the\s+)?\p{Lu})/u;
/** Between "returned" and its own time: " ", " on ", " in ". */
const OWN_TIME = /^\s+(?:on\s+|in\s+)?$/i;
/** Right after "returned": a return told only as later than the first journey ("days later", "weeks later"). */
const LATER = /^\s+(?:a\s+few\s+|some\s+)?(?:days|weeks)\s+later\b/i;
/** After the return and its time: "with A and B", up to the clause's end or its purpose ("to offer …"). */
const WITH = /^\s+with\s+([^;.]*?)(?=\s+to\s+\p{Ll}|,\s+(?:when|where|which|who)\b|[;.]|$)/u;

export function returnedVisits(doc: DocumentView, s: SentenceView, t: TriggerHit, c: Candidate): Candidate[] {
  if (c.type !== 'visit' || c.status !== 'occurred' || !c.host || !c.date || !t.rule.travel) return [];
  const traveller = c.travellers.find((x) => x.entity);
  if (!traveller) return [];
  const rest = doc.text.slice(t.end, s.s.end);
  const m = RETURNED.exec(rest);
  if (!m) return [];
  const at = t.end + m[0].length;
  let date: string | null = null;
  let after = at;
  const own = s.dates.find((d) => d.start >= at && OWN_TIME.test(doc.text.slice(at, d.start)));
  if (own) {
    date = own.value;
    after = own.end;
  } else {
    const later = LATER.exec(doc.text.slice(at, s.s.end));
    if (!later) return [];
    // Days or weeks after a journey of a known month are in that month, as near as the text tells.
    date = c.date.slice(0, 7);
    after = at + later[0].length;
  }
  const companions = companionsAfter(doc, s, after, c.host);
  const trace = [...c.trace, `"and returned": a second journey to the same place, ${date}`];
  return mapPacked([traveller, ...companions.filter((p) => p.entity !== traveller.entity)], (x) => (copyCandidate(c, {
    participants: [x],
    travellers: [x],
    date,
    endDate: null,
    dateFrom: 'sentence' as const,
    triggerStart: at - 'returned'.length,
    triggerEnd: at,
    anaphoric: false,
    trace,
  })));
}

/** Those named in the return's "with A and B" who are not of the host's country. */
function companionsAfter(doc: DocumentView, s: SentenceView, from: number, host: string): ReturnType<typeof sideOf>[] {
  const m = WITH.exec(doc.text.slice(from, s.s.end));
  if (!m) return [];
  const lo = from + m[0].length - m[1].length;
  const hi = from + m[0].length;
  return mapPacked(s.people.filter((p) => p.entity && p.mention.start >= lo && p.mention.end <= hi && p.entity.country !== host), sideOf);
}
