// Triggers → candidate events, one sentence at a time: the type from the trigger, the status from
// the words that govern it, the people from the sentence (travellers apart from hosts), the place,
// and the date. Candidates are merged and filtered by the refine stage.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { OfficeDef } from '../../knowledge/types.js';
import type { Certainty, EventStatus, EventType } from '../../types.js';
import type { DocumentView, PlaceMention, SentenceView } from '../document.js';
import type { DateMention } from '../mentions/dates.js';
import type { Entity, ResolvedMention } from '../resolve/entities.js';
import { NOT_NAME } from '../mentions/people.js';
import { literalFilter, type Grams } from '../text/literal-filter.js';
import {
  CLAUSE_BREAK,
  DENIED_AFTER,
  DENIED_BEFORE,
  HYPOTHETICAL,
  NEGATION,
  NO_PLANS_FOR,
  OFFER_TO_HOST,
  REPORT_BEFORE,
  SPEAKER_AFTER,
  SPEAKER_BEFORE,
  STATUS_CUES,
  SUPERLATIVE_TO,
  SUPPOSED_PAST,
  TRIGGERS,
  UNCONFIRMED,
  type TriggerRule,
} from './lexicon.js';
import { sortSmall } from '../sort-small.js';

export interface Side {
  entity: Entity | null;
  /** Written as former or late: a party only to what happened while in office (refine/in-office-then). */
  former?: boolean;
  /** Unnamed sides ("the Indian delegation") carry only a country. */
  country: string | null;
  office: OfficeDef | null;
  officeText: string | null;
}

export interface Candidate {
  type: EventType;
  status: EventStatus;
  certainty: Certainty;
  participants: Side[];
  /** For visits: who travelled (a subset of participants). */
  travellers: Side[];
  host: string | null;
  place: PlaceMention | null;
  date: string | null;
  endDate: string | null;
  /** How the date was found: 'sentence', 'lead', 'heading', 'default', 'recalled' ("since 2023, when …"). */
  dateFrom: string;
  /** The date was found without a written year and may be moved by tense. */
  sentence: number;
  triggerStart: number;
  triggerEnd: number;
  heading: boolean;
  /** "the talks", "his visit": refers back rather than tells a new exchange. */
  anaphoric: boolean;
  /** The wording leaves the medium open ("spoke with"). */
  vagueType?: boolean;
  /** One exchange among all it names ("a video conference with A, B and C"): never split per counterpart. */
  conference?: boolean;
  /**
   * Told as background of an undated past: "Previously, X had sent …" ('previously'), or "his first
   * trip abroad as head of state" ('ordinal', an exchange known by its place in a series, not by the news).
   */
  background?: 'previously' | 'ordinal';
  /** Told by a noun ("the handshake", "talks"), not a verb ("hosted"): only a noun can tell more of an exchange without naming anyone. */
  noun?: boolean;
  /** A plan told as no longer current: "had been due to meet" (refine/merge keeps it apart from plans of now). */
  superseded?: boolean;
  /** Prepared or discussed by the sentence's subject ("to prepare the visit"): never an exchange its own sentence tells. */
  prepared?: boolean;
  /** "on the sidelines of the visit", "during the trip": held during a visit told before (refine/default-dates). */
  duringVisit?: boolean;
  /** "on the sidelines of the summit": held at a gathering told before, named by this noun (refine/default-dates). */
  atGathering?: string;
  trace: string[];
  negotiation: boolean;
}

interface TriggerHit {
  rule: TriggerRule;
  start: number;
  end: number;
}

/**
 * Each trigger rule's required literals ("phone", "visit", "talks"): a rule whose literals a
 * sentence lacks cannot match it, so most rules are never run on most sentences.
 */
const QUICK = TRIGGERS.map((r) => literalFilter(r.re));
const STATUS_QUICK = STATUS_CUES.map((c) => literalFilter(c.re));

export function findTriggers(s: SentenceView): TriggerHit[] {
  const grams = s.grams;
  const hits: TriggerHit[] = [];
  for (let i = 0; i < TRIGGERS.length; i++) {
    if (!QUICK[i](grams)) continue;
    const rule = TRIGGERS[i];
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(s.s.text))) {
      const at = rule.span ? m.indices?.[rule.span] : undefined;
      const start = s.s.start + (at ? at[0] : m.index);
      const end = at ? s.s.start + at[1] : start + m[0].length;
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({ rule, start, end });
    }
  }
  return sortSmall(hits, (a, b) => a.start - b.start);
}

/** The clause around a trigger: from the last clause break before it to the first after it. */
export function clauseBounds(s: SentenceView, at: number, end: number): [number, number] {
  const text = s.s.text;
  const rel = at - s.s.start;
  const relEnd = end - s.s.start;
  let lo = 0;
  let hi = text.length;
  const breaks = clauseBreaks(s);
  for (let i = 0; i < breaks.length; i += 2) {
    if (breaks[i + 1] <= rel) lo = breaks[i + 1];
    else if (breaks[i] >= relEnd) {
      hi = breaks[i];
      break;
    }
  }
  return [s.s.start + lo, s.s.start + hi];
}

const breaksOf = new WeakMap<SentenceView, number[]>();

/** A sentence's clause breaks as start, end pairs: found once, read for each of its triggers and offsets. */
function clauseBreaks(s: SentenceView): number[] {
  let breaks = breaksOf.get(s);
  if (!breaks) {
    breaks = [];
    CLAUSE_BREAK.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CLAUSE_BREAK.exec(s.s.text))) breaks.push(m.index, m.index + m[0].length);
    breaksOf.set(s, breaks);
  }
  return breaks;
}

function statusOf(left: string, right: string, grams: Grams): { status: EventStatus; certainty: Certainty; reason: string } {
  let found: { status: EventStatus; certainty: Certainty; reason: string } | null = null;
  for (let i = 0; i < STATUS_CUES.length; i++) {
    const cue = STATUS_CUES[i];
    if (STATUS_QUICK[i](grams) && cue.re.test(left)) {
      if (!found) found = { status: cue.status, certainty: cue.possible ? 'possible' : 'stated', reason: cue.reason };
      else if (cue.possible) found.certainty = 'possible';
    }
  }
  // "Orban had invited Xi during their meeting": a meeting that frames a past act took place; only a
  // future in its own clause ("will sign … during their meeting") makes it a plan.
  if (found?.status === 'planned' && FRAMED.test(left) && !FUTURE.test(left)) found = null;
  // Predicates after the noun: "the visit of X to Y was postponed", "talks are scheduled for".
  const predicate = /\b(?:was|were|has been|have been|had been|is|are|will be|would be|got)\s+(?:\w+\s+)?(postpon\w*|cancel\w*|called off|scrapped|delayed|reschedul\w*|put off|put on hold|placed on hold|shelved|scheduled|planned|expected|set)\b/i.exec(right);
  // "spoke by phone with X last month …, and is expected to host …": a predicate joined by "and" is the
  // subject's next one, not what befell the exchange.
  const after = (predicate && !/\band\s+$/i.test(right.slice(0, predicate.index)) ? predicate : null) ?? /^\s*(?:\w+\s+){0,2}(on hold)\b/i.exec(right);
  // "A planned trip … was postponed": what befell the plan beats the plan.
  const undoes = !!after && /postpon|delay|reschedul|put off|on hold|cancel|called off|scrap|shelv/i.test(after[1]);
  if (after && (!found || (undoes && found.status === 'planned'))) {
    const w = after[1].toLowerCase();
    const status: EventStatus = /postpon|delay|reschedul|put off|on hold/.test(w)
      ? 'postponed'
      : /cancel|called off|scrap|shelv/.test(w)
        ? 'cancelled'
        : 'planned';
    found = { status, certainty: 'stated', reason: `${w} after the noun` };
  }
  // "Those meetings will not take place", "the visit did not go ahead": the exchange told before is off.
  if (!found && NOT_HAPPENING.test(right)) found = { status: 'cancelled', certainty: 'stated', reason: 'will not take place, after the noun' };
  // "The visit … could take place as early as June", "the talks will be held in Riyadh": the exchange
  // is the subject of a future or possible happening.
  const happens = /\b(will|would|could|may|might|is to|are to|is due to|are due to|is expected to|are expected to|is likely to|are likely to)\s+(?:now\s+|still\s+|also\s+|only\s+)?(?:take place|happen|go ahead|be held|occur)\b/i.exec(right);
  if (happens && !found) {
    const possible = /^(?:could|may|might)$/i.test(happens[1]);
    found = { status: 'planned', certainty: possible ? 'possible' : 'stated', reason: `${happens[0].toLowerCase()} after the noun` };
  }
  // "Blinken heads to China next week": a time still ahead, told right after the verb.
  if (!found && FUTURE_AFTER.test(right)) found = { status: 'planned', certainty: 'stated', reason: 'a time ahead after the verb' };
  return found ?? { status: 'occurred', certainty: 'stated', reason: 'no status cue: occurred' };
}

/** Right after the noun: "will not take place", "won't go ahead", "did not happen". */
const NOT_HAPPENING = /^\s*(?:[\w'’-]+\s+){0,2}?(?:(?:will|would|did|does|do|could|can)\s+(?:now\s+)?not|won['’]t|didn['’]t|wouldn['’]t|can(?:no|['’])t|couldn['’]t)\s+(?:now\s+|still\s+)?(?:take\s+place|go\s+ahead|happen|be\s+held|occur)\b/i;

/** "on the sidelines of the visit": a visit told before, framing another exchange. */
const SIDELINES_OF_THE = /\b(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$/i;
/** An exchange held during a visit the text told before, named only by "the". */
const DURING_THE_VISIT = /\b(?:(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of|during|in\s+the\s+course\s+of)\s+the\s+(?:[\w-]+\s+)?(?:visit|trip|stay)\b(?!\s+(?:to|of|by)\b)/i;

/** "on the sidelines of the summit" with no place of its own: a gathering told before. */
const AT_THE_GATHERING = /\b(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of\s+the\s+(summit|meeting|conference|forum|assembly|gathering)\b(?!\s+(?:in|of|at)\b)/i;

/**
 * "held talks before the signing ceremony", "met him briefly at the inauguration": an occasion of one day
 * named by "the", told before, on whose day the exchange falls.
 */
const AROUND_THE_OCCASION = /\b(?:before|after|ahead\s+of|following|during|at)\s+the\s+(?:[\w-]+\s+)?(signing|ceremony|inauguration|swearing-in|banquet|funeral|coronation)\b(?!\s+(?:in|of|at)\b)/i;

/** The gathering or one-day occasion a sentence names by "the", if any (refine/default-dates dates it). */
function gatheringOf(text: string): string | undefined {
  const at = AT_THE_GATHERING.exec(text) ?? AROUND_THE_OCCASION.exec(text);
  if (at) return at[1].toLowerCase();
  // "On that occasion, I intend to hold bilateral meetings": the occasion the sentence before told.
  return ON_THAT_OCCASION.test(text) ? 'occasion' : undefined;
}

const ON_THAT_OCCASION = /\b(?:on|at)\s+(?:that|this|the\s+same)\s+occasion\b/i;

const FUTURE_AFTER = /^\s*(?:[\w'’.-]+\s+){0,4}?(?:next\s+(?:week|month|year)|tomorrow|later\s+this\s+(?:week|month|year))\b/i;

/** A noun phrase of an exchange that frames something else: "during their meeting", "on the sidelines of the talks". */
const FRAMED = /\b(?:during|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of|at)\s+(?:the|their|his|her|its|a|an)\s+(?:[\w-]+\s+){0,2}$/i;
const FUTURE = /\b(?:will|shall|would|is\s+to|are\s+to|expect\w*|plan(?:s|ned|ning)?|scheduled|set\s+to|due\s+to|upcoming|forthcoming|next|hop(?:e|es|ed|ing)\s+to|likely\s+to)\b|['’]ll\b/i;

/** "a meeting of foreign and defence ministers", "talks between their envoys": sides named by office, in the plural. */
const OF_OTHERS = /^\s*["”’']?\s*(?:of|between|among)\s+(?:the\s+|their\s+|both\s+)?(?:(?:two|countries['’]|nations['’]|sides['’]|[\w-]+,?)\s+){0,4}?(?:ministers|officials|envoys|negotiators|delegations|diplomats|aides|advisers|advisors|experts|secretaries|commanders|chiefs)\b/i;

/** "an offer from X to", "a proposal by X to": what follows is offered by X. */
const OFFER_FROM = /\b(?:offer|invitation|proposal|request|suggestion)s?\s+(?:by|from)\s+(?:[\w.'’-]+\s+){1,6}?to\s+$/i;

/** "hosted G20 foreign ministers", "received the visiting delegations": guests named only by office, in the plural. */
const GUESTS_BY_OFFICE = /^\s*(?:the\s+|a\s+)?(?:(?!and\b)[\w-]+\s+){0,3}?(?:ministers|officials|leaders|envoys|delegations|delegates|diplomats|heads\s+of\s+(?:state|government))\b/i;

/** "had been due to hold meetings": a plan told in the pluperfect, no longer current. */
const HAD_BEEN_DUE = /\bhad\s+been\s+(?:due|expected|scheduled|set|planning|supposed)\s+to\s+(?:[\w-]+\s+){0,3}$/i;

const WITNESS = /\b(?:in\s+the\s+presence\s+of|witnessed\s+by|mediated\s+by|brokered\s+by|(?:with|through)\s+the\s+mediation\s+of)\s+(?:[\w.'’-]+\s+){0,4}$/i;

const FOLLOWS = /^\s+(?:follow(?:s|ed)?|c(?:a|o)me\s+after|comes\s+after|coincided?\s+with|coincides\s+with)\b/i;

/** "… and agreed to meet": a later exchange the first one set up. */
const AGREED_TO = /\b(?:and|but)\s+(?:\w+\s+){0,2}(?:agreed|decided|pledged|promised|vowed|planned|hoped|invited|asked)\b/i;

/** "told Putin in a phone call", "said during their meeting": a speech act made in the exchange that follows (not "said that during a visit …", which reports). */
const SAID_IN = /^\s*(?:\w+\s+)?(?:said|says|told|tells|stressed|stated|noted|added|warned|urged|assured)\b(?:(?!\bthat\b)[^.;]){0,80}?\b(?:in|during|over)\s+(?:a|an|the|their|his|her)?\s*(?:[\w-]+\s+){0,2}$/i;

/** "… said he had …": the pronoun right after the speech verb is the speaker. */
const SAID_HE = /^\s*(?:\w+\s+)?(?:said|says|told\s+\w+|added|stated|noted)\s+(?:that\s+)?(?:he|she)\s+(?:had\s+|has\s+)?(?:also\s+)?[^.;]*$/i;
const LEADERS_SUBJ = /\b(?:the\s+two|both)\s+(?:leaders|presidents|heads\s+of\s+(?:state|government))\b/i;
const PRONOUN_SUBJ = /\b(?:he|she|his|her)\b/i;
const PLURAL_SUBJ = /\b(?:they|the two|the pair|both(?: sides| leaders| men| ministers| presidents)?|the (?:two|three) (?:leaders|ministers|presidents|sides|men|officials|diplomats))\b/i;
/** "both Tehran and Washington": "both" opening a coordination is no pronoun. */
const BOTH_AND = /^\s+[\w.'’-]+(?:\s+[\w.'’-]+)?\s+and\b/i;

function pluralSubject(left: string): boolean {
  const m = PLURAL_SUBJ.exec(left);
  return !!m && !(/^both$/i.test(m[0]) && BOTH_AND.test(left.slice(m.index + m[0].length)));
}
/** "The two sides will meet again": the pair whose meeting the story told first, not the last pair named. */
const AGAIN = /\b(?:meet|talk|convene|gather)\w*\s+again\b|\breconvene\b/i;

function isSpeaker(doc: DocumentView, s: SentenceView, r: ResolvedMention): boolean {
  const after = doc.text.slice(r.mention.end, Math.min(s.s.end, r.mention.end + 80));
  const before = doc.text.slice(Math.max(s.s.start, r.mention.start - 30), r.mention.start);
  // "A Kremlin spokesman, Dmitry Peskov, said Putin and Xi would meet": the comma closes the speaker's
  // apposition, so he speaks, and the one after "said" is the reported clause's subject.
  const apposition = (at: number) => s.people.some((o) => o !== r && o.mention.end === at);
  const comma = /,\s*(?:said|says)\s+(?:the\s+)?$/.exec(before);
  if (comma && apposition(r.mention.start - before.length + comma.index)) return false;
  return SPEAKER_AFTER.test(after) || (/^\s*,\s*(?:said|says|told|added)\b/i.test(after) && /,\s*$/.test(doc.text.slice(Math.max(s.s.start, r.mention.nameStart - 3), r.mention.nameStart))) || SPEAKER_BEFORE.test(before);
}

/** "under Biden’s administration", "Raimondo’s office": a person named only to qualify something else. */
export function isQualifier(doc: DocumentView, r: ResolvedMention): boolean {
  const after = doc.text.slice(r.mention.end, r.mention.end + 40);
  const before = doc.text.slice(Math.max(0, r.mention.start - 12), r.mention.start);
  return (
    /^['’]s?\s+(?:administration|government|office|spokes\w+|aides?|ministry|camp|party|cabinet|team|predecessor|successor|wife|husband|son|daughter|brother|sister|father|mother|widow|family|brother|election|inauguration|death|funeral|legacy|regime|era|rule|presidency|policies|policy|remarks|comments|statement|speech|letter|visa)\b/i.test(
      after,
    ) ||
    /^\s+(?:took|takes|had taken|assumed) office|^\s+(?:became|become|was elected|was inaugurated|was sworn in|came to power)\b/i.test(after) ||
    /\b(?:under|since)\s*$/i.test(before) ||
    SERVES.test(doc.text.slice(Math.max(0, r.mention.start - 30), r.mention.start)) ||
    isFormer(doc, r)
  );
}

/** "a senior adviser to the president of the UAE": the one served is named only to say whose the adviser is. */
const SERVES = /\b(?:advis[eo]rs?|aides?|envoys?|spokes(?:man|woman|person)|representatives?|counsell?ors?|chief\s+of\s+staff)\s+to\s+(?:the\s+)?$/i;

/** "the late Shinzo Abe", "former presidents Lagos and Kirchner": out of office when the text was written. */
export function isFormer(doc: DocumentView, r: ResolvedMention): boolean {
  return r.mention.former || /\b(?:late|former|ex-)\s*$/i.test(doc.text.slice(Math.max(0, r.mention.start - 12), r.mention.start));
}

/** A qualifier for a reason other than being out of office now. */
function qualifiesOnly(doc: DocumentView, r: ResolvedMention): boolean {
  return isQualifier(doc, r) && !isFormer(doc, r);
}

function sideOf(r: ResolvedMention): Side {
  return {
    entity: r.entity,
    former: r.mention.former || undefined,
    country: r.entity?.country ?? r.mention.country,
    office: r.mention.office ?? r.entity?.office ?? null,
    officeText: r.mention.officeText ?? r.entity?.officeText ?? null,
  };
}

export function buildCandidates(doc: DocumentView, kb: KnowledgeIndex): Candidate[] {
  const out: Candidate[] = [];
  let lastSubject: ResolvedMention | null = null;
  let lastGroup: Side[] = [];
  // "The two leaders": the last pair of heads of state or government, past any ministers told since.
  let leaderGroup: Side[] = [];
  // The pair of the first exchange that happened: whom "the two sides will meet again" means.
  let storyGroup: Side[] = [];
  doc.sentences.forEach((s, si) => {
    // "ASEAN talks", "a NATO meeting": an organisation's gathering, whose sides are not the people around it
    // (nor is it a rival for their exchange's date).
    // A question asks, it tells no exchange ("Will you meet him?"); read only where a trigger stands.
    let triggers = findTriggers(s);
    if (triggers.length) triggers = QUESTION.test(s.s.text) ? [] : triggers.filter((t) => !orgGathering(doc, s, t));
    const group =
      triggers.length && leaderGroup.length && LEADERS_SUBJ.test(s.s.text)
        ? leaderGroup
        : triggers.length && storyGroup.length && AGAIN.test(s.s.text)
          ? storyGroup
          : lastGroup;
    // A former official stays for now: whether they were in office on the exchange's date is known
    // only once it is dated.
    const named = s.people.filter((p) => p.entity && !qualifiesOnly(doc, p));
    for (const p of named) if (isFormer(doc, p)) p.mention.former = true;
    for (const t of triggers) {
      const c = candidateFor(doc, kb, s, si, t, triggers, named, lastSubject, group);
      if (!c) continue;
      if (t.rule.id === 'deliver-to') out.push(...deliveryParts(doc, s, t, c, named));
      else out.push(c);
      out.push(...arrivalVisits(doc, s, t, c));
    }
    // Discourse memory for "he", "she", "they", "the two".
    const subj = named.find((p) => !isSpeaker(doc, s, p)) ?? named[0];
    if (subj) lastSubject = subj;
    const told = out.filter((c) => c.sentence === si && c.participants.filter((p) => p.entity).length >= 2).pop();
    if (told) lastGroup = told.participants;
    else if (named.length >= 2) lastGroup = named.map(sideOf);
    if ((told || named.length >= 2) && lastGroup.every((p) => !p.entity || (p.office?.rank ?? 9) <= 2)) leaderGroup = lastGroup;
    if (!storyGroup.length && told && told.status === 'occurred' && told.type !== 'visit') {
      const sides = told.participants.filter((p) => p.entity);
      if (new Set(sides.map((p) => p.country)).size >= 2) storyGroup = sides;
    }
  });
  return out;
}

function candidateFor(
  doc: DocumentView,
  kb: KnowledgeIndex,
  s: SentenceView,
  si: number,
  t: TriggerHit,
  all: TriggerHit[],
  named: ResolvedMention[],
  lastSubject: ResolvedMention | null,
  lastGroup: Side[],
): Candidate | null {
  const trace = [`trigger ${t.rule.id}: ${t.rule.reason}`];
  const [opens, closes] = clauseBounds(s, t.start, t.end);
  // "X, who accompanied Y, also met Z": the relative clause is closed by its comma; the trigger's clause
  // goes on after it and its subject is X, before "who". A trigger inside such a clause ("X, who
  // arrived on Wednesday, met …") has the clause to that comma.
  const rel = closedRelative(doc.text, opens, t.start);
  const lo = rel ? rel.resume : opens;
  const relComma = !rel && RELATIVE_OPEN.test(doc.text.slice(Math.max(0, opens - 12), opens)) ? doc.text.slice(t.end, closes).indexOf(',') : -1;
  const hi = relComma === -1 ? closes : t.end + relComma;
  const left = doc.text.slice(lo, t.start);
  const right = doc.text.slice(t.end, hi);
  const sentLeft = doc.text.slice(s.s.start, t.start);
  // Quoted speech: "“Hope this meeting can help …”" points at an exchange, it does not tell one.
  if (insideQuote(sentLeft) && t.rule.nominal && /\b(?:this|that|the|these)\s+(?:\w+\s+){0,2}$/i.test(sentLeft)) return null;
  if (t.rule.id === 'spoke-with' && all.some((o) => o !== t && o.rule.type !== 'phone_call' && o.rule.type !== 'visit')) return null;
  if (NEGATION.test(left) || NO_PLANS_FOR.test(left)) return null;
  // "Turkey was ready to host talks", "offered to host a summit": an offer, no exchange planned yet.
  const offersToHost = /^(?:host|hosting)$/i.test(doc.text.slice(t.start, t.end)) && /\b(?:ready|willing|prepared|offer\w*|propos\w*)\s+to\s+$/i.test(sentLeft);
  if (t.rule.type === 'meeting' && (OFFER_TO_HOST.test(sentLeft) || offersToHost)) return null;
  // A denied report tells no exchange: "denied reports that X would travel", "reports that X met Y were denied".
  if (DENIED_BEFORE.test(sentLeft) || (REPORT_BEFORE.test(sentLeft) && DENIED_AFTER.test(doc.text.slice(t.end, s.s.end)))) return null;
  // "… met Hayashi on the sidelines of the visit": the visit framed is one told before, not a new trip.
  if (t.rule.type === 'visit' && SIDELINES_OF_THE.test(left) && !/^\s+(?:to|in)\s+\p{Lu}/u.test(right)) return null;
  if (unknownCounterpart(doc, s, t)) return null;
  // "Araghchi invited his Lebanese counterpart to visit Tehran": an invitation is an offer, not yet a
  // plan of both sides (one accepted, or declined, is told as such).
  if (t.rule.type === 'visit' && INVITED_TO.test(left) && !/\b(?:accept\w*|agreed|declin\w*|refus\w*|reject\w*|turn\w*\s+down)\b/i.test(left)) return null;
  if (t.rule.id === 'called') {
    const callee = s.people.find((p) => p.mention.start >= t.end && p.mention.start <= t.end + 60);
    if (callee && !AFTER_CALLEE.test(doc.text.slice(callee.mention.end, s.s.end))) return null;
  }
  // Only the last words can hold it ("if" or "whether" and at most 60 characters after): the pattern
  // run over a long clause tried every position of it. One character more keeps \b at the start exact.
  if (HYPOTHETICAL.test(left.length > 68 ? left.slice(-68) : left)) return null;
  let { status, certainty, reason } = statusOf(left, right, s.grams);
  let type = t.rule.type;
  const trig = doc.text.slice(t.start, t.end);
  // "At the invitation of President X, President Y arrived …": a finite past-tense verb tells what
  // happened, whatever plan or invitation stands earlier in the clause.
  if (
    status === 'planned' &&
    /^(?:arrived|visited|met|held|travell?ed|flew|landed|received|hosted|greeted|phoned|telephoned|shook)\b/i.test(trig) &&
    !/\b(?:will|would|could|may|might|to|had|has|have|was|were|be|been)\s+(?:\w+\s+)?$/i.test(left)
  ) {
    status = 'occurred';
    certainty = 'stated';
    reason = 'a finite past-tense verb';
  }
  // "may have secretly met": a past supposed, not a plan; "according to unconfirmed reports": not vouched for.
  if (SUPPOSED_PAST.test(left) && /(?:ed|met|held|spoke|spoken|had|made|paid|flown|flew|gone|went)$/i.test(trig.split(/\s/)[0])) {
    status = 'occurred';
    certainty = 'possible';
    reason = 'a supposed past ("may have …")';
  } else if (status === 'occurred' && UNCONFIRMED.test(sentLeft)) {
    certainty = 'possible';
    reason = 'an unconfirmed report';
  }
  // "Albanese heads to Beijing": a headline's journey setting out is not yet the visit its body tells.
  if (status === 'occurred' && s.info.headline && /^head(?:s|ing)\b/i.test(trig)) {
    status = 'planned';
    reason = 'a headline journey setting out';
  }
  // "is due in Ankara on Thursday": the journey lies ahead ("was due in" too, as far as the text tells).
  if (t.rule.id === 'due-in' && status === 'occurred') {
    status = 'planned';
    reason = 'due in a place: a journey ahead';
  }
  // "Trump is also meeting Xi", "leaders to hold first meeting": a progressive or a bare infinitive
  // announces; after a past journey ("flew to Beijing to meet") the purpose was carried out.
  if (status === 'occurred') {
    // "Mudavadi, who is visiting Japan": a relative clause's present progressive tells a stay under way
    // (one still ahead carries its time: "who is visiting China next week" is planned by then).
    const underWay = /\b(?:who|which)\s+(?:is|are)\s+(?:also\s+|now\s+|currently\s+)?$/i.test(sentLeft);
    const progressive = /ing\b/i.test(trig) && /\b(?:is|are|will be)\s+(?:also\s+|now\s+|currently\s+)?$/i.test(left) && !underWay;
    // "Xi to visit Serbia, Hungary on first Europe trip": a noun that frames an intended journey is it.
    const framesIntended = !!t.rule.nominal && /\bto\s+(?:hold|have|meet|visit|travel|make|pay)\b[^.;:]{0,60}\b(?:on|during|as\s+part\s+of)\s+(?:[\w-]+\s+){0,3}$/i.test(left);
    const infinitive =
      (framesIntended || /\bto\s+(?:hold|have|meet|visit|travel|make)\s+(?:\w+\s+){0,3}$|\bto\s+$/i.test(left)) &&
      !/\b(?:went|travell?ed|flew|arrived|came|visited|headed|left|met|accompan\w+|joined)\b/i.test(left);
    if (progressive || (infinitive && !SUPERLATIVE_TO.test(sentLeft))) {
      status = 'planned';
      reason = progressive ? 'present progressive: arranged' : 'infinitive: intended';
    }
  }
  // "Lula will travel on Tuesday to Valparaíso … before flying to Bolivia on Wednesday for a meeting": a
  // participle after "before" or "after" shares the time of the clause it hangs on.
  if (status === 'occurred') {
    // The participle is the trigger itself ("before flying to Bolivia") or opens the phrase it stands in.
    const hang = /\b(?:before|after)\s+(?:\w+ing\s+(?:[\w'’.-]+\s+){0,6}?)?$/i.exec(sentLeft);
    const participle = !!hang && (/^\w+ing\b/i.test(trig) || /^(?:before|after)\s+\w+ing\s/i.test(hang[0]));
    // The clause hung on, outside quotes ("… will grow," Ebrard stated after accompanying …: a past).
    const main = hang ? sentLeft.slice(0, hang.index).replace(/["“][^"”]*["”]/g, ' ') : '';
    if (participle && FUTURE.test(main) && !/\b(?:had|has|have|was|were|did)\b/i.test(main.slice(-40)) && !/\b\w+ed\s*,?\s*$/i.test(main)) {
      status = 'planned';
      reason = 'a participle after before/after: the time of the clause it hangs on';
    }
  }
  // A superlative traveller ("the first … to visit China") reports a visit that took place.
  if (type === 'visit' && SUPERLATIVE_TO.test(sentLeft) && !/\b(?:will|would|could|may|might|plans?|expected)\b/i.test(sentLeft.slice(-60))) {
    status = 'occurred';
    certainty = 'stated';
    reason = 'superlative "… to visit": reports a visit';
  }
  // "was set to visit both countries in March but had to delay the trip": the but-clause decides.
  if (status === 'planned' || status === 'occurred') {
    const but = /\bbut\b[^.;]*?\b(postpon\w*|delay\w*|put off|cancel\w*|call(?:ed)? off|scrapp?\w*)/i.exec(doc.text.slice(t.end, s.s.end));
    if (but && (status === 'planned' || /\b(?:set|scheduled|supposed|planned|due|expected|intended)\b/i.test(left))) {
      status = /postpon|delay|put off/i.test(but[1]) ? 'postponed' : 'cancelled';
      reason = `a later clause: ${but[1]}`;
    }
  }
  trace.push(`status ${status}: ${reason}`);
  // "talks … virtually", "meeting by video": the medium decides the type.
  if (type === 'meeting') {
    // "spoke by phone on Monday and agreed to meet soon": a medium another trigger holds is that exchange's.
    // ("spoke via video link … in talks lasting three hours" tells one exchange).
    const another = (o: TriggerHit) => AGREED_TO.test(doc.text.slice(o.end, t.start));
    const from = Math.max(lo, t.start - 40, ...all.filter((o) => o !== t && o.rule.type !== 'meeting' && o.end <= t.start && another(o)).map((o) => o.end));
    const near = doc.text.slice(from, Math.min(hi, t.end + 40));
    if (/\bvirtual(?:ly)?\b|\bvideo\b|\bonline\b/i.test(near)) type = 'video_call';
    else if (/\b(?:by|over the|via) (?:tele)?phone\b/i.test(near)) type = 'phone_call';
  }
  const before40 = doc.text.slice(Math.max(lo, t.start - 40), t.start);
  // A determiner opening the sentence is capitalised ("The meeting will not take place"); but "The first
  // meeting between Ethiopia and Eritrea" brings its own sides and place in a series.
  const capitalDet = /\b(?:The|That|This|Those|These|His|Her|Their|Its)\s+(?:\w+[- ]){0,3}$/.exec(before40);
  const determined =
    !!t.rule.nominal &&
    (/\b(?:the|that|this|those|these|his|her|their|its|[A-Z]\w+['’]s)\s+(?:\w+[- ]){0,3}$/.test(before40) ||
      (!!capitalDet && !/\b(?:first|second|third|last|latest|maiden|next)\b/i.test(capitalDet[0]) && !/^\s+(?:between|with|of|among|by)\b/i.test(right)));

  const people = named.filter((p) => p.mention.kind !== 'nominal' || p.entity);
  // A speaker is no party to what they report, but is to what they did: "X stated after
  // accompanying the president to receive Y" makes X a host of Y.
  const actsAfterSpeaking = (p: ResolvedMention) =>
    p.mention.end <= t.start && /^\s*(?:\w+\s+)?(?:said|says|stated|told\s+\w+|noted|added)\s+(?:after|before|while|when|upon|during)\s+\w+ing\b/i.test(doc.text.slice(p.mention.end, t.start));
  // "The call fell on the anniversary of the meeting between A and B": A and B are the meeting's.
  const later = all.filter((o) => o.start >= t.end && o.rule.nominal && /^\s+(?:between|with)\s/i.test(doc.text.slice(o.end, o.end + 10)));
  const othersOwn = (p: ResolvedMention) => later.some((o) => o.end <= p.mention.start);
  // "X, who visited Delhi last year, told reporters …": X speaks, but is the subject of the relative clause.
  const relativeSubject = (p: ResolvedMention) =>
    p.mention.end <= t.start && /^\s*,\s*(?:who|whom)\b[^,;]*$/i.test(doc.text.slice(p.mention.end, t.start));
  // "Mr Dar said he had discussed the matter with Wang Yi in a telephone conversation": the speaker tells of himself.
  const speaksOfSelf = (p: ResolvedMention) =>
    p.mention.end <= t.start && SAID_HE.test(doc.text.slice(p.mention.end, t.start));
  // "Erdogan told Putin in a phone call that …", "Sisi, in a call with Biden, warned …": what was said was
  // said in the exchange, so the speaker is a party to it.
  const saidInIt = (p: ResolvedMention) => {
    if (p.mention.end > t.start) return false;
    const between = doc.text.slice(p.mention.end, t.start);
    return SAID_IN.test(between) || /^\s*,\s*(?:in|during|over)\s+(?:a|an|the|their|his|her)?\s*(?:[\w-]+\s+){0,2}$/i.test(between);
  };
  // "in the presence of the Omani minister", "mediated by Qatar's emir": a witness or go-between is no side.
  const witness = (p: ResolvedMention) => WITNESS.test(doc.text.slice(Math.max(s.s.start, p.mention.start - 60), p.mention.start));
  const active = people.filter(
    (p) => (!isSpeaker(doc, s, p) || actsAfterSpeaking(p) || relativeSubject(p) || speaksOfSelf(p) || saidInIt(p)) && !othersOwn(p) && !witness(p),
  );
  const nominals = s.people.filter((p) => p.mention.kind === 'nominal' && !p.entity && p.mention.country && !witness(p) && !isQualifier(doc, p));
  // People of other clauses belong to what those clauses tell ("… hold talks in Pyongyang following
  // Kim's summit with Moon"); a clause that names one person may take its subject from just before it
  // ("X, who arrived on Monday, met Y").
  const inClause = active.filter((p) => p.mention.start >= lo && p.mention.start < hi);
  // Inside a "who" clause the subject is its antecedent, right before it (an appositive between allowed):
  // "…, delivered by Anwar Gargash, a senior adviser …, who met Araghchi" names no one we know as the one who met.
  const openRel = !rel && RELATIVE_OPEN.exec(doc.text.slice(Math.max(0, lo - 12), lo));
  const adjacent = (p: ResolvedMention) => {
    if (!openRel) return true;
    const gap = doc.text.slice(p.mention.end, lo - openRel[0].length + openRel[0].indexOf(openRel[1]));
    return /^\s*,?\s*$/.test(gap) || /^\s*,\s*(?:an?|the|his|her)\s+[^,;]{0,80},\s*$/i.test(gap);
  };
  const subject = [...active].reverse().find((p) => p.mention.end <= (rel ? rel.pronoun : lo) && adjacent(p));
  const nominalInClause = nominals.some((n) => n.mention.start >= lo && n.mention.start < hi);
  // "a row sparked by Duque's meeting with an opposition leader": the possessor (with anyone joined
  // to it by "and") and those named after the noun are the exchange's sides; no one else is.
  // "The talks follow a letter Trump sent to Khamenei": what the exchange comes after names others.
  const followsOther = !!t.rule.nominal && FOLLOWS.test(right);
  const possessor = t.rule.nominal
    ? inClause.find((p) => p.mention.end <= t.start && /^['’]s?\s*(?:[\w-]+\s+){0,2}$/.test(doc.text.slice(p.mention.end, t.start)))
    : undefined;
  const owners = followsOther
    ? inClause.filter((p) => p.mention.end <= t.start)
    : possessor
    ? inClause.filter(
        (p) => p === possessor || p.mention.start >= t.end || (p.mention.end <= possessor.mention.start && /^\s*(?:,|and|&)\s*$/.test(doc.text.slice(p.mention.end, possessor.mention.start))),
      )
    : inClause;
  // "… hours after Wang Yi held talks with his Philippine counterpart": a clause whose own subject meets an
  // unnamed side has both its sides; it takes no one from before it.
  const unnamedAfter = s.people.some(
    (p) => !p.entity && p.mention.country && (p.mention.kind === 'nominal' || p.mention.kind === 'counterpart') && p.mention.start >= t.end && p.mention.start < hi,
  );
  const ownSides = owners.length === 1 && unnamedAfter && owners[0].mention.end <= t.start && owners[0].mention.start >= lo;
  const reach =
    owners.length >= 2 || followsOther
      ? owners
      : owners.length === 1
        ? subject && !possessor && !ownSides
          ? [subject, ...owners]
          : owners
        : nominalInClause
          ? []
          : active;
  let participants: Side[] = dedupe(reach.map(sideOf));
  let travellers: Side[] = [];

  // Pronoun subjects: "he hoped to meet Xi", "They then shook hands".
  const leftPeople = active.filter((p) => p.mention.end <= t.start && p.mention.start >= lo);
  const pair = lastGroup.filter((p) => p.entity).length === 2 && new Set(lastGroup.map((p) => p.country)).size === 2;
  // "The minister told reporters they would set a new date for the talks": "they" after a speech verb is the speaker's side.
  const reportedThey = /\b(?:said|says|told\s+\w+|added|stated)\s+(?:that\s+)?(?:they|both)\b/i.test(left);
  if (!leftPeople.length && pair && participants.length < 2 && !reportedThey && pluralSubject(left)) {
    participants = dedupe([...lastGroup, ...participants]);
    trace.push('plural pronoun: the people of the previous exchange');
  } else if (!leftPeople.length && PRONOUN_SUBJ.test(left)) {
    const prior = [...people].reverse().find((p) => p.mention.end <= t.start) ?? lastSubject;
    if (prior?.entity) {
      participants = dedupe([sideOf(prior), ...participants]);
      trace.push(`pronoun: ${prior.entity.name}`);
    }
  } else if (!leftPeople.length && t.rule.type !== 'visit' && FIRST_PERSON_SUBJ.test(left)) {
    // "“When we were together in Hiroshima, …” Modi said": "we" and "I" in a quote are its speaker; in a
    // transcript ("Minister Iwaya: I will hold …"), the one named before the colon.
    const speaker = insideQuote(sentLeft) ? quoteSpeaker(doc, si) : transcriptSpeaker(doc, si);
    if (speaker) {
      participants = dedupe([{ entity: speaker, country: speaker.country, office: speaker.office, officeText: speaker.officeText }, ...participants]);
      trace.push(`first person in a quote or transcript: its speaker ${speaker.name}`);
    }
  }

  // "the two leaders agreed to hold a meeting of foreign and defence ministers": the noun names its own
  // sides, so those who agreed to it are not among them; only people named after it may be.
  if (t.rule.nominal && type !== 'visit' && OF_OTHERS.test(right)) {
    const after = new Set(active.filter((p) => p.mention.start >= t.end).map((p) => p.entity));
    participants = participants.filter((p) => !p.entity || after.has(p.entity));
    trace.push('the sides the noun names (“of … ministers”), not those who set it up');
  }
  // "turned down an offer from Lourenco to meet Kagame": who offers a meeting with someone named after
  // it is no side of it ("an invitation from Xi to meet in Beijing", naming no one else, makes Xi the one met).
  if (type !== 'visit') {
    const offer = OFFER_FROM.exec(left);
    const named = active.some((p) => p.entity && p.mention.start >= t.end && p.mention.start < hi);
    if (offer && named) {
      const from = lo + offer.index;
      const offerers = new Set(active.filter((p) => p.mention.start >= from && p.mention.end <= t.start).map((p) => p.entity));
      participants = participants.filter((p) => !offerers.has(p.entity));
      trace.push('the one who offered the meeting is no side of it');
    }
  }
  // "is expected to host G20 foreign ministers": the guests are the officials named by office, not
  // people named elsewhere in the sentence; the host stays a side.
  if (RECEIVES.has(t.rule.id) && t.rule.id !== 'received-by' && GUESTS_BY_OFFICE.test(right)) {
    const guests = active.filter((a) => a.entity && a.mention.start >= t.end && a.mention.start < hi);
    // Guests named by office alone make no exchange with anyone the story names (nor one it refers back to).
    if (!guests.length) return null;
    const host = [...active].reverse().find((p) => p.mention.end <= t.start && p.mention.start >= lo);
    participants = participants.filter((p) => !p.entity || p.entity === host?.entity || guests.some((a) => a.entity === p.entity));
    trace.push('the guests named by office, not those named elsewhere');
  }

  let place: PlaceMention | null = null;
  let host: string | null = null;
  if (type === 'visit') {
    // "the visit", "that trip" with no traveller of its own refer back rather than take whoever stands near.
    const refersBack = determined && /\b(?:the|that|this)\s+(?:\w+[- ]){0,3}$/i.test(doc.text.slice(Math.max(lo, t.start - 40), t.start));
    const v = visitParts(doc, s, t, lo, hi, active, people, lastSubject, refersBack);
    travellers = v.travellers;
    place = v.place;
    host = v.host;
    if (!travellers.length) {
      // "Senior US diplomat visits China": an unnamed side, named later from the paragraph.
      const nom =
        nominals.find((n) => n.mention.start >= t.end && /^\s+(?:\w+\s+){0,5}?by\s+(?:an?\s+|the\s+)?$/i.test(doc.text.slice(t.end, n.mention.start))) ??
        (refersBack ? undefined : nominals.find((n) => n.mention.end <= t.start));
      if (nom) travellers = [{ entity: null, country: nom.mention.country, office: nom.mention.office, officeText: nom.mention.officeText }];
    }
    participants = travellers;
    trace.push(`traveller ${travellers.map((x) => x.entity?.name ?? x.country).join(', ') || 'unknown'}; host ${host ?? 'unknown'}`);
  } else {
    // What the exchange follows is told with its own place ("… follow a letter delivered in Tehran").
    place = followsOther ? null : (meetingPlace(s, t, lo, hi) ?? occasionPlace(doc, s, hi));
    host = place ? (place.place?.country ?? place.country?.code ?? null) : null;
    if (!host) {
      host = receiverCountry(kb, t, lo, hi, active);
      if (host) trace.push(`host ${host}: the country of the one who received the guest`);
    }
    // Unnamed sides: "the Indian delegation", "Top diplomats of North Korea and China".
    const have = new Set(participants.map((p) => p.country));
    for (const n of nominals) {
      if (isSpeaker(doc, s, n)) continue;
      // "… hold talks following Kishida's summit with Yoon": the summit's clause names its own people.
      if (inClause.length >= 2 && (n.mention.start < lo || n.mention.start >= hi)) continue;
      for (const country of [n.mention.country, ...(n.mention.alsoCountries ?? [])]) {
        if (!country || have.has(country)) continue;
        participants.push({ entity: null, country, office: n.mention.office, officeText: n.mention.officeText });
        have.add(country);
      }
    }
    // "hosted his Nigerian counterpart": an unnamed counterpart holds the office of the one named beside
    // it (the knowledge names the holder at the exchange's date, refine/name-offices).
    const counterpart = s.people.find(
      (p) => p.mention.kind === 'counterpart' && !p.entity && !p.mention.plural && p.mention.country && p.mention.start >= lo && p.mention.start < hi,
    );
    // An invitation ("invited his Lebanese counterpart to visit") is an offer, not yet an exchange of two sides.
    const peer = counterpart && !/\binvit\w*/i.test(left) && participants.find((p) => p.entity && p.office && p.country !== counterpart.mention.country);
    if (counterpart && peer && !have.has(counterpart.mention.country)) {
      participants.push({ entity: null, country: counterpart.mention.country, office: peer.office, officeText: null });
      have.add(counterpart.mention.country);
      trace.push(`an unnamed ${counterpart.mention.country} counterpart of ${peer.entity!.name}`);
    }
    if (participants.filter((p) => p.entity).length < 2) {
      // "The first US and China … meeting", "talks with Washington": countries as sides.
      // Only countries that stand as parties: before the trigger in its clause, or right after "with"/"between".
      for (const c of s.countries) {
        if (c.start < lo || c.end > hi || have.has(c.country.code)) continue;
        if (s.places.some((p) => p.start === c.start)) continue;
        if (/^['’]s/.test(doc.text.slice(c.end, c.end + 3))) continue;
        const party =
          c.end <= t.start ||
          /^\s*(?:\w+\s+){0,2}(?:with|between)\s+(?:the\s+)?(?:[\w.]+\s+(?:and|,)\s+)?$/i.test(doc.text.slice(t.end, c.start));
        if (!party) continue;
        participants.push({ entity: null, country: c.country.code, office: null, officeText: null });
        have.add(c.country.code);
      }
    }
  }

  const pastPlan = /\b(?:had|was|were)\s+(?:\w+\s+){0,2}(?:set|scheduled|supposed|planned|planning|due|expected|intended|to)\b/i.test(left);
  const dated = dateFor(doc, s, t, all, lo, hi, pastPlan ? 'postponed' : status);
  const from = dated.from;
  let { date, endDate } = dated;
  trace.push(`date ${date ?? 'none'} from ${from}`);
  // "Jan. 7-10 -- Kim and Xi hold their fourth summit ahead of Kim's second summit with Trump": told
  // only as what a dated list item came before, the later exchange falls between that item and the news.
  if (from === 'heading' && date && doc.published && status === 'occurred' && AHEAD_OF.test(doc.text.slice(s.s.start, t.start))) {
    const after = endDate ?? date;
    const pub = doc.published;
    if (after < pub) {
      date = after.slice(0, 7) === pub.slice(0, 7) ? pub.slice(0, 7) : after.slice(0, 4) === pub.slice(0, 4) ? pub.slice(0, 4) : date;
      endDate = null;
      trace.push(`date ${date}: after the dated item it came ahead of, before the news`);
    }
  }
  // "March 25-28 -- Kim and Xi hold their first summit in Beijing": a list item's span of days is the
  // trip's; the talks fall on a day it does not name, in its month. So does a span of three days or more.
  if ((type === 'meeting' || type === 'handshake') && date?.length === 10 && endDate && (from === 'heading' || Date.parse(endDate) - Date.parse(date) >= 2 * 86_400_000)) {
    date = date.slice(0, 7);
    endDate = null;
    trace.push(`date ${date}: talks on an unnamed day of a span of days`);
  }
  // "Before leaving for Tokyo, X told reporters …", "X arrives in Washington for a summit": the
  // journey or the meeting it is for lies ahead of the moment told — a plan, when that moment is the news.
  // A past narrative's "before leaving for" tells a journey since made: only one told on the day of the news is ahead.
  const newsDay = (!!date && !!doc.published && date >= doc.published.slice(0, date.length)) || TODAY.test(s.s.text) || s.info.headline;
  const journeyAhead = aheadOfJourney(doc, s, t) && newsDay;
  if (status === 'occurred' && (journeyAhead || (purposeOfArrival(left, t) && notBeforeNews(date, doc.published)))) {
    status = 'planned';
    trace.push('status planned: what a journey under way is for, or a journey still ahead');
    // "Xi arrives in North Korea on Thursday for a summit": the day is the arrival's, not the summit's.
    if (!journeyAhead && date?.length === 10 && date.slice(0, 7) === (endDate ?? date).slice(0, 7)) {
      date = date.slice(0, 7);
      endDate = null;
      trace.push(`date ${date}: the arrival's day does not date what the journey is for`);
    }
  }
  return {
    type,
    status,
    certainty,
    participants,
    travellers,
    host,
    place,
    date,
    endDate,
    dateFrom: from,
    sentence: si,
    triggerStart: t.start,
    triggerEnd: t.end,
    heading: s.info.heading,
    // "the talks", "his visit" refer back unless they bring what a new exchange needs: both sides,
    // or a traveller and a destination.
    anaphoric:
      determined &&
      (type === 'visit'
        ? !travellers.some((x) => x.entity) || (!host && !s.dates.some((d) => !d.anchor && d.start >= lo && d.end <= hi))
        : participants.filter((p) => p.entity).length < 2),
    trace,
    negotiation: /\bnegotiat\w*/i.test(s.s.text),
    vagueType: !!t.rule.vague,
    conference: !!t.rule.conference,
    prepared: (!!t.rule.nominal && preparedBy(doc, lo, t)) || undefined,
    superseded: (status === 'planned' && HAD_BEEN_DUE.test(left)) || undefined,
    noun: !!t.rule.nominal || undefined,
    duringVisit: (type !== 'visit' && DURING_THE_VISIT.test(s.s.text)) || undefined,
    atGathering: type !== 'visit' ? gatheringOf(s.s.text) : undefined,
    background: PREVIOUSLY.test(doc.text.slice(s.s.start, t.start))
      ? 'previously'
      : ORDINAL_OWN.test(doc.text.slice(Math.max(lo, t.start - 50), t.start))
        ? 'ordinal'
        : undefined,
  };
}

const QUESTION = /\?["”’']?\s*$/;

function orgGathering(doc: DocumentView, s: SentenceView, t: TriggerHit): boolean {
  return (
    !!t.rule.nominal &&
    t.rule.type === 'meeting' &&
    s.countries.some((c) => c.country.isOrganisation && c.end <= t.start && c.end >= t.start - 2 && /^\s*$/.test(doc.text.slice(c.end, t.start)))
  );
}

/** Triggers whose subject (or, in the passive, whose agent after "by") receives a guest at home. */
const RECEIVES = new Set(['received', 'received-at', 'received-by', 'hosted', 'welcomed', 'receive-visit']);

/**
 * "Milei received his Uruguayan counterpart at the Casa Rosada", "Scholz was received by Macron": with no
 * place named, a meeting a host receives is in the host's country (an organisation's chief hosts no country).
 */
function receiverCountry(kb: KnowledgeIndex, t: TriggerHit, lo: number, hi: number, active: ResolvedMention[]): string | null {
  if (!RECEIVES.has(t.rule.id)) return null;
  const receiver =
    t.rule.id === 'received-by'
      ? active.find((p) => p.entity && p.mention.start >= t.end && p.mention.start < hi)
      : [...active].reverse().find((p) => p.entity && p.mention.end <= t.start && p.mention.start >= lo);
  const code = receiver?.entity?.country ?? null;
  const country = code ? kb.country(code) : undefined;
  return country && !country.isOrganisation ? country.code : null;
}

/** A welcome where a journey ends: "at the airport", "on the tarmac", "on arrival". */
const ON_ARRIVAL = /\b(?:at|to)\s+the\s+(?:[\w-]+\s+)?airport\b|\bon\s+the\s+tarmac\b|\b(?:on|upon)\s+(?:(?:his|her|their)\s+)?arrival\b/i;

/**
 * "Traore and Goita were welcomed at the airport by Tiani", "Museveni received Ruto at the airport": a
 * host who meets guests where they land tells that they came to the host's country, a visit beside the
 * meeting. The guests are the sides of another country than the host's, each on a journey of their own.
 */
function arrivalVisits(doc: DocumentView, s: SentenceView, t: TriggerHit, c: Candidate): Candidate[] {
  if (c.type !== 'meeting' || !c.host || !(RECEIVES.has(t.rule.id) || t.rule.id === 'greeted')) return [];
  // A cheap gate: most receptions say nothing of where the guest landed.
  if (!/airport|tarmac|arrival/i.test(s.s.text)) return [];
  const [lo, hi] = clauseBounds(s, t.start, t.end);
  if (!ON_ARRIVAL.test(doc.text.slice(lo, hi))) return [];
  const guests = c.participants.filter((p) => p.entity && p.country && p.country !== c.host);
  if (!guests.length || guests.length === c.participants.length) return [];
  // Guests of several countries each came: one visit per guest.
  return guests.map((g) => ({ ...c, type: 'visit', participants: [g], travellers: [g], anaphoric: false, trace: [...c.trace, 'a welcome where the guest landed: a journey to the host\'s country'] }));
}

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

/** A capitalised two-or-more-word name right after a verb ("met Ricardo Alvarenga"). */
const OBJECT_NAME = /^[ \t\n]+(?:with[ \t\n]+)?(\p{Lu}[\p{L}'’-]+)((?:[ \t\n]+\p{Lu}[\p{L}'’-]+)+)/u;

/** "Before leaving for Tokyo, …", "ahead of his departure for …": the journey follows what the sentence tells. */
function aheadOfJourney(doc: DocumentView, s: SentenceView, t: TriggerHit): boolean {
  return !!t.rule.travel && /\b(?:before|ahead\s+of)\s+(?:(?:his|her|their)\s+)?$/i.test(doc.text.slice(Math.max(s.s.start, t.start - 20), t.start)) && /ing\b/i.test(doc.text.slice(t.start, t.end).split(/\s/)[0]);
}

const TODAY = /\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/i;

/** "arrives in Washington for a summit with Biden": a meeting named as what a present-tense journey is for. */
function purposeOfArrival(left: string, t: TriggerHit): boolean {
  return t.rule.type === 'meeting' && !!t.rule.nominal && PRESENT_JOURNEY_FOR.test(left);
}

// "has already arrived in Jakarta for talks": the perfect of a journey is the present's too.
const PRESENT_JOURNEY_FOR =
  /\b(?:arrives|arriving|travels|travelling|traveling|flies|flying|heads|heading|leaves|leaving|goes|going|comes|coming|(?:has|have)\s+(?:already\s+|just\s+|now\s+)?(?:arrived|flown|travell?ed|come)|(?:is|are)\s+(?:currently\s+|now\s+|already\s+)?in)\b[^.;]{0,60}\bfor\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,4}$/i;

/** The moment told is the news (or later): a date on or after the day before publication, or none. */
function notBeforeNews(date: string | null, published: string | null): boolean {
  if (!date || !published) return true;
  if (date.length === 10 && published.length === 10) return Date.parse(date) >= Date.parse(published) - 86_400_000;
  return date >= published.slice(0, date.length);
}

/** A sentence set before the story's time with no date of its own: "Previously, …", "In the past, …". */
const PREVIOUSLY = /^\W*(?:previously|prior to (?:that|this)|before that|in the past)\s*,/i;
/** "his first trip abroad", "their second summit": an exchange known by its place in a series. */
const ORDINAL_OWN = /\b(?:his|her|their)\s+(?:first|second|third|fourth|fifth|maiden)\s+(?:[\w-]+\s+){0,3}$/i;

/** ", who", ", which": a relative clause set off by a comma opens at the clause break just after it. */
const RELATIVE_OPEN = /,\s*(who|whom|which)\s*$/i;

/**
 * A relative clause ("…, who accompanied Modi, …") that opens at the clause break `lo` and is closed by
 * a comma before the trigger: where its pronoun starts, and where the main clause resumes.
 */
function closedRelative(text: string, lo: number, at: number): { pronoun: number; resume: number } | null {
  const pm = RELATIVE_OPEN.exec(text.slice(Math.max(0, lo - 12), lo));
  if (!pm) return null;
  const comma = text.slice(lo, at).lastIndexOf(',');
  if (comma === -1) return null;
  return { pronoun: lo - pm[0].length + pm[0].indexOf(pm[1]), resume: lo + comma + 1 };
}

/** "we were together", "I will hold a Foreign Ministers' meeting": a first-person subject just before the trigger. */
const FIRST_PERSON_SUBJ = /\b(?:I|we|We)\s+(?:[\w'’-]+\s+){0,5}$/;
/** "he added", "she said": an attribution to the speaker named before. */
const PRONOUN_SPEAKER = /\b(?:he|she)\s+(?:\w+ly\s+)?(?:said|says|added|told|noted|stated|continued|went on)\b/i;
const QUOTE_REACH = 4;

/**
 * The speaker of a quote: the person a sentence attributes it to ("…,” Modi said), looking back
 * through "he added" to the sentences of the same quotation.
 */
function quoteSpeaker(doc: DocumentView, si: number): Entity | null {
  for (let j = si; j >= 0 && si - j <= QUOTE_REACH; j--) {
    const s = doc.sentences[j];
    if (j < si && s.info.heading) break;
    const p = s.people.find((r) => r.entity && isSpeaker(doc, s, r));
    if (p?.entity) return p.entity;
    if (j < si && !PRONOUN_SPEAKER.test(s.s.text) && !/^\W*["“]/.test(s.s.text)) break;
  }
  return null;
}

/** "Minister Iwaya: I will host …": a line that opens with a name and a colon is that person's words. */
const TRANSCRIPT_HEAD = /^\s*[^:\n]{2,60}?:\s/;

/** The speaker a transcript line names before its colon, for any sentence of the line. */
function transcriptSpeaker(doc: DocumentView, si: number): Entity | null {
  let j = si;
  while (j > 0 && doc.sentences[j - 1].s.line === doc.sentences[si].s.line) j--;
  const first = doc.sentences[j];
  const head = TRANSCRIPT_HEAD.exec(first.s.text);
  if (!head) return null;
  const p = first.people.find((r) => r.entity && r.mention.end <= first.s.start + head[0].length);
  return p?.entity ?? null;
}

/** Quoted speech tells what someone said, not what happened: "“Hope this meeting can help …”". */
function insideQuote(before: string): boolean {
  const open = (before.match(/[“«]/g) ?? []).length;
  const close = (before.match(/[”»]/g) ?? []).length;
  const straight = (before.match(/(?:^|[\s(])"/g) ?? []).length - (before.match(/"(?=[\s,.;:!?)]|$)/g) ?? []).length;
  return open > close || straight > 0;
}

/**
 * "Kaba would deliver a special message from President Sall to President Barrow": the bearer meets the
 * recipient, and the sender's message to the recipient is an exchange of its own.
 */
function deliveryParts(doc: DocumentView, s: SentenceView, t: TriggerHit, c: Candidate, named: ResolvedMention[]): Candidate[] {
  const after = named.filter((p) => p.entity && p.mention.start >= t.start);
  const rest = doc.text.slice(t.start, s.s.end);
  const fromAt = /\bfrom\s+/i.exec(rest);
  const toAt = /\bto\s+/i.exec(rest);
  if (!toAt) return [c];
  const sender = fromAt && fromAt.index < toAt.index ? after.find((p) => p.mention.start >= t.start + fromAt.index && p.mention.start < t.start + toAt.index) : undefined;
  const recipient = after.find((p) => p.mention.start >= t.start + toAt.index);
  if (!recipient?.entity) return [c];
  const bearer = named.filter((p) => p.entity && p.mention.end <= t.start).pop();
  const out: Candidate[] = [];
  if (bearer && bearer.entity !== recipient.entity) out.push({ ...c, participants: dedupe([sideOf(bearer), sideOf(recipient)]), trace: [...c.trace, 'the bearer meets the recipient'] });
  if (sender?.entity && sender.entity !== bearer?.entity)
    out.push({ ...c, type: 'message', participants: dedupe([sideOf(sender), sideOf(recipient)]), place: null, host: null, trace: [...c.trace, 'the sender’s message to the recipient'] });
  return out.length ? out : [c];
}

function dedupe(sides: Side[]): Side[] {
  const out: Side[] = [];
  for (const x of sides) {
    if (x.entity ? out.some((o) => o.entity === x.entity) : out.some((o) => !o.entity && o.country === x.country)) continue;
    out.push(x);
  }
  return out;
}

function visitParts(
  doc: DocumentView,
  s: SentenceView,
  t: TriggerHit,
  lo: number,
  hi: number,
  active: ResolvedMention[],
  people: ResolvedMention[],
  lastSubject: ResolvedMention | null,
  refersBack = false,
): { travellers: Side[]; place: PlaceMention | null; host: string | null } {
  const after = doc.text.slice(t.end, hi);
  let travellers: Side[] = [];
  if (t.rule.guestTravels) {
    // "Trong welcomed Biden to Hanoi": the guests are the people between the host's verb and the place.
    const verb = doc.text.slice(lo, t.start).search(/\b(?:welcom|host)\w*\s+(?:(?!\b(?:welcom|host)\w*\s)[^])*$/i);
    const guests = verb === -1 ? [] : active.filter((p) => p.mention.start >= lo + verb && p.mention.end <= t.start && p.entity);
    travellers = guests.length ? takeList(doc, guests, guests[0].mention.start).map(sideOf) : [];
  }
  const seek = !t.rule.guestTravels;
  // "trips by Yellen and Raimondo", "a visit by Kasuri", "the visit of President X".
  const by = /^\s+(?:\w+\s+){0,2}?(?:by|of)\s+/i.exec(after);
  if (by && seek) {
    const startBy = t.end + by[0].length;
    const list = active.filter((p) => p.mention.start >= startBy && p.mention.start < startBy + 120 && p.entity);
    const chained = takeList(doc, list, startBy);
    travellers = chained.map(sideOf);
  }
  if (seek && !travellers.length) {
    // "Blinken’s visit".
    const poss = people.find((p) => /^\s*['’]s?\s*(?:\w+[- ]){0,3}$/.test(doc.text.slice(p.mention.end, t.start)) && p.entity);
    if (poss) travellers = [sideOf(poss)];
  }
  if (seek && !travellers.length && /\b(?:his|her|their)\s+(?:[\w-]+\s+){0,3}$/i.test(doc.text.slice(Math.max(lo, t.start - 40), t.start))) {
    // "asking Blinken about his long trip": the nearest person before the possessive — but not one at
    // home where the trip goes ("Jaishankar meets Xi in Beijing, on his first visit to China").
    const goesTo = s.places.find((p) => p.start >= t.end && p.start <= t.end + 40 && p.prep !== 'from');
    const to = goesTo ? (goesTo.place?.country ?? goesTo.country?.code ?? null) : null;
    const before = [...people].reverse().filter((p) => p.mention.end <= t.start && p.entity);
    const prior = before.find((p) => !to || p.entity!.country !== to) ?? before[0] ?? lastSubject;
    if (prior?.entity) travellers = [sideOf(prior)];
  }
  if (seek && !travellers.length) {
    // "Madbouly, the most senior Egyptian official to visit Addis Ababa": the one the superlative describes.
    const described = [...people].reverse().find((p) => p.entity && p.mention.end <= t.start && /^\s*,\s*(?:the|a|an)\s+[^,;.]{0,80}\bto\s+$/i.test(doc.text.slice(p.mention.end, t.start)));
    if (described && SUPERLATIVE_TO.test(doc.text.slice(described.mention.end, t.start))) travellers = [sideOf(described)];
  }
  if (seek && !preparedBy(doc, lo, t) && !travellers.length) {
    // The subject of the clause: the first person before the trigger (with anyone joined by "and").
    // A person after a preposition ("In a letter to X, Y rejected …") is not the subject.
    const governed = (p: ResolvedMention) => /\b(?:to|with|from|by|for|on|at|of|toward|towards)\s+(?:[\w.'’-]+\s+){0,4}$/i.test(doc.text.slice(Math.max(lo, p.mention.start - 40), p.mention.start));
    const before = active.filter((p) => p.mention.end <= t.start && p.mention.start >= lo && p.entity && !governed(p));
    // No one in the clause ("…, who earlier this year cancelled a state visit"): the nearest person before it —
    // but "the visit" with no traveller of its own refers back instead ("An aide to X said the visit …").
    const first = before[0] ?? (refersBack ? undefined : [...active].reverse().find((p) => p.mention.end <= t.start && p.entity));
    if (first) travellers = takeList(doc, before.length ? before : [first], first.mention.start).map(sideOf);
  }
  if (seek && !travellers.length && /\b(?:he|she|his|her)\b/i.test(doc.text.slice(Math.max(lo, t.start - 60), t.start))) {
    const prior = [...people].reverse().find((p) => p.mention.end <= t.start && p.entity) ?? lastSubject;
    if (prior?.entity) travellers = [sideOf(prior)];
  }
  if (seek && !travellers.length) {
    // "Having postponed a February trip …, Blinken is …": the subject comes after an opening participle.
    const next = active.find((p) => p.mention.start >= t.end && p.entity);
    if (next && /^\s*(?:having|after|before|following|despite|with)\b/i.test(doc.text.slice(s.s.start, t.start))) travellers = [sideOf(next)];
  }
  // Destination: the places named right after the trigger, else "in X" in the clause.
  // "from Washington" is where the traveller came from.
  // "flew in on Monday from a summit in Paris": after "from", places tell where the journey began.
  const origin = t.rule.toHere ? /\bfrom\b/i.exec(doc.text.slice(t.end, hi)) : null;
  const end = origin ? t.end + origin.index : hi;
  const dest = s.places.filter((p) => p.start >= t.end && p.start <= t.end + 40 && p.end <= end && p.prep !== 'from');
  const inClause = s.places.filter((p) => p.start >= lo && p.end <= end && ['in', 'to', 'at'].includes(p.prep));
  const place = dest[0] ?? inClause[0] ?? null;
  let host = place ? (place.place?.country ?? place.country?.code ?? null) : null;
  // "arrived here on Tuesday": here is the dateline's city.
  if (!host && doc.hereCountry && /^[\w\s]*?\bhere\b/i.test(doc.text.slice(t.start, Math.min(hi, t.end + 20)))) host = doc.hereCountry;
  // "flew in on Sunday": with no place named, the journey ends where the story is filed.
  if (!host && !place && t.rule.toHere && doc.hereCountry) {
    const here = doc.hereCity ? { start: t.start, end: t.end, from: -1, to: -1, place: doc.hereCity, country: null, prep: '' } : null;
    return { travellers, place: here, host: doc.hereCountry };
  }
  const travellerCountries = new Set(travellers.map((x) => x.country));
  if (host && travellerCountries.has(host)) {
    const other = [...dest, ...inClause].find((p) => !travellerCountries.has(p.place?.country ?? p.country?.code ?? null));
    host = other ? (other.place?.country ?? other.country?.code ?? null) : host;
    return { travellers, place: other ?? place, host };
  }
  return { travellers, place, host };
}

/** "X travelled to Y to prepare the visit": the exchange prepared or discussed is someone else's. */
function preparedBy(doc: DocumentView, lo: number, t: TriggerHit): boolean {
  return /\b(?:prepar\w*|discuss\w*|arrang\w*|organi[sz]\w*|finali[sz]\w*|pave\s+the\s+way\s+for|lay\w*\s+the\s+groundwork\s+for)\s+(?:for\s+)?(?:the|a|this|that)\s+(?:[\w-]+\s+){0,2}$/i.test(
    doc.text.slice(Math.max(lo, t.start - 60), t.start),
  );
}

/** People joined by "and" or commas starting at a position: "Yellen and Commerce Secretary Raimondo". */
function takeList(doc: DocumentView, list: ResolvedMention[], from: number): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  let at = from;
  for (const p of list) {
    if (p.mention.start < at) continue;
    const gap = doc.text.slice(at, p.mention.start);
    if (out.length && !/^\s*(?:,\s*)?(?:and\s+|&\s+)?(?:his|her|the\s+)?\s*$/i.test(gap)) break;
    out.push(p);
    at = p.mention.end;
  }
  return out;
}

/** "… a bilateral meeting when they attend the G20 summit in Toronto": the clause that says where they will be. */
const OCCASION = /^\s*,?\s*(?:when|while|as)\s+(?:they|he|she|both|the\s+two(?:\s+\w+)?)\s+(?:(?:will|are|is)\s+)?(?:attend\w*|(?:are|is|were|was)\s+(?:in|at)|visit\w*|travel\w*\s+to|gather\w*\s+(?:in|at)|meet\s+(?:in|at))\b/i;

function occasionPlace(doc: DocumentView, s: SentenceView, hi: number): PlaceMention | null {
  const end = s.s.end;
  if (hi >= end || !OCCASION.test(doc.text.slice(hi, end))) return null;
  const stop = /[;]|\bbut\b/i.exec(doc.text.slice(hi, end));
  const to = stop ? hi + stop.index : end;
  return s.places.find((p) => p.start >= hi && p.end <= to && ['in', 'at'].includes(p.prep)) ?? null;
}

/** "discussed the war in Gaza", "the situation in Sudan": a place that says what a topic concerns, not where people met. */
const TOPIC_BEFORE_PLACE =
  /\b(?:war|wars|conflict|crisis|situation|fighting|violence|ceasefire|cease-fire|truce|hostilities|tensions|unrest|attacks?|offensive|invasion|elections?|peace|hostages?|protests?|developments|insurgency|genocide|famine|reconstruction)\s+(?:in|on|at)\s+(?:the\s+)?$/i;

/** "… Foreign Affairs of the Republic of Kenya": a state's formal name says whose an office is, not where anyone met. */
const FORMAL_OF = /\bof\s+the\s+(?:[\w'’]+\s+){0,2}(?:Republic|Kingdom|State|Sultanate|Commonwealth|Principality|Emirate|Federation)\s+of\s+(?:the\s+)?$/;

/** What the exchange was about follows: "to discuss", "regarding", "on the future of", "build on the outcomes of" ("about" may count days). */
const DISCUSS = /\b(?:to\s+discuss|discuss(?:ed|ing)|regarding|concerning|on\s+the\s+(?:future|situation|crisis|conflict|war)\s+(?:of|in)|build\s+on|outcomes?\s+of|results?\s+of|success\s+of)\b/i;

/** "the Secretary of Economy", "the Ministry of Defence": a word after an office's "of" names its portfolio, not a place. */
const OFFICE_OF = /\b(?:secretary|minister|ministry|department|secretariat|office|commissioner|bureau)\s+of\s+(?:the\s+)?$/i;

/** "will travel to Tokyo for a “two-plus-two” meeting": the meeting a journey is for is at its end. */
const JOURNEY_FOR = /\b(?:travel\w*|fl(?:y|ies|ew|own|ying)|head\w*|go(?:es|ing)?|went|arriv\w*|come|comes|came|coming)\s+to\s+$/i;

function meetingPlace(s: SentenceView, t: TriggerHit, lo: number, hi: number): PlaceMention | null {
  // The place of the journey the noun is for, in the same clause: "travel to X for a meeting with …".
  const dest = s.places.find(
    (p) =>
      p.prep === 'to' &&
      p.start >= lo &&
      p.end <= t.start &&
      JOURNEY_FOR.test(s.s.text.slice(Math.max(0, p.start - s.s.start - 30), p.start - s.s.start)) &&
      /^\s*(?:(?:next|this|on|in|later|early|late)\s+(?:[\w-]+\s+){0,2})?for\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:["“”'\w-]+\s+){0,3}$/i.test(s.s.text.slice(p.end - s.s.start, t.start - s.s.start)),
  );
  if (dest) return dest;
  // "arrived from Paris, where he had met Macron": a "where" clause tells of the place just before it.
  const where = s.places.find((p) => p.end <= t.start && /^\s*,\s*where\b[^;]*$/i.test(s.s.text.slice(p.end - s.s.start, t.start - s.s.start)));
  if (where) return where;
  const topic = (p: PlaceMention) => {
    const before = s.s.text.slice(Math.max(0, p.start - s.s.start - 40), p.start - s.s.start);
    // "met X on Saturday to discuss the future of the force in Somalia": after the purpose, a place is the topic's.
    const purpose = p.start >= t.end && DISCUSS.test(s.s.text.slice(t.end - s.s.start, p.start - s.s.start));
    return purpose || TOPIC_BEFORE_PLACE.test(before) || OFFICE_OF.test(before) || FORMAL_OF.test(before);
  };
  const near = s.places.filter((p) => ['in', 'at', 'of', 'near'].includes(p.prep) && p.start >= lo && p.end <= hi && !topic(p));
  // "the foreign ministers of Armenia and Azerbaijan … in Washington": "of" a country says whose they
  // are; it is the venue only when no place is given with in, at or near.
  const venue = near.filter((p) => p.prep !== 'of' || p.place);
  const located = venue.length ? venue : near;
  if (!located.length) return null;
  // The nearest located place; a city beats the country it is in ("in Tianjin, China").
  located.sort((a, b) => Math.abs(a.start - t.start) - Math.abs(b.start - t.start));
  const best = located[0];
  if (!best.place) {
    const city = located.find((p) => p.place && p.place.country === best.country?.code);
    if (city) return city;
  }
  return best;
}

/** The trigger sits in what came after the clause's own exchange: "… ahead of Kim's second summit". */
const AHEAD_OF = /\b(?:ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to)\s+(?:[\w'’.-]+\s+){0,6}$/i;

/**
 * "for a second time", "in a moment", "for approximately 30 minutes": the date reader's "now", which dates
 * nothing the text tells (a duration says how long, not when).
 */
const NOT_A_DATE =
  /^(?:(?:for|in|within|after)?\s*(?:a|an|one|the)\s+(?:second|minute|moment)s?|for\s+(?:about\s+|approximately\s+|around\s+|nearly\s+|some\s+|over\s+|more\s+than\s+|almost\s+|roughly\s+)?(?:a|an|a\s+few|several|half\s+an?|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:seconds?|minutes?|hours?))$/i;

/** "invited his counterpart to visit", "invites Lula to": an offer made. */
const INVITED_TO = /\binvit(?:ed|es|ing)\s+(?:[\w.'’-]+\s+){0,8}?to\s+(?:make\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}|pay\s+(?:an?\s+)?(?:[\w-]+\s+){0,2})?$/i;

/**
 * "…, to be held in Yokohama in August": a reduced relative clause set off by a comma tells of the noun
 * just before it, and the date it gives is that occasion's ("the meeting … took place in Asmara on July 8"
 * keeps its own).
 */
const HELD_BEFORE_DATE = /,\s*(?:to\s+be\s+held|to\s+take\s+place|held|taking\s+place)\s+(?:in\s+(?:[\w'’.-]+\s+){1,3}?)?(?:on|in|at)?\s*$/i;
/** Nearer than this to the trigger, the occasion held is the trigger's own ("talks will be held in Riyadh on Monday"). */
const HELD_REACH = 25;

/** Coming home: "returned to Abuja on Sunday after …". */
const RETURNED_AFTER = /\b(?:returned|returns|flew\s+back|came\s+back|arrived\s+back|got\s+back)\b[^,;]*$/i;

/** "called Zelensky illegitimate", "called Trump a liar": naming someone, not phoning. Words that may follow a callee who was phoned. */
const AFTER_CALLEE = /^[\s,]*(?:$|[^a-z\s]|(?:on|to|for|about|and|after|before|last|yesterday|today|tonight|this|late|early|over|in|at|from|shortly|twice|again|with|by|during|amid|as|when|while|following|ahead|earlier|later|since|overnight|said|says|told|the\s+\w+\s+said|according)\b)/;

/** A speech verb right before a date: "said on Monday", "announced Tuesday". */
const SAID_ON = /\b(?:said|says|announced|confirmed|stated|added|told\s+(?:\w+\s+){0,2}?(?:reporters|journalists|the\s+press))\s*$/i;

/** Words before a date that make it the end of a span: "through Monday", "until June 3", "will end on Friday". */
const END_BOUND = /\b(?:through|thru|until|till|end(?:s|ed|ing)?\s+on|end(?:s|ed|ing)?|concludes?\s+on)\s+(?:on\s+)?$/i;

function dateFor(
  doc: DocumentView,
  s: SentenceView,
  t: TriggerHit,
  all: TriggerHit[],
  lo: number,
  hi: number,
  status: EventStatus,
): { date: string | null; endDate: string | null; from: string } {
  // "On Monday X turned down an invitation to visit": the day before the trigger is the refusal's.
  // "… has called off a planned trip to Caracas, his office said on Monday": the day of the saying is not
  // the day of a plan, delay or refusal (nor of the trip it concerns).
  const saidOn = (d: DateMention) =>
    status !== 'occurred' && SAID_ON.test(doc.text.slice(Math.max(s.s.start, d.start - 30), d.start));
  // "… since October 2023, when Petro paid a state visit": the bound dates what its "when" clause tells.
  const whenOf = (d: DateMention) => d.anchor && d.end <= t.start && /^\s*,?\s*when\b[^,;]*$/i.test(doc.text.slice(d.end, t.start));
  // "… toward TICAD 9, to be held in Yokohama in August": a date a later verb of another occasion governs.
  const heldOther = (d: DateMention) => {
    if (d.start < t.end) return false;
    const m = HELD_BEFORE_DATE.exec(doc.text.slice(t.end, d.start));
    return !!m && m.index > HELD_REACH;
  };
  const usable = (d: DateMention) =>
    !heldOther(d) &&
    (!d.anchor || whenOf(d)) && !NOT_A_DATE.test(d.text) && (!d.vague || status !== 'occurred') && (status !== 'declined' || d.start >= t.end) && !saidOn(d);
  // A date is a trigger's only if no other trigger stands nearer to it, and not when it dates a
  // leading adverbial ("After the Feb. 6 earthquakes, Shoukry visited …").
  // A trigger in a noun phrase right after the date re-tells or gives the purpose of this one ("received
  // X on Monday, their first face-to-face encounter", "travel to Y in October for a summit"): no rival.
  const sameTelling = (d: DateMention, o: TriggerHit) =>
    t.end <= d.start && o.start >= d.end && /^\s*(?:,\s*|for\s+)(?:(?:a|an|the|their|his|her|its)\b[^,;.]*)?$/i.test(doc.text.slice(d.end, o.start));
  // "visited Kyiv earlier this month and met Zelensky": a date between two verbs joined by "and" is the first's too.
  // So is one before "and is expected to host …": the next verb of the same subject, in another time.
  const joinedAfter = (d: DateMention, o: TriggerHit) =>
    t.end <= d.start &&
    o.start >= d.end &&
    /^\s*,?\s*and\s+(?:also\s+|then\s+|later\s+)?(?:(?:is|are|was|were|will|would|has|have|had)\s+(?:also\s+)?(?:(?:expected|due|set|scheduled|going|planning|likely)\s+)?(?:to\s+)?)?(?:(?:held|had|hold|holds|holding)\s+(?:\w+\s+){0,2})?$/i.test(doc.text.slice(d.end, o.start));
  // A date's text may keep the comma after it ("on Friday,"): where the date itself ends.
  const bare = (d: DateMention) => d.end - (/[,;]$/.test(d.text) ? 1 : 0);
  const rivals = (d: DateMention) =>
    (d.start >= lo && bare(d) <= hi ? all.filter((o) => o.start >= lo && o.end <= hi) : all).filter((o) => !sameTelling(d, o) && !joinedAfter(d, o));
  // "… the president congratulated Malaysia … after the election last November": a date in a later
  // clause that another happening introduces is that happening's.
  const subordinate = (d: DateMention) =>
    d.start >= t.end && /\b(?:after|before|following|since|when|while|ahead of|until)\b/i.test(doc.text.slice(hi, d.start)) && d.start >= hi;
  // "Carney, who arrived … on Wednesday night, also met Ebrard": a date inside a closed relative clause is its verb's.
  const inRelative = (d: DateMention) =>
    d.end <= t.start && /,\s*(?:who|whose|which|whom)\b[^,;]*$/i.test(doc.text.slice(s.s.start, d.start)) && /,/.test(doc.text.slice(bare(d), t.start));
  // "The two last met in Beijing in April, when Blinken made a visit to China": the date right before a
  // "when" clause dates what that clause tells too, however near the verb before it stands.
  const beforeWhen = (d: DateMention) => d.end <= t.start && /^\s*,?\s*when\b[^,;]*$/i.test(doc.text.slice(d.end, t.start));
  // "In April 2023, Lula paid a state visit to China, where he held talks with Xi": a date that opens the
  // sentence, set off by a comma, is the time of all it tells.
  const leading = (d: DateMention) =>
    d.end <= t.start && /^[\s"“]*(?:in|on|during|by|early|late|last|earlier|later|since)?\s*$/i.test(doc.text.slice(s.s.start, d.start)) && /^\s*,/.test(doc.text.slice(bare(d), bare(d) + 2));
  const owned = (d: DateMention) =>
    whenOf(d) ||
    beforeWhen(d) ||
    leading(d) ||
    (!subordinate(d) &&
    !inRelative(d) &&
    rivals(d).every((o) => o === t || dist(d, t) <= dist(d, o)) &&
    !(d.end < t.start && /,/.test(doc.text.slice(d.end, t.start)) && /\b(?:after|before|following|since|amid|during)\b[^,]*$/i.test(doc.text.slice(s.s.start, d.start))));
  const inClause = s.dates.filter((d) => usable(d) && owned(d) && d.start >= lo && bare(d) <= hi);
  const inSentence = s.dates.filter((d) => usable(d) && owned(d));
  const pool = inClause.length ? inClause : inSentence;
  if (pool.length) {
    const d = pool.reduce((a, b) => (dist(b, t) < dist(a, t) ? b : a));
    // A list heading's own date is the heading's, which the paragraph under it may contradict; a
    // "since …, when" date tells a recalled past, no occasion of the story's (refine/venues).
    const from = whenOf(d) ? 'recalled' : s.info.heading && !s.info.headline ? 'heading' : 'sentence';
    // "During his stay through Monday, X is to meet Y", "the visit will end on Thursday": the day bounds
    // the exchange, it does not date it; the month it falls in is all the text says. An end still to
    // come ("will end on Friday") lies ahead even of a visit under way.
    if (END_BOUND.test(doc.text.slice(Math.max(s.s.start, d.start - 20), d.start)) && !d.endValue) {
      const ahead = /\b(?:will|is\s+to|are\s+to|is\s+due\s+to)\b|['’]ll\b/i.test(doc.text.slice(s.s.start, d.start));
      const end = adjust(d, doc.published, ahead ? 'planned' : status).date;
      if (end.length === 10) return { date: end.slice(0, 7), endDate: end, from };
    }
    // "returned to Abuja on Sunday after a week-long visit to France": the day ends the visit; the month is
    // all the text says of it.
    if (t.rule.type === 'visit' && d.end <= t.start && RETURNED_AFTER.test(doc.text.slice(s.s.start, d.start)) && /\bafter\s+(?:[\w-]+\s+){0,4}$/i.test(doc.text.slice(d.end, t.start))) {
      const end = adjust(d, doc.published, status).date;
      if (end.length === 10) return { date: end.slice(0, 7), endDate: end, from };
    }
    return { ...adjust(d, doc.published, status), from };
  }
  // A declined invitation never gets a day: the dateline's is when the refusal was news, and a list
  // heading's is the day of the item the refusal is told under (its month is all it shares).
  if (s.info.sectionDate && !(status === 'declined' && s.info.dateline)) {
    const d = s.info.sectionDate;
    if (status === 'declined') return { date: d.value.slice(0, 7), endDate: null, from: 'heading' };
    return { date: d.value, endDate: d.endValue, from: s.info.dateline ? 'lead' : 'heading' };
  }
  return { date: null, endDate: null, from: 'none' };
}

function dist(d: DateMention, t: TriggerHit): number {
  return d.start >= t.end ? d.start - t.end : t.start - d.end;
}

/** A date written without its year takes the year that fits the tense: past for what occurred. */
function adjust(d: DateMention, published: string | null, status: EventStatus): { date: string; endDate: string | null } {
  let value = d.value;
  let endValue = d.endValue;
  if (published && !d.explicitYear) {
    const pub = published.slice(0, value.length);
    if (status === 'occurred' && value > pub) {
      if (d.weekday) {
        value = shiftWeek(value, -1);
        endValue = endValue ? shiftWeek(endValue, -1) : null;
      } else {
        value = `${+value.slice(0, 4) - 1}${value.slice(4)}`;
        endValue = endValue ? `${+endValue.slice(0, 4) - 1}${endValue.slice(4)}` : null;
      }
    } else if (status !== 'occurred' && status !== 'cancelled' && status !== 'postponed' && value < pub) {
      if (d.weekday) value = shiftWeek(value, 1);
      else if (value.length > 4) value = `${+value.slice(0, 4) + 1}${value.slice(4)}`;
    }
  }
  return { date: value, endDate: endValue && endValue !== value ? endValue : null };
}

function shiftWeek(value: string, by: number): string {
  if (value.length !== 10) return value;
  const d = new Date(`${value}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7 * by);
  return d.toISOString().slice(0, 10);
}
