// Wording that names an exchange without telling one: quoted, denied, negated, offered, invited,
// supposed, or someone "called" something rather than phoned.
import type { DocumentView, SentenceView } from '../document.js';
import { NOT_NAME } from '../mentions/people.js';
import type { Clause } from './clause.js';
import { DENIED_AFTER, DENIED_BEFORE, HYPOTHETICAL, NEGATION, NO_PLANS_FOR, OFFER_TO_HOST, REPORT_BEFORE, SAYS_NO_TO } from './lexicon.js';
import { insideQuote } from './speakers.js';
import type { TriggerHit } from './triggers.js';

/** The trigger names an exchange that its sentence does not tell as happening or planned. */
export function tellsNoExchange(doc: DocumentView, s: SentenceView, t: TriggerHit, all: TriggerHit[], k: Clause): boolean {
  const { left, right, sentLeft } = k;
  // Quoted speech: "“Hope this meeting can help …”" points at an exchange, it does not tell one.
  if (insideQuote(sentLeft) && t.rule.nominal && /\b(?:this|that|the|these)\s+(?:\w+\s+){0,2}$/i.test(sentLeft)) return true;
  if (t.rule.id === 'spoke-with' && all.some((o) => o !== t && o.rule.type !== 'phone_call' && o.rule.type !== 'visit')) return true;
  if ((NEGATION.test(left) && !SAYS_NO_TO.test(left)) || NO_PLANS_FOR.test(left)) return true;
  // "Turkey was ready to host talks", "offered to host a summit": an offer, no exchange planned yet.
  const offersToHost = /^(?:host|hosting)$/i.test(doc.text.slice(t.start, t.end)) && /\b(?:ready|willing|prepared|offer\w*|propos\w*)\s+to\s+$/i.test(sentLeft);
  if (t.rule.type === 'meeting' && (OFFER_TO_HOST.test(sentLeft) || offersToHost)) return true;
  // A denied report tells no exchange: "denied reports that X would travel", "reports that X met Y were denied".
  if (DENIED_BEFORE.test(sentLeft) || (REPORT_BEFORE.test(sentLeft) && DENIED_AFTER.test(doc.text.slice(t.end, s.s.end)))) return true;
  // "… met Hayashi on the sidelines of the visit": the visit framed is one told before, not a new trip.
  if (t.rule.type === 'visit' && SIDELINES_OF_THE.test(left) && !/^\s+(?:to|in)\s+\p{Lu}/u.test(right)) return true;
  if (unknownCounterpart(doc, s, t)) return true;
  if (meetsNoOfficial(doc, s, t, k)) return true;
  // "Araghchi invited his Lebanese counterpart to visit Tehran": an invitation is an offer, not yet a
  // plan of both sides (one accepted, or declined, is told as such).
  // ("… invited Putin to pay a visit to China in November. "The invitation was accepted with gratitude"": accepted
  // right after, it is a plan.)
  // ("Merz had invited Li in a letter to hold talks": talks an invitation offers are no more planned than a visit.)
  if ((t.rule.type === 'visit' || t.rule.type === 'meeting') && INVITED_TO.test(left) && !/\b(?:accept\w*|agreed|declin\w*|refus\w*|reject\w*|turn\w*\s+down)\b/i.test(left) && !ACCEPTED_NEXT.test(doc.text.slice(s.s.end, s.s.end + 160)))
    return true;
  // "remains open to talks", "offered him only a meeting with": a willingness or an offer, no exchange yet.
  if (t.rule.type === 'meeting' && t.rule.nominal && OPEN_TO.test(left)) return true;
  // "has demanded that Germany pay reparations, a call Berlin rejects": the noun sums up a demand, no phone call.
  if ((t.rule.id === 'call-noun' || t.rule.id === 'called') && DEMAND_SUMMED.test(sentLeft)) return true;
  if (t.rule.id === 'called') {
    const callee = s.people.find((p) => p.mention.start >= t.end && p.mention.start <= t.end + 60);
    if (callee && !AFTER_CALLEE.test(doc.text.slice(callee.mention.end, s.s.end))) return true;
  }
  // Only the last words can hold it ("if" or "whether" and at most 60 characters after): the pattern
  // run over a long clause tried every position of it. One character more keeps \b at the start exact.
  if (HYPOTHETICAL.test(left.length > 68 ? left.slice(-68) : left)) return true;
  return false;
}

/** The invitation accepted in the words right after its sentence. */
const ACCEPTED_NEXT = /^[^.!?]*?[.!?]?\s*["“]?[^.!?]{0,40}?\b(?:(?:the|this|that)\s+invitation\s+(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?accepted|accepted\s+the\s+invitation)\b/i;

/** "on the sidelines of the visit": a visit told before, framing another exchange. */
const SIDELINES_OF_THE = /\b(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * "… for meeting Ricardo Alvarenga, an opposition figure": the one met is a person the text names but who holds no
 * office we know of, so the officials elsewhere in the sentence are not the sides of this meeting.
 */
function unknownCounterpart(doc: DocumentView, s: SentenceView, t: TriggerHit): boolean {
  if (t.rule.type !== 'meeting' || !/^(?:met|meet|meets|meeting|hosted|hosts|received|receives)$/i.test(doc.text.slice(t.start, t.end).trim())) return false;
  const m = OBJECT_NAME.exec(doc.text.slice(t.end, Math.min(s.s.end, t.end + 80)));
  if (!m || NOT_NAME.has(m[1].toLowerCase())) return false;
  const at = t.end + m[0].length - m[1].length - m[2].length;
  const runEnd = t.end + m[0].length;
  // Any person, place or country inside the run ("State Councilor Wang Yi") makes it no unknown name.
  const covered = (a: { start: number; end: number }) => a.start < runEnd && at < a.end;
  return !s.people.some((p) => covered(p.mention)) && !s.places.some(covered) && !s.countries.some(covered);
}

/**
 * "to meet business leaders before flying to Islamabad for talks with Musharraf", "met students": a verb
 * whose object is a plural common noun, with no one named in its clause, meets no official — nor is it
 * another mention of the talks told beside it.
 */
function meetsNoOfficial(doc: DocumentView, s: SentenceView, t: TriggerHit, k: Clause): boolean {
  if (t.rule.type !== 'meeting' || !/^(?:met|meet|meets|meeting)$/i.test(doc.text.slice(t.start, t.end))) return false;
  const m = COMMON_OBJECT.exec(k.right);
  if (!m || NOT_OBJECT.test(m[1])) return false;
  const after = (a: { start: number }) => a.start >= t.end && a.start < k.hi;
  return !s.people.some((p) => after(p.mention)) && !s.countries.some(after);
}

/** Up to three lower-case words ending in a plural right after the verb: "business leaders", "members of parliament" is not one. */
const COMMON_OBJECT = /^\s+(?:with\s+)?((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\b(?!\s+of\b|['’])/;
/** Words that open no object: prepositions, adverbs, determiners, pronouns ("met on Tuesday", "met twice", "meet his counterparts"). */
const NOT_OBJECT = /^(?:on|in|at|for|to|behind|after|before|during|over|via|by|without|within|across|as|this|these|those|his|her|their|its|our|the|a|an|both|all|each|again|also|always|briefly|privately|separately|regularly|twice|is|was|has|are|were|will|would|can|could)\b|\bcounterparts$|ly\b/;

/** A capitalised two-or-more-word name right after a verb ("met Ricardo Alvarenga"). */
const OBJECT_NAME = /^[ \t\n]+(?:with[ \t\n]+)?(\p{Lu}[\p{L}'’-]+)((?:[ \t\n]+\p{Lu}[\p{L}'’-]+)+)/u;

/** "invited his counterpart to visit", "invites Lula to", "invited Li to hold talks": an offer made. */
const INVITED_TO = /\binvit(?:ed|es|ing)\s+(?:[\w.'’-]+\s+){0,10}?to\s+(?:make\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}|pay\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}|hold\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2})?$/i;

/** "open to talks", "willing to hold talks", "offered him only a meeting": right before the noun. */
const OPEN_TO = /\b(?:(?:open|ready|willing)\s+(?:to|for)\s+(?:hold\s+|have\s+)?|offer(?:s|ed|ing)?\s+(?:[\w.'’-]+\s+){0,5}?(?:only\s+)?(?:an?\s+)?)(?:new\s+|further\s+|direct\s+|fresh\s+)?$/i;

/** A demand, then a comma and the noun that sums it up ("…, a call Berlin rejects"). */
const DEMAND_SUMMED = /\b(?:demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?|insist(?:s|ed|ing)?)\b[^;.]*,\s*(?:(?:a|an|the|that|this)\s+(?:[\w-]+\s+){0,2})?$/i;

/** "called Zelensky illegitimate", "called Trump a liar": naming someone, not phoning. Words that may follow a callee who was phoned. */
const AFTER_CALLEE = /^[\s,]*(?:$|[^a-z\s]|(?:on|to|for|about|and|after|before|last|yesterday|today|tonight|this|late|early|over|in|at|from|shortly|twice|again|with|by|during|amid|as|when|while|following|ahead|earlier|later|since|overnight|said|says|told|the\s+\w+\s+said|according)\b)/;
