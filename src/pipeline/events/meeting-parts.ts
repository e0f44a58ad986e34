// Where a meeting was held, who hosted it, and the unnamed sides (a delegation, a counterpart, a
// country) its clause adds to the people it names.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { PlaceDef } from '../../knowledge/types.js';
import type { DocumentView, PlaceMention, SentenceView } from '../document.js';
import type { ResolvedMention } from '../resolve/entities.js';
import type { Clause } from './clause.js';
import type { Parties } from './parties.js';
import { side } from './sides.js';
import { isSpeaker } from './speakers.js';
import type { TriggerHit } from './triggers.js';

/** The meeting's place and host; unnamed sides are added to `parties.participants`. */
export function meetingOf(
  doc: DocumentView,
  kb: KnowledgeIndex,
  s: SentenceView,
  t: TriggerHit,
  k: Clause,
  parties: Parties,
  trace: string[],
): { place: PlaceMention | null; host: string | null } {
  const { lo, hi, left } = k;
  const { active, nominals, inClause, participants, followsOther } = parties;
  // What the exchange follows is told with its own place ("… follow a letter delivered in Tehran").
  let place = followsOther ? null : (meetingPlace(s, t, lo, hi) ?? welcomedTo(s, t) ?? occasionPlace(doc, s, hi));
  // "met Chinh in Vientiane and spoke by telephone with him": the place of the verb before "and" is not the call's.
  if (place && (t.rule.type === 'phone_call' || t.rule.type === 'video_call') && place.end <= t.start && AND_VERB_BEFORE.test(doc.text.slice(place.end, t.start))) {
    trace.push(`place ${doc.text.slice(place.start, place.end)}: the earlier verb's, before "and"`);
    place = null;
  }
  if (!place && !followsOther) {
    place = sidelinesPlace(doc, s);
    if (place) trace.push(`place ${doc.text.slice(place.start, place.end)}: the gathering of the sentence before, on whose sidelines it was`);
  }
  let host = place ? (place.place?.country ?? place.country?.code ?? null) : null;
  if (!host) {
    host = receiverCountry(doc, kb, t, k, active);
    if (host) trace.push(`host ${host}: the country of the one who received the guest`);
  }
  if (!host) {
    host = visitedCountry(doc, kb, lo, hi, active);
    if (host) trace.push(`host ${host}: the country of the one a visiting guest met`);
  }
  // Unnamed sides: "the Indian delegation", "Top diplomats of North Korea and China".
  const have = new Set(participants.map((p) => p.country));
  for (const n of nominals) {
    if (isSpeaker(doc, s, n)) continue;
    // "… hold talks following Kishida's summit with Yoon": the summit's clause names its own people.
    if (inClause.length >= 2 && (n.mention.start < lo || n.mention.start >= hi)) continue;
    for (const country of [n.mention.country, ...(n.mention.alsoCountries ?? [])]) {
      if (!country || have.has(country)) continue;
      participants.push(side(null, country, n.mention.office, n.mention.officeText));
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
    participants.push(side(null, counterpart.mention.country, peer.office, null));
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
      // "the Congress of South African Trade Unions", "the Confederation of British Industry": a country word inside
      // a body's name, between its "Capitalised of" and a capitalised noun, is no side (a union or a lobby is none).
      if (BODY_OF.test(doc.text.slice(Math.max(0, c.start - 40), c.start)) && /^\s+\p{Lu}\p{Ll}/u.test(doc.text.slice(c.end, c.end + 4))) continue;
      const party =
        c.end <= t.start ||
        /^\s*(?:\w+\s+){0,2}(?:with|between)\s+(?:the\s+)?(?:[\w.]+\s+(?:and|,)\s+)?$/i.test(doc.text.slice(t.end, c.start));
      if (!party) continue;
      // "The Ukrainian leader also met Prime Minister Tarlev": the leader of that country the story last named.
      const leader = LEADER_AFTER.test(doc.text.slice(c.end, c.end + 10)) && /\bthe\s+$/i.test(doc.text.slice(Math.max(0, c.start - 5), c.start)) ? lastLeader(doc, s, c.country.code) : null;
      if (leader?.entity) {
        participants.push(side(leader.entity, c.country.code, leader.entity.office, leader.entity.officeText));
        trace.push(`the ${c.country.code} leader: ${leader.entity.name}, named before`);
      } else participants.push(side(null, c.country.code, null, null));
      have.add(c.country.code);
    }
  }
  return { place, host };
}

/** "the Ukrainian leader", "the Congolese leader": a country's head, by a word that is no office of its own. */
const LEADER_AFTER = /^\s+leader\b/i;
/** How many sentences back the leader meant may have been named. */
const LEADER_BACK = 6;

/** The head of state or government of that country named last in the sentences before (none when two were). */
function lastLeader(doc: DocumentView, s: SentenceView, code: string): ResolvedMention | null {
  const at = doc.sentences.indexOf(s);
  for (let i = at - 1; i >= Math.max(0, at - LEADER_BACK); i--) {
    const heads = doc.sentences[i].people.filter((p) => p.entity && p.entity.country === code && (p.entity.office?.rank ?? 9) <= 2);
    const distinct = new Set(heads.map((p) => p.entity));
    if (distinct.size === 1) return heads[0];
    if (distinct.size > 1) return null;
  }
  return null;
}

/** The head of a body's name right before a country word: "Congress of", "Federation of", "Chamber of". */
const BODY_OF = /\b\p{Lu}\p{Ll}+\s+of\s+(?:the\s+)?$/u;

/** Triggers whose subject (or, in the passive, whose agent after "by") receives a guest at home. */
export const RECEIVES = new Set(['received', 'received-at', 'received-by', 'hosted', 'welcomed', 'receive-visit']);

/** A passive's auxiliary right before the verb: "was hosted", "will be welcomed", "is being received". */
const PASSIVE_BEFORE = /\b(?:was|were|be|been|being|is|are)\s+(?:also\s+|later\s+|then\s+)?$/i;
/** The passive's agent after the verb: " to a state banquet by ", " at the palace by ". */
const BY_AGENT = /^[^,;.]{0,50}?\bby\s+/i;

/**
 * "Milei received his Uruguayan counterpart at the Casa Rosada", "Scholz was received by Macron": with no
 * place named, a meeting a host receives is in the host's country (an organisation's chief hosts no country).
 */
function receiverCountry(doc: DocumentView, kb: KnowledgeIndex, t: TriggerHit, k: Clause, active: ResolvedMention[]): string | null {
  if (!RECEIVES.has(t.rule.id)) return null;
  const { lo, hi, rel } = k;
  // ("Tokayev, who was in Almaty for a forum, received …": past a closed "who" clause, the one right before it.)
  const antecedent = (p: ResolvedMention) => !!rel && p.mention.end <= rel.pronoun && /^\s*,\s*$/.test(doc.text.slice(p.mention.end, rel.pronoun));
  // ("Lee will be hosted to a state banquet by Mr Tharman", "was welcomed at the palace by the King": the passive's
  // agent, after "by", received the guest.)
  const by = PASSIVE_BEFORE.test(doc.text.slice(Math.max(lo, t.start - 24), t.start)) ? BY_AGENT.exec(doc.text.slice(t.end, hi)) : null;
  const receiver =
    t.rule.id === 'received-by' || by
      ? active.find((p) => p.entity && p.mention.start >= (by ? t.end + by.index + by[0].length : t.end) && p.mention.start < hi)
      : ([...active].reverse().find((p) => p.entity && p.mention.end <= t.start && p.mention.start >= lo) ?? active.find((p) => p.entity && antecedent(p)));
  const code = receiver?.entity?.country ?? null;
  const country = code ? kb.country(code) : undefined;
  return country && !country.isOrganisation ? country.code : null;
}

/**
 * "held talks with visiting Pakistani Foreign Minister Kasuri": a guest called visiting is in the country of the
 * others the clause names, when they are all of one country that is not the guest's.
 */
function visitedCountry(doc: DocumentView, kb: KnowledgeIndex, lo: number, hi: number, active: ResolvedMention[]): string | null {
  const inClause = active.filter((p) => p.entity?.country && p.mention.start >= lo && p.mention.start < hi);
  const guest = inClause.find((p) => VISITING_BEFORE.test(doc.text.slice(Math.max(lo, p.mention.start - 14), p.mention.start)));
  if (!guest) return null;
  const others = new Set(inClause.filter((p) => p.entity!.country !== guest.entity!.country).map((p) => p.entity!.country!));
  if (others.size !== 1) return null;
  const country = kb.country([...others][0]);
  return country && !country.isOrganisation ? country.code : null;
}

const VISITING_BEFORE = /\bvisiting\s+$/i;

/** "… a bilateral meeting when they attend the G20 summit in Toronto": the clause that says where they will be. */
const OCCASION = /^\s*,?\s*(?:when|while|as)\s+(?:they|he|she|both|the\s+two(?:\s+\w+)?)\s+(?:(?:will|are|is)\s+)?(?:attend\w*|(?:are|is|were|was)\s+(?:in|at)|visit\w*|travel\w*\s+to|gather\w*\s+(?:in|at)|meet\s+(?:in|at))\b/i;

/**
 * "… invited Modi to the G7 summit in Calgary. The two leaders met on the sidelines on June 17": a bare "on the
 * sidelines" (no "of") is of the gathering the sentence before places.
 */
function sidelinesPlace(doc: DocumentView, s: SentenceView): PlaceMention | null {
  if (!/\b(?:sidelines|margins?)\b/i.test(s.s.text) || !BARE_SIDELINES.test(s.s.text)) return null;
  const prev = doc.sentences[doc.sentences.indexOf(s) - 1];
  if (!prev || prev.info.headline) return null;
  const at = prev.places.filter((p) => (p.prep === 'in' || p.prep === 'at') && GATHERING_BEFORE.test(doc.text.slice(Math.max(prev.s.start, p.start - 60), p.start)));
  return at.length === 1 ? at[0] : null;
}

/** "on the sidelines" or "on the margins" with no "of" after: of a gathering told before. */
const BARE_SIDELINES = /\b(?:on|at)\s+the\s+(?:sidelines|margins?)\b(?!\s+of\b)/i;
/** Before a place: the gathering held there ("the G7 summit in ", "a security conference at "). */
const GATHERING_BEFORE = /\b(?:summit|conference|forum|gathering|assembly|congress|G-?7|G-?20)\b[^.;,]{0,30}?\s(?:in|at)\s+$/i;

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
// ("The talks covered … workers in New Zealand orchards": what talks covered or focused on is their subject too.)
const DISCUSS = /\b(?:to\s+discuss|discuss(?:ed|ing)|cover(?:ed|s|ing)|focus(?:ed|es|ing)?\s+on|cent(?:re|er)(?:d|s)?\s+on|dealt\s+with|touch(?:ed|es)\s+on|regarding|concerning|on\s+the\s+(?:future|situation|crisis|conflict|war)\s+(?:of|in)|build\s+on|outcomes?\s+of|results?\s+of|success\s+of)\b/i;

/** "the Secretary of Economy", "the Ministry of Defence": a word after an office's "of" names its portfolio, not a place. */
// ("the Minister of Foreign Affairs of Armenia": a country after the portfolio says whose minister, not where.)
const OFFICE_OF = /\b(?:secretary|minister|ministry|department|secretariat|office|commissioner|bureau)\s+of\s+(?:the\s+)?(?:(?:foreign|internal|home|economic|european|external|defen[cs]e|state)\s+)?(?:affairs\s+(?:and\s+[\w\s]{3,30}?\s+)?of\s+(?:the\s+)?)?$/i;

/** "the visiting foreign ministers of Japan and Australia": "of" after people says whose they are, never where they met. */
const WHOSE_OF = /\b(?:ministers?|leaders?|presidents?|premiers?|heads\s+of\s+(?:state|government)|counterparts?|delegations?|envoys?|officials?|diplomats?|kings?|emirs?)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*(?:\s*,\s*|\s+and\s+|\s+))*$/u;

/** "…, Crown Prince of Abu Dhabi, in Nairobi", "the Emir of Qatar", "Governor of Tokyo": the seat a title names (capitalised or not) is no venue. */
const SEAT_OF = /\b(?:kings?|queens?|emirs?|amirs?|princes?|princess(?:es)?|sultans?|rulers?|monarchs?|governors?|mayors?)\s+of\s+(?:the\s+)?$/i;

/** "will travel to Tokyo for a “two-plus-two” meeting": the meeting a journey is for is at its end. */
const JOURNEY_FOR = /\b(?:travel\w*|fl(?:y|ies|ew|own|ying)|head\w*|go(?:es|ing)?|went|arriv\w*|come|comes|came|coming)\s+to\s+$/i;

/** Between the trigger and a place: a comma and a participle ("…, pledging") or a relative pronoun after a comma. */
// (", where Putin proposed … in Azerbaijan": a "where" clause with a verb of its own, past the place it tells of.)
const ASIDE_BEFORE_PLACE = /,\s*(?:(?!including|excluding|according|regarding|concerning|following|during|accompanying)\p{Ll}+ing\b|(?:[^,;]*?\b)?(?:that|which|who|whose)\b|where\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Ll}+ed\b)[^;]*$/u;

/** Between an exchange's noun and a place: ", planned for " (its reduced relative clause, set off by a comma). */
const PLANNED_FOR = /^[^;]{0,120}?,\s*(?:originally\s+|initially\s+|first\s+)?(?:planned|scheduled|set|slated)\s+for\s+$/i;

/** From the noun to a place: a relative clause telling its plan ("… that had been scheduled for November 16 in "). */
const PLAN_RELATIVE = /^[^;]{0,200}?\b(?:that|which)\s+(?:had\s+been|has\s+been|was|were|is|are)\s+(?:originally\s+|initially\s+)?(?:scheduled|planned|set|slated|due|expected)\b[^;,]{0,60}$/i;

/** A gathering's noun, then a "where" clause reaching the trigger: "… meeting, where he will hold …". */
const WHERE_AFTER_GATHERING = /\b(?:meeting|summit|conference|forum|session|ceremony|gathering|council|talks)\s*,\s*where\b(?:(?!,\s*and\s)[^;])*$/i;

/** "from the G20 summit in ", "fresh from a meeting at ": the place after is where an occasion left behind was. */
const FROM_OCCASION = /\bfrom\s+(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){1,4}(?:in|at)\s+$/i;

/** After a host's verb, the guest named and where to: "welcoming Secretary Lazaro to Japan", "received him to Ankara". */
const GUEST_THEN_TO = /^\s*(?:(?:the|his|her|their)\s+)?(?:[\p{Lu}\p{Ll}][\p{L}.'’-]*\s+){1,6}?to\s+(?:the\s+)?$/u;

/** "looks forward to welcoming Secretary Lazaro to Japan": a host's welcome is where the guest is welcomed to. */
function welcomedTo(s: SentenceView, t: TriggerHit): PlaceMention | null {
  if (!RECEIVES.has(t.rule.id)) return null;
  return s.places.find((p) => p.prep === 'to' && p.start >= t.end && p.start - t.end <= 70 && GUEST_THEN_TO.test(s.s.text.slice(t.end - s.s.start, p.start - s.s.start))) ?? null;
}

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
  // "arrived from Paris, where he had met Macron": a "where" clause tells of the place just before it —
  // until a comma and "and" close it ("…, where she had talks with X, and held a dinner with Y" is back in the main clause).
  const where = s.places.find((p) => p.end <= t.start && /^\s*,\s*where\b(?:(?!,\s*and\s)[^;])*$/i.test(s.s.text.slice(p.end - s.s.start, t.start - s.s.start)));
  if (where) return where;
  // "… travel to Tianjin on Tuesday to attend the SCO ministers' meeting, where he is to hold bilateral meetings": a
  // "where" clause after a gathering is at the place the gathering was placed at before it.
  const gathering = WHERE_AFTER_GATHERING.exec(s.s.text.slice(0, t.start - s.s.start));
  if (gathering) {
    const at = s.s.start + gathering.index;
    const placed = s.places.filter((p) => p.end <= at && ['in', 'to', 'at'].includes(p.prep) && (p.place?.kind === 'city' || !!p.country)).pop();
    if (placed) return placed;
  }
  const topic = (p: PlaceMention) => {
    const before = s.s.text.slice(Math.max(0, p.start - s.s.start - 40), p.start - s.s.start);
    // "met X on Saturday to discuss the future of the force in Somalia": after the purpose, a place is the topic's.
    const purpose = p.start >= t.end && DISCUSS.test(s.s.text.slice(t.end - s.s.start, p.start - s.s.start));
    // "met Maamau, pledging support for a new runway, a plan that has raised concern in Canberra": after a
    // participle or a relative clause set off by a comma, a place is that clause's.
    const aside = p.start >= t.end && ASIDE_BEFORE_PLACE.test(s.s.text.slice(t.end - s.s.start, p.start - s.s.start));
    // "Sultan Hassanal Bolkiah of Brunei Darussalam": "of" right after a name says whose he is.
    const ofName = p.prep === 'of' && s.people.some((o) => o.mention.end <= p.start && /^\s+of\s+(?:the\s+)?$/i.test(s.s.text.slice(o.mention.end - s.s.start, p.start - s.s.start)));
    // "Putin, barely five months in the Kremlin, came to New Delhi and signed …": a place set off by commas between the
    // subject and its verb describes the subject.
    const setOff =
      p.end <= t.start &&
      p.start >= lo &&
      s.people.some((q) => q.mention.end <= p.start && /^\s*,[^,;]*$/.test(s.s.text.slice(q.mention.end - s.s.start, p.start - s.s.start))) &&
      /^[^,;]*,/.test(s.s.text.slice(p.end - s.s.start, t.start - s.s.start)) &&
      !/\b(?:where|when)\b/i.test(s.s.text.slice(Math.max(lo, p.start - 40) - s.s.start, p.start - s.s.start));
    // "arrived in Hanoi, straight from the G20 summit in New Delhi, and went into talks with …": the place of an
    // occasion the subject came "from" is behind the journey, not the talks' venue.
    const cameFrom = FROM_OCCASION.test(before);
    return purpose || aside || ofName || setOff || cameFrom || TOPIC_BEFORE_PLACE.test(before) || OFFICE_OF.test(before) || FORMAL_OF.test(before) || WHOSE_OF.test(before) || SEAT_OF.test(before);
  };
  const near = s.places.filter((p) => ['in', 'at', 'of', 'near'].includes(p.prep) && p.start >= lo && p.end <= hi && !topic(p));
  // "the foreign ministers of Armenia and Azerbaijan … in Washington": "of" a country says whose they
  // are; it is the venue only when no place is given with in, at or near.
  const venue = near.filter((p) => p.prep !== 'of' || p.place);
  const located = venue.length ? venue : near;
  // "In Djibouti on Friday morning, before flying to Nairobi, he met President Guelleh": a place that opens the
  // sentence is where its main clause's exchange took place, when that clause names none.
  // "A meeting of the Quad foreign ministers — … — that had been scheduled for November 16 in Washington": the
  // place of the plan a relative clause on the noun tells.
  // ("A meeting between Lutnick and Wang Wentao, planned for Washington this week, has been postponed": the reduced
  // relative names the place right after "planned for".)
  const planned = () =>
    s.places.find(
      (p) =>
        p.start >= t.end &&
        ((['in', 'at'].includes(p.prep) && PLAN_RELATIVE.test(s.s.text.slice(t.end - s.s.start, p.start - s.s.start))) ||
          (p.prep === 'for' && PLANNED_FOR.test(s.s.text.slice(t.end - s.s.start, p.start - s.s.start)))),
    );
  if (!located.length)
    return (
      s.places.find((p) => p.prep === 'in' && p.end <= t.start && /^[\s"“]*in\s+$/i.test(s.s.text.slice(0, p.start - s.s.start))) ??
      whenAtPlace(s, t) ??
      leftAfter(s, t) ??
      (t.rule.nominal ? (planned() ?? modifierVenue(s, t, lo)) : null)
    );
  // The nearest located place; a city beats the country it is in ("in Tianjin, China").
  located.sort((a, b) => Math.abs(a.start - t.start) - Math.abs(b.start - t.start));
  const best = located[0];
  if (!best.place) {
    const city = located.find((p) => p.place && p.place.country === best.country?.code);
    if (city) return city;
  }
  return best;
}

/**
 * "… the first Russia-Africa Summit in Sochi in October 2019, when Putin met Buhari", "initialled at the White House on
 * August 8, when Aliyev and Pashinyan met Trump": a "when" clause right after a place and its time (nothing else between)
 * tells what happened there then, when it names no place of its own.
 */
function whenAtPlace(s: SentenceView, t: TriggerHit): PlaceMention | null {
  if (!/\bwhen\b/i.test(s.s.text)) return null;
  const at = s.places.filter((p) => (p.prep === 'in' || p.prep === 'at') && (p.place?.kind === 'city' || p.place?.kind === 'venue') && p.end <= t.start);
  return at.find((p) => PLACE_TIME_WHEN.test(s.s.text.slice(p.end - s.s.start, t.start - s.s.start))) ?? null;
}
/**
 * "… for a working lunch before the Vietnamese leader leaves Tokyo", "met Yoon on Wednesday before leaving Seoul for
 * Tokyo": the city one leaves after an exchange is where it was held (the city one left before it is not).
 */
function leftAfter(s: SentenceView, t: TriggerHit): PlaceMention | null {
  if (!/\bbefore\b/i.test(s.s.text)) return null;
  return s.places.find((p) => p.start >= t.end && p.place?.kind === 'city' && BEFORE_LEAVING.test(s.s.text.slice(t.end - s.s.start, p.start - s.s.start))) ?? null;
}
/** From the trigger to a city: "… before leaving ", "… before the Vietnamese leader leaves ", "… before departing from ". */
const BEFORE_LEAVING = /^[^;.]{0,80}?\bbefore\s+(?:(?:the|his|her|their)\s+(?:[\w-]+\s+){0,3}|he\s+|she\s+|they\s+|\p{Lu}[\p{L}-]*\s+)?(?:leav(?:es|ing|e)|depart(?:s|ing)?(?:\s+from)?|fl(?:ies|y|ying)\s+out\s+of)\s+$/iu;

/** After a place to the trigger: its time at most ("in October 2019", "on August 8, 2025"), then a "when" clause with no comma. */
const PLACE_TIME_WHEN = /^(?:\s+(?:in|on)\s+(?:(?:early|mid|late|\p{Lu}\p{Ll}+|\d{1,2}(?:st|nd|rd|th)?)\s*,?\s+){0,2}\d{4})?\s*,\s*when\s+[^,;]*$/u;

/** Between a place and a call's trigger: "and" and the call's own verb ("… in Vientiane and spoke by"). */
const AND_VERB_BEFORE = /^[^,;]{0,30}?\band\s+(?:[\w'’-]+\s+){1,3}$/i;

/**
 * "a White House meeting", "the Kremlin talks", "the Geneva summit": a city or venue (not a country: "a China meeting"
 * may be one on China) right before the noun, as its modifier, is where it is held.
 */
function modifierVenue(s: SentenceView, t: TriggerHit, lo: number): PlaceMention | null {
  return s.places.find((p) => !!p.place && !p.country && namesAVenue(p.place) && p.start >= lo && p.end <= t.start && VENUE_MODIFIER.test(s.s.text.slice(p.end - s.s.start, t.start - s.s.start))) ?? null;
}
/** A building or a city of some size: "Summit" (New Jersey) before "Meeting" is the meeting's word, no town. */
const namesAVenue = (p: PlaceDef) => p.kind === 'venue' || (p.kind === 'city' && (p.population ?? 0) >= 100_000);
const VENUE_MODIFIER = /^[ -]?(?:(?:bilateral|summit|leaders['’]?|state|working|official)\s+)?$/i;
