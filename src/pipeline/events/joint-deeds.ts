// "Modi visited Colombo in April last year, when he and Dissanayake signed a defence memorandum": what the traveller
// and one of the host's people did together on the journey ("he and X signed", "agreed", "witnessed the signing")
// tells that the two met there, then.
import type { DocumentView, SentenceView } from '../document.js';
import type { Candidate } from './candidates.js';
import { sideOf } from './sides.js';
import type { TriggerHit } from './triggers.js';
import { copyCandidate } from './new-candidate.js';

/** After the journey's clause, up to the one who acted with the traveller: ", when he and ". */
const WHEN_HE_AND = /^[^;:]*?,\s+when\s+(?:he|she)\s+and\s+$/i;
/** Right after that one (and a "Jr." the name may not hold): a deed done together, in person. */
const TOGETHER = /^\.?(?:,?\s+(?:Jr|Sr)\.?)?\s+(?:jointly\s+)?(?:signed|agreed|witnessed|launched|inaugurated|unveiled|opened|co-chaired|issued|laid)\b/i;

export function jointDeedMeetings(doc: DocumentView, s: SentenceView, t: TriggerHit, c: Candidate): Candidate[] {
  if (c.type !== 'visit' || !c.host || !t.rule.travel || !/\bwhen\b/i.test(s.s.text)) return [];
  const traveller = c.travellers.find((x) => x.entity);
  if (!traveller) return [];
  const other = s.people.find(
    (p) =>
      p.entity &&
      p.mention.start > t.end &&
      p.entity.country === c.host &&
      WHEN_HE_AND.test(doc.text.slice(t.end, p.mention.start)) &&
      TOGETHER.test(doc.text.slice(p.mention.end, p.mention.end + 30)),
  );
  if (!other) return [];
  return [
    copyCandidate(c, {
      type: 'meeting',
      participants: [traveller, sideOf(other)],
      travellers: [],
      anaphoric: false,
      trace: [...c.trace, `"when he and ${other.entity!.name}" did something together on the journey: they met`],
    }),
  ];
}
