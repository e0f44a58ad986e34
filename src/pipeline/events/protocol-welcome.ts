// A welcome where a journey ends is an exchange only between heads of state: one who waits at the airport for
// another ("Kim greeted Putin at the airport") marks the visit, but a prime minister or a minister sent to the
// tarmac to receive a president is protocol, not talks, and so is one who receives a peer there ("On arrival at
// Heydar Aliyev International Airport, he was received by Azerbaijan's Prime Minister Ali Asadov", of a prime
// minister): the talks, if any, are told apart.
import type { DocumentView, SentenceView } from '../document.js';
import type { ResolvedMention } from '../resolve/entities.js';
import type { Candidate } from './candidates.js';
import { clauseBounds } from './clause.js';
import { RECEIVES } from './meeting-parts.js';
import type { TriggerHit } from './triggers.js';

/** A welcome at the place of landing: "at the airport", "on the tarmac", "on arrival". */
export const ON_ARRIVAL = /\b(?:at|to)\s+the\s+(?:[\w-]+\s+)?airport\b|\bon\s+the\s+tarmac\b|\b(?:on|upon)\s+(?:(?:his|her|their)\s+)?arrival\b/i;
/** An airport by its name: "at Jomo Kenyatta International Airport", "to Ben Gurion Airport". */
const NAMED_AIRPORT = /\b(?:[Aa]t|[Tt]o)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,5}Airport\b/u;

/** "arrived at the air terminal on Monday night, where he was received by …": the welcome where the journey ended. */
const ARRIVED_WHERE = /\b(?:arriv(?:ed|es|ing)|landed|lands|touched\s+down)\b[^.;]{0,120},\s*where\s+(?:he|she|they)\s+(?:(?:was|were)\s+)?$/i;

/** The cheap gate: a welcome at arrival names one of these words. */
const ARRIVAL_WORD = /airport|tarmac|arriv|landed|lands|touched/i;

/** The trigger's welcome is at the end of the guest's journey. */
export function welcomedOnArrival(doc: DocumentView, s: SentenceView, t: TriggerHit): boolean {
  if (!(RECEIVES.has(t.rule.id) || t.rule.id === 'greeted') || !ARRIVAL_WORD.test(s.s.text)) return false;
  const [lo, hi] = clauseBounds(s, t.start, t.end);
  const clause = doc.text.slice(lo, hi);
  return ON_ARRIVAL.test(clause) || NAMED_AIRPORT.test(clause) || ARRIVED_WHERE.test(doc.text.slice(s.s.start, t.start));
}

/**
 * A welcome at arrival by someone who ranks below every guest ("was welcomed on the tarmac by Prime Minister
 * Sonko", of a president), or level with them below a head of state: protocol, no meeting. The welcomer is after
 * "by" in the passive, the subject otherwise.
 */
export function protocolWelcome(doc: DocumentView, s: SentenceView, t: TriggerHit, c: Candidate, named: ResolvedMention[]): boolean {
  if (c.type !== 'meeting' || !welcomedOnArrival(doc, s, t)) return false;
  const [lo, hi] = clauseBounds(s, t.start, t.end);
  const welcomer =
    t.rule.id === 'received-by'
      ? named.find((p) => p.mention.start >= t.end && p.mention.start < hi)
      : [...named].reverse().find((p) => p.mention.end <= t.start && p.mention.start >= lo);
  const by = welcomer?.entity;
  if (!by) return false;
  const rankOf = (o: { rank: number } | null | undefined) => o?.rank ?? 0;
  const own = rankOf(c.participants.find((p) => p.entity === by)?.office);
  const guests = c.participants.filter((p) => p.entity && p.entity !== by);
  if (!own || !guests.length) return false;
  return guests.every((g) => rankOf(g.office) > 0 && (rankOf(g.office) < own || (rankOf(g.office) === own && own > 1)));
}
