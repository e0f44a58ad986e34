// A plan the same story tells as carried out: "Sa'ar lands in Berlin …, during which he is set to meet Wadephul"
// and, later, "Sa'ar and Wadephul held talks"; "The two had agreed then to meet 'in the near future'" beside the
// meeting the story reports. The plan is the exchange announced before it happened, not another: a reader gives the
// exchange once, as held. Pure: reads the merged events and the plan's sentence.
import type { EventType } from '../../types.js';
import type { DocumentView } from '../document.js';
import { peopleAgree, type Merged } from './merge.js';

const CONTACT: EventType[] = ['meeting', 'phone_call', 'video_call'];

/** A further exchange of the same people, or one still ahead: "to meet again", "another meeting", "a follow-up call", "later this month". */
const FURTHER = /\b(?:again|another|next|further|follow[- ]?up|second|new\s+round|more\s+talks|regular(?:ly)?|annual|every|later|soon|coming|upcoming)\b/i;

/** Is the plan's time (at its precision) the one the exchange held fell in (a day's slack for exact days)? */
function within(plan: string | null, held: string | null): boolean {
  if (!plan || !held) return false;
  if (plan.length === 10 && held.length === 10) return Math.abs(Date.parse(plan) - Date.parse(held)) <= 86_400_000;
  return plan.length < held.length && held.startsWith(plan);
}

export function dropFulfilledPlans(doc: DocumentView, events: Merged[]): Merged[] {
  const held = events.filter((e) => e.status === 'occurred' && CONTACT.includes(e.type));
  if (!held.length) return events;
  // "Chávez rallies … as Bush meets Vázquez" over "He is due to hold talks with President Vázquez today": a headline's
  // present tense tells the day's news, and the body says the talks are still ahead; the plan is the exchange told.
  const headlineOnly = (o: Merged) => o.sentences.every((i) => doc.sentences[i].info.headline);
  const superseded = new Set<Merged>();
  const kept = events.filter((m) => {
    if (m.status !== 'planned' || !CONTACT.includes(m.type) || m.participants.filter((p) => p.entity).length < 2) return true;
    if (m.sentences.some((i) => FURTHER.test(doc.sentences[i].s.text))) return true;
    const done = held.find(
      (o) => o.type === m.type && (!m.host || !o.host || m.host === o.host) && within(m.date, o.date) && peopleAgree(m, o) && peopleAgree(o, m) && named(o) === named(m),
    );
    if (done && headlineOnly(done) && !headlineOnly(m) && m.date === doc.published) {
      superseded.add(done);
      return true;
    }
    return !done;
  });
  return superseded.size ? kept.filter((m) => !superseded.has(m)) : kept;
}

const named = (m: Merged) => m.participants.filter((p) => p.entity).length;
