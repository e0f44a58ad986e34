// A visit's travellers, destination and host: who went where.
import type { DocumentView, PlaceMention, SentenceView } from '../document.js';
import type { ResolvedMention } from '../resolve/entities.js';
import type { Clause } from './clause.js';
import { superlativeTo } from './lexicon.js';
import type { Parties } from './parties.js';
import { canBeMeant, dedupe, side, sideOf, takeList, type Side } from './sides.js';
import type { TriggerHit } from './triggers.js';
import { sharedSubject } from './shared-subject.js';
import { mapPacked } from '../packed.js';

export interface VisitParts {
  travellers: Side[];
  place: PlaceMention | null;
  host: string | null;
  /** The sentence before, whose place the journey took ("… in Rio on Nov. 18-19. X will send Y instead"): its time too. */
  placeFrom?: SentenceView;
}


/** Between a place and an arrival in the where-clause after it: ", where he ", ", where the delegation ". */
const WHERE_ARRIVED = /^\s*,\s*where\s+(?:[\w'’-]+\s+){1,3}$/i;
export function visitOf(
  doc: DocumentView,
  s: SentenceView,
  t: TriggerHit,
  k: Clause,
  parties: Parties,
  lastSubject: ResolvedMention | null,
  determined: boolean,
  trace: string[],
): VisitParts {
  const { lo, hi } = k;
  const { active, people, nominals } = parties;
  // "the visit", "that trip" with no traveller of its own refer back rather than take whoever stands near.
  const refersBack = determined && /\b(?:the|that|this)\s+(?:\w+[- ]){0,3}$/i.test(doc.text.slice(Math.max(lo, t.start - 40), t.start));
  const v = visitParts(doc, s, t, lo, hi, active, people, lastSubject, refersBack, k.rel);
  // ("Jean-Noël Barrot, the foreign minister, was in Algiers": a name and its appositive office are one traveller.)
  let travellers = dedupe(v.travellers);
  // "He will accompany the Prime Minister to China": the one accompanied makes the journey too.
  if (t.rule.id === 'accompanied' && travellers.length) {
    const along = [...people, ...nominals].filter((p) => p.entity && p.mention.start >= t.start && p.mention.end <= t.end && !travellers.some((x) => x.entity === p.entity));
    travellers = [...travellers, ...along.map(sideOf)];
  }
  // "The President of the Federal Republic of Germany and Mrs Elke Büdenbender arrived": one named by office alone, with
  // a companion of no known country joined by "and", is the traveller the exchange is about (the office names them).
  const companion = travellers.length && travellers.every((x) => !x.country) ? people.find((p) => p.entity === travellers[0].entity && p.mention.start >= lo && p.mention.end <= t.start) : undefined;
  const lead = companion ? nominals.find((n) => n.mention.country && n.mention.start >= lo && n.mention.end <= companion.mention.start && JOINED_BY_AND.test(doc.text.slice(n.mention.end, companion.mention.start))) : undefined;
  if (lead) travellers = [side(null, lead.mention.country, lead.mention.office, lead.mention.officeText)];
  if (!travellers.length) {
    // "Senior US diplomat visits China": an unnamed side, named later from the paragraph.
    const nom =
      nominals.find((n) => n.mention.start >= t.end && /^\s+(?:\w+\s+){0,5}?by\s+(?:an?\s+|the\s+)?$/i.test(doc.text.slice(t.end, n.mention.start))) ??
      (refersBack ? undefined : nominals.find((n) => n.mention.end <= t.start));
    if (nom) travellers = [side(null, nom.mention.country, nom.mention.office, nom.mention.officeText)];
  }
  trace.push(`traveller ${travellers.map((x) => x.entity?.name ?? x.country).join(', ') || 'unknown'}; host ${v.host ?? 'unknown'}${v.placeFrom ? ' (the place of the sentence before)' : ''}`);
  return { travellers, place: v.place, host: v.host, placeFrom: v.placeFrom };
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
  rel: Clause['rel'] = null,
): VisitParts {
  const after = doc.text.slice(t.end, hi);
  let travellers: Side[] = [];
  if (t.rule.guestTravels) {
    // "Trong welcomed Biden to Hanoi": the guests are the people between the host's verb and the place.
    const verb = doc.text.slice(lo, t.start).search(/\b(?:welcom|host|sen[dt]|dispatch|receiv|expect)\w*\s+(?:(?!\b(?:welcom|host|sen[dt]|dispatch|receiv|expect)\w*\s)[^])*$/i);
    // An ambassador or envoy received where posted made no journey there.
    const posted = (p: ResolvedMention) => t.rule.id === 'received-in' && (p.mention.office?.rank ?? p.entity?.office?.rank ?? 0) >= 6;
    const guests = verb === -1 ? [] : active.filter((p) => p.mention.start >= lo + verb && p.mention.end <= t.start && p.entity && !posted(p));
    travellers = guests.length ? mapPacked(takeList(doc, guests, guests[0].mention.start), sideOf) : [];
  }
  const seek = !t.rule.guestTravels;
  // "held talks with visiting Pakistani Foreign Minister Kasuri", "met the visiting foreign ministers of Japan and
  // Australia": "visiting" qualifying those met makes them the travellers, to the country of the others the clause
  // names; it is not the subject's journey to the countries named after it.
  if (seek && /^visiting$/i.test(doc.text.slice(t.start, t.end)) && QUALIFIES_GUEST.test(doc.text.slice(Math.max(lo, t.start - 24), t.start))) {
    // ("the visiting Turkmen leader Serdar Berdimuhamedov": a word for the guest that is no office may stand before the name.)
    const guests = active.filter((p) => p.entity && p.mention.start >= t.end && (p.mention.start <= t.end + 2 || (p.mention.start <= t.end + 40 && GUEST_WORD.test(doc.text.slice(t.end, p.mention.start)))));
    const list = guests.length ? takeList(doc, active.filter((p) => p.entity), guests[0].mention.start) : [];
    const guestCountries = new Set(list.map((p) => p.entity!.country));
    const others = new Set(
      active.filter((p) => p.entity?.country && p.mention.start >= lo && p.mention.start < hi && !guestCountries.has(p.entity.country)).map((p) => p.entity!.country!),
    );
    return { travellers: mapPacked(list, sideOf), place: null, host: list.length && others.size === 1 ? [...others][0] : null };
  }
  // "trips by Yellen and Raimondo", "a visit by Kasuri", "the visit of President X", "a visit to New Delhi by Wang Yi".
  const by = /^\s+(?:(?:to|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})?(?:\w+\s+){0,2}?(?:by|of)\s+/u.exec(after);
  if (by && seek) {
    const startBy = t.end + by[0].length;
    const list = active.filter((p) => p.mention.start >= startBy && p.mention.start < startBy + 120 && p.entity);
    const chained = takeList(doc, list, startBy);
    travellers = mapPacked(chained, sideOf);
    // "met Lee in Tokyo, the first visit to Japan by a South Korean leader in a year": an indefinite leader of a
    // country is the one person of that country the sentence names.
    if (!travellers.length && /^an?\s/i.test(doc.text.slice(startBy, startBy + 3))) {
      const c = s.countries.find((m) => m.start > startBy && m.start <= startBy + 3);
      if (c && LEADER_AFTER.test(doc.text.slice(c.end, c.end + 40))) {
        const of = s.people.filter((p) => p.entity?.country === c.country.code);
        if (of.length && of.every((p) => p.entity === of[0].entity)) travellers = [sideOf(of[0])];
      }
    }
  }
  if (seek && !travellers.length) {
    // "Xi had invited Putin to pay a visit to China": the one invited travels (exclusions keep only an invitation
    // accepted, or refused).
    // ("invited him to Riyadh": the trigger is the "to" itself.)
    const invited = (t.rule.id === 'invited-to' ? /\binvit(?:ed|es|ing)\s+(?:[\w.'’-]+\s+){1,8}?$/i : INVITED_BEFORE).exec(doc.text.slice(lo, t.start));
    const from = invited ? lo + invited.index : -1;
    const guest = invited ? active.find((p) => p.entity && p.mention.start >= from && p.mention.end <= t.start) : undefined;
    if (guest) travellers = [sideOf(guest)];
    // "the Saudi minister had in turn invited him to Riyadh": "him" is the one of another country than the inviter
    // named last before the inviter.
    else if (invited && t.rule.id === 'invited-to' && /^\s*invit\w+\s+(?:him|her)\s/i.test(invited[0])) {
      const countryOf = (p: ResolvedMention) => p.entity?.country ?? p.mention.country ?? null;
      const inviter = [...s.people].reverse().find((p) => countryOf(p) && p.mention.end <= from && p.mention.start >= lo);
      const other = inviter && [...s.people].reverse().find((p) => p.entity?.country && p.mention.end <= inviter.mention.start && p.entity.country !== countryOf(inviter));
      if (other) travellers = [sideOf(other)];
    }
  }
  if (seek && !travellers.length) {
    // "Blinken’s visit".
    // ("declined Zelensky's invitation to come to Kyiv": the one whose invitation it is stays home.)
    const poss = people.find((p) => p.entity && /^\s*['’]s?\s*(?:\w+[- ]){0,3}$/.test(doc.text.slice(p.mention.end, t.start)) && !/\binvitation\b/i.test(doc.text.slice(p.mention.end, t.start)));
    if (poss) travellers = [sideOf(poss)];
  }
  // "held talks with Prabowo …, as part of the latter's state visit": of the last two people named, the second
  // ("the former's": the first).
  const formerLatter = seek && !travellers.length ? /\bthe\s+(former|latter)['’]s?\s+(?:[\w-]+\s+){0,3}$/i.exec(doc.text.slice(Math.max(s.s.start, t.start - 50), t.start)) : null;
  if (formerLatter) {
    const named = people.filter((p) => p.entity && p.mention.end <= t.start);
    const two = named.filter((p, i) => named.findIndex((q) => q.entity === p.entity) === i).slice(-2);
    const one = two.length === 2 ? two[formerLatter[1].toLowerCase() === 'latter' ? 1 : 0] : null;
    if (one) travellers = [sideOf(one)];
  }
  if (seek && !travellers.length && /\b(?:his|her|their)\s+(?:[\w-]+\s+){0,3}$/i.test(doc.text.slice(Math.max(lo, t.start - 40), t.start))) {
    // "asking Blinken about his long trip": the nearest person before the possessive — but not one at
    // home where the trip goes ("Jaishankar meets Xi in Beijing, on his first visit to China").
    // (Not a place past an infinitive: "cut short his trip to deal with talks in Washington" tells where the talks are.)
    const goesTo = s.places.find((p) => p.start >= t.end && p.start <= t.end + 40 && p.prep !== 'from' && !INFINITIVE_BETWEEN.test(doc.text.slice(t.end, p.start)));
    const to = goesTo ? (goesTo.place?.country ?? goesTo.country?.code ?? null) : null;
    // Nor one governed by a preposition ("conveyed the greetings of Prime Minister Modi, in his first visit"): the subject is meant.
    // ("Pelosi met Japanese Prime Minister Fumio Kishida …, overshadowed by China's reaction to her visit to Taiwan": nor
    // the object of a verb of meeting, unless a relative clause on that one holds the possessive: "met Modi, who was on
    // his first visit to Europe".)
    const object = (p: ResolvedMention) =>
      /\b(?:of|to|with|from|by|for|met|meets|received|receives|hosted|hosts|welcomed|welcomes|phoned|telephoned)\s+(?:[\w.'’-]+\s+){0,4}$/i.test(
        doc.text.slice(Math.max(s.s.start, p.mention.start - 40), p.mention.start),
      ) && !/^[^.;]*?,\s*(?:who|whose)\b[^,;]*$/i.test(doc.text.slice(p.mention.end, t.start));
    const before = [...people].reverse().filter((p) => p.mention.end <= t.start && p.entity);
    // ("He then went to Berlin for talks with Wadephul, before ending his trip in Paris": with only objects named, a
    // sentence whose subject is "he" or "she" keeps the one that pronoun means.)
    const heSubject = /^\W*(?:he|she)\b/i.test(s.s.text) && canBeMeant(lastSubject) ? lastSubject : undefined;
    // ("received Syria's President Ahmed al-Sharaa at Al-Yamamah Palace on Sunday, on his first foreign trip": the
    // journey a reception's phrase tells is the guest's, the one received, not the host's at home.)
    const onHisTrip = ON_HIS_TRIP.test(doc.text.slice(Math.max(lo, t.start - 60), t.start));
    const guest = onHisTrip ? before.find((p) => RECEPTION_BEFORE.test(doc.text.slice(Math.max(s.s.start, p.mention.start - 40), p.mention.start))) : undefined;
    const prior = guest ?? before.find((p) => (!to || p.entity!.country !== to) && !object(p)) ?? heSubject ?? before.find((p) => !to || p.entity!.country !== to) ?? before[0] ?? lastSubject;
    if (prior?.entity) travellers = [sideOf(prior)];
  }
  if (seek && !travellers.length) {
    // "Madbouly, the most senior Egyptian official to visit Addis Ababa": the one the superlative describes.
    const described = [...people].reverse().find((p) => p.entity && p.mention.end <= t.start && /^\s*,\s*(?:the|a|an)\s+[^,;.]{0,80}\bto\s+$/i.test(doc.text.slice(p.mention.end, t.start)));
    if (described && superlativeTo(doc.text.slice(described.mention.end, t.start))) travellers = [sideOf(described)];
  }
  // "Ishiba receives Marcos for a state visit": the guest a host's verb takes is the one on the visit, to the
  // host's country (unless a place says otherwise).
  let hostsGuest: string | null = null;
  if (seek && !travellers.length && FOR_A_VISIT.test(doc.text.slice(Math.max(lo, t.start - 40), t.start))) {
    const guest = [...active].reverse().find((p) => p.entity && p.mention.end <= t.start && /^[\s.,]*(?:\([^)]*\)\s*)?for\s+/i.test(doc.text.slice(p.mention.end, t.start)));
    const from = guest ? Math.max(lo, guest.mention.start - 60) : 0;
    const verb = guest ? HOST_VERB.exec(doc.text.slice(from, guest.mention.start)) : null;
    const host = verb ? [...active].reverse().find((p) => p.entity && p.mention.end <= from + verb.index && p.entity.country !== guest!.entity!.country) : undefined;
    if (guest && verb && host) {
      travellers = [sideOf(guest)];
      hostsGuest = host.entity!.country;
    }
  }
  let byOffice = false;
  if (seek && !preparedBy(doc, lo, t) && !travellers.length) {
    // The subject of the clause: the first person before the trigger (with anyone joined by "and").
    // A person after a preposition ("In a letter to X, Y rejected …") is not the subject.
    const governed = (p: ResolvedMention) => /\b(?:to|with|from|by|for|on|at|of|toward|towards)\s+(?:[\w.'’-]+\s+){0,4}$/i.test(doc.text.slice(Math.max(lo, p.mention.start - 40), p.mention.start));
    // ("… when he met the emir during a tour of the Middle East": the one met is no subject of the journey the meeting
    // was held on.)
    const met = (p: ResolvedMention) => MET_OBJECT.test(doc.text.slice(Math.max(lo, p.mention.start - 40), p.mention.start)) && DURING_JOURNEY.test(doc.text.slice(p.mention.end, t.start));
    const before = active.filter((p) => p.mention.end <= t.start && p.mention.start >= lo && p.entity && !governed(p) && !met(p));
    // No one in the clause ("…, who earlier this year cancelled a state visit"): the nearest person before it —
    // but "the visit" with no traveller of its own refers back instead ("An aide to X said the visit …").
    // "… was due to meet Y before flying to Z": a clause with no subject of its own shares the sentence's.
    const shared = refersBack || before.length ? null : sharedSubject(doc, s, t, lo, active);
    // ("He met Putin in Moscow, then flew to Kyiv": the one "he" means, told before, not Putin.)
    const sharedOne = shared === 'pronoun' ? (canBeMeant(lastSubject) ? lastSubject : undefined) : shared === 'office' ? undefined : shared;
    // "Maliki, who visited Washington and met Bush, is expected to travel to Tehran": past a closed relative clause,
    // the subject is its antecedent, not the last person the relative clause names.
    const antecedent = rel ? [...active].reverse().find((p) => p.entity && p.mention.end <= rel.pronoun && /^\s*,?\s*$/.test(doc.text.slice(p.mention.end, rel.pronoun))) : undefined;
    // ("Jiang arrived in November and held talks with Deve Gowda; he flew on to Islamabad": a clause that opens with
    // "he" or "she" goes on with the sentence's subject, not the last person named as an object.)
    const pronounClause = !before.length && lo > s.s.start && /^\W*(?:he|she)\b/i.test(doc.text.slice(lo, t.start));
    // (Not a subject of two joined by "and": "Lourenço and von der Leyen last met in Luanda when she came to launch …"
    // leaves "she" to the nearest.)
    const subjectOfSentence = pronounClause ? active.find((p) => p.entity && p.mention.end <= lo && !governed(p)) : undefined;
    const joined = (q: ResolvedMention) => active.some((p) => p.entity && p !== q && p.mention.start >= q.mention.end && /^\s*(?:and|&)\s+(?:(?:von|van|der|den|de|da|du|di|la|le|al|el|bin)\s+)*$/i.test(doc.text.slice(q.mention.end, p.mention.start)));
    const sentenceSubject = subjectOfSentence && !joined(subjectOfSentence) ? subjectOfSentence : undefined;
    // ("The Italian prime minister met Saied in Tunis before flying to Libya": an office with no name is the subject, whom
    // the caller takes; no one named after it is.)
    byOffice = shared === 'office';
    const first = before[0] ?? (refersBack || byOffice ? undefined : (sharedOne ?? antecedent ?? sentenceSubject ?? [...active].reverse().find((p) => p.mention.end <= t.start && p.entity)));
    if (first) travellers = mapPacked(takeList(doc, before.length ? before : [first], first.mention.start), sideOf);
    // "Scholz went to India in 2024, and Modi visited Berlin in 2022": a verb's own subject right before it, after
    // ", and", is a new clause's subject, not one more of the first subject's list.
    const own = before[before.length - 1];
    if (own && !travellers.some((x) => x.entity === own.entity) && OWN_SUBJECT_GAP.test(doc.text.slice(own.mention.end, t.start)) && NEW_CLAUSE_BEFORE.test(doc.text.slice(Math.max(lo, own.mention.start - 12), own.mention.start)))
      travellers = [sideOf(own)];
    // ("when Medvedev was still first deputy prime minister and Nazarbaev was on a working visit to Russia": the one
    // who "was on" the visit is the subject right before it, whoever the clause named first.)
    else if (own && !travellers.some((x) => x.entity === own.entity) && ON_A_VISIT.test(doc.text.slice(own.mention.end, t.start))) travellers = [sideOf(own)];
  }
  if (seek && !travellers.length && !byOffice && /\b(?:he|she|his|her)\b/i.test(doc.text.slice(Math.max(lo, t.start - 60), t.start))) {
    const metHere = (p: ResolvedMention) => MET_OBJECT.test(doc.text.slice(Math.max(lo, p.mention.start - 40), p.mention.start)) && DURING_JOURNEY.test(doc.text.slice(p.mention.end, t.start));
    const prior = [...people].reverse().find((p) => p.mention.end <= t.start && p.entity && !metHere(p)) ?? lastSubject;
    if (prior?.entity || (prior === lastSubject && canBeMeant(prior))) travellers = [sideOf(prior)];
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
  // "the visit of National Security Advisor Shri Ajit Doval to Beijing": after a traveller named by "of"/"by", the places right after the name.
  const named = by && seek ? active.filter((p) => p.entity && travellers.some((x) => x.entity === p.entity) && p.mention.start >= t.end) : [];
  const destFrom = named.length ? Math.max(...named.map((p) => p.mention.end)) : t.end;
  // A place after "from" is no destination, but where the rule says the stop was: "arrived … from Bangkok,
  // where she had talks", "flew home from Suva".
  // "to the Ukraine Recovery Conference in Rome", "to the Gaza peace summit": a country naming a gathering is its topic, not where it met.
  const topic = (p: PlaceMention) => !!p.country && !p.place && GATHERING_AFTER.test(doc.text.slice(p.end, p.end + 40));
  const dest = s.places.filter(
    (p) => p.start >= destFrom && p.start <= destFrom + 40 && p.end <= end && (p.prep !== 'from' || !!t.rule.fromPlace || t.rule.id === 'home-from') && !topic(p),
  );
  const inClause = s.places.filter((p) => p.start >= lo && p.end <= end && ['in', 'to', 'at'].includes(p.prep) && !topic(p));
  // "postpones China visit", "his Beijing trip": a place right before the noun, as its modifier, is where it goes
  // (a country by its name: "a Chinese visit" may be one by the Chinese).
  const modifies = (m: { start: number; end: number }) => m.start >= lo && m.end <= t.start && PLACE_MODIFIER.test(doc.text.slice(m.end, t.start));
  const country = t.rule.nominal ? s.countries.find((c) => modifies(c) && !!doc.g.kb.countryByName(doc.text.slice(c.start, c.end))) : undefined;
  const modifier = !t.rule.nominal
    ? undefined
    : (s.places.find(modifies) ?? (country ? { start: country.start, end: country.end, from: country.from, to: country.to, place: null, country: country.country, prep: '' } : undefined));
  // "an invitation to Russian Victory Day parade": the occasion's country, by its demonym right after the trigger.
  const occasionOf =
    t.rule.id === 'invitation-to' && !dest.length ? s.countries.find((c) => c.start >= t.end && c.start <= t.end + 25 && !c.country.isOrganisation) : undefined;
  const ofOccasion = occasionOf ? { start: occasionOf.start, end: occasionOf.end, from: occasionOf.from, to: occasionOf.to, place: null, country: occasionOf.country, prep: '' } : undefined;
  // "chose India for his first bilateral visit abroad": the country chosen for a journey is where it goes.
  // ("made Riyadh the first foreign trip of his second term": so is the place a journey is made into.)
  const picked = t.rule.nominal && !dest.length ? s.countries.find((c) => c.start >= lo && c.end <= t.start && chosenFor(doc.text, c, t.start)) : undefined;
  const pickedPlace = t.rule.nominal && !dest.length && !picked ? s.places.find((p) => p.start >= lo && p.end <= t.start && chosenFor(doc.text, p, t.start)) : undefined;
  const chosen = picked ? { start: picked.start, end: picked.end, from: picked.from, to: picked.to, place: null, country: picked.country, prep: '' } : pickedPlace;
  const place = dest[0] ?? ofOccasion ?? inClause[0] ?? modifier ?? chosen ?? null;
  let host = place ? (place.place?.country ?? place.country?.code ?? null) : null;
  // "will not attend and will send Lavrov instead": the one sent goes where the sender would have, the place
  // named before in the sentence, or else in the one before it ("… host G20 leaders in Rio …").
  if (!place && ((t.rule.id === 'sent-to' && !/^to$/i.test(doc.text.slice(t.start, t.end))) || t.rule.id === 'landed')) {
    const stood = placeBefore(doc, s, t);
    if (stood) return { travellers, place: stood.place, host: stood.place.place?.country ?? stood.place.country?.code ?? null, placeFrom: stood.from };
  }
  // "… last met in Kyiv in February, when Voronin came to discuss …": the place of the clause a when-clause hangs on.
  if (!place && t.rule.id === 'came-to-do') {
    const there = s.places.filter((p) => p.end <= t.start && p.prep === 'in' && (p.place?.kind === 'city' || !!p.country) && /^[^.;]*\bwhen\s/i.test(doc.text.slice(p.end, t.start))).pop();
    if (there) return { travellers, place: there, host: there.place?.country ?? there.country?.code ?? null };
  }
  // "arrived here on Tuesday": here is the dateline's city.
  if (!host && doc.hereCountry && /^[\w\s]*?\bhere\b/i.test(doc.text.slice(t.start, Math.min(hi, t.end + 20)))) host = doc.hereCountry;
  // "The last stop was Singapore, where he arrived on Wednesday", "In Dili, where he arrived …": an arrival with no
  // place of its own inside a where-clause is at the place the clause follows (not where the story is filed).
  if (!host && !place && t.rule.toHere) {
    const there = s.places.filter((p) => p.end <= t.start && p.start >= s.s.start && WHERE_ARRIVED.test(doc.text.slice(p.end, t.start))).pop();
    const at = there ? (there.place?.country ?? there.country?.code ?? null) : null;
    if (there && at && !travellers.some((x) => x.country === at)) return { travellers, place: there, host: at };
  }
  // "flew in on Sunday": with no place named, the journey ends where the story is filed.
  if (!host && !place && t.rule.toHere && doc.hereCountry) {
    const here = doc.hereCity ? { start: t.start, end: t.end, from: -1, to: -1, place: doc.hereCity, country: null, prep: '' } : null;
    return { travellers, place: here, host: doc.hereCountry };
  }
  // ("Sharif had flown to the kingdom on Wednesday": a country told again by its kind is the last other country named in
  // the sentences just before.)
  if (!host && !place && KIND_OF_COUNTRY.test(after)) {
    const own = new Set(travellers.map((x) => x.country));
    const si = doc.sentences.indexOf(s);
    for (let j = si; j >= Math.max(0, si - 3) && !host; j--) {
      const sv = doc.sentences[j];
      const named = [...sv.places.map((p) => p.place?.country ?? p.country?.code ?? null), ...sv.countries.map((c) => c.country.code)].filter((c): c is string => !!c && !own.has(c));
      if (named.length) host = named[named.length - 1];
    }
  }
  if (!host && hostsGuest) host = hostsGuest;
  const travellerCountries = new Set(travellers.map((x) => x.country));
  if (host && travellerCountries.has(host)) {
    // ("returns to Madrid on Tuesday and is due in Brussels on Thursday": a return to a place at home, named right after
    // the trigger, is a homecoming; a place further on in the clause is another verb's, unless listed with it.)
    const atHome = dest.length > 0 && dest[0] === place && RETURN_WORD.test(doc.text.slice(t.start, t.end));
    const listed = atHome ? dest.filter((p, i) => i === 0 || dest.slice(1, i + 1).every((q, j) => LIST_JOIN.test(doc.text.slice(dest[j].end, q.start)))) : [];
    const other = (atHome ? listed : [...dest, ...inClause]).find((p) => !travellerCountries.has(p.place?.country ?? p.country?.code ?? null));
    host = other ? (other.place?.country ?? other.country?.code ?? null) : host;
    return { travellers, place: other ?? place, host };
  }
  return { travellers, place, host };
}

/** A trigger that tells a return: "returns to", "flew back to". */
const RETURN_WORD = /\breturn|\bback\b/i;

/** Between the places of one list: ", ", " and ", ", and ". */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

/** "to deal with", "to attend": a purpose infinitive (a lower-case verb after "to"), whose clause the words after it are. */
const INFINITIVE_BETWEEN = /\bto\s+(?!the\b)[a-z]+\s/;

/** Between a subject and its verb: nothing, or an adverb or auxiliary. */
// ("…, and Lula said he would travel to Ethiopia": one who says "he" of himself, then the verb, is its subject too.)
/** Right before a name: a verb of meeting whose object it is ("when he met the emir"). */
// ("met the emir, Sheikh Tamim": the name may stand in apposition to the office.)
const MET_OBJECT = /\b(?:met|meets|meeting|talks\s+with|spoke\s+with)\s+(?:[\w.'’-]+,?\s+){0,4}$/i;

/** From the one met to the journey: the meeting was held during it ("… during a tour", "… during a tour … that took him to"). */
const DURING_JOURNEY = /^[^.;]{0,40}?\bduring\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}(?:(?:tour|trip|journey|visit)\b[^.;]{0,60})?$/i;

const OWN_SUBJECT_GAP = /^\s*(?:(?:(?:also|then|later|again|too|had|has|have|\w+ly)\s+){0,2}|(?:has\s+|had\s+)?(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:he|she)\s+(?:[\w'’-]+\s+){0,4}?(?:to\s+)?)$/i;
/** Between a subject and a visit noun: "was on a working", "is on an official", "was making a state". */
/** ", on his first foreign ": a phrase of a journey set off after the one it describes. */
const ON_HIS_TRIP = /,\s*on\s+(?:his|her)\s+(?:[\w-]+\s+){0,3}$/i;
/** The verb of a reception right before its guest ("received Syria's interim President "). */
/** Right after the journey's verb: a country told again by its kind ("to the kingdom", "to the island nation"). */
const KIND_OF_COUNTRY = /^\s+(?:on\s+)?to\s+the\s+(?:kingdom|emirate|sultanate|island\s+nation|island\s+state|Gulf\s+state|city-state|principality)\b(?!\s+of\b)/i;
const RECEPTION_BEFORE = /\b(?:received|receives|receiving|welcomed|welcomes|welcoming|hosted|hosts|hosting|greeted|greets)\s+(?:[\w.'’-]+\s+){0,5}$/i;
const ON_A_VISIT = /^\s*(?:is|was|are|were|has\s+been|had\s+been)\s+(?:(?:still|then|already)\s+)?(?:on|making|paying)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}$/i;
/** A clause joined after a comma or semicolon: ", and", "; but". */
const NEW_CLAUSE_BEFORE = /(?:[,;]\s*(?:and|but|while|whereas)?|\bwhile|\bwhereas)\s+$/i;

/** Right after a name: a gathering it names ("Ukraine Recovery Conference", "Gaza peace summit"). */
const GATHERING_AFTER = /^\s+(?:(?!(?:for|to|in|at|on|with|and|or|of|by|from|after|before|the|a|an)\b)[\w-]+\s+){0,2}?(?:summit|conference|forum|talks)\b/i;

/** Where one sent "instead" would go: the last place "in"/"at" before the trigger in its sentence, or else in the sentence before. */
function placeBefore(doc: DocumentView, s: SentenceView, t: TriggerHit): { place: PlaceMention; from?: SentenceView } | null {
  const at = (p: PlaceMention) => (p.prep === 'in' || p.prep === 'at') && (p.place?.kind === 'city' || !!p.country);
  const own = s.places.filter((p) => p.end <= t.start && at(p)).pop();
  if (own) return { place: own };
  const si = doc.sentences.indexOf(s);
  const prev = si > 0 ? doc.sentences[si - 1] : undefined;
  const there = prev && !prev.info.heading ? prev.places.filter(at).pop() : undefined;
  return there ? { place: there, from: prev } : null;
}
/** "… for a state visit", "for an official visit to": the visit a guest is received for. */
const FOR_A_VISIT = /\bfor\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}$/i;
/** A host's verb right before its guest: "receives", "welcomed", "will host". */
const HOST_VERB = /\b(?:receiv|welcom|host)\w*\s+(?:[\w.'’-]+\s+){0,6}$/i;

/** "invited Putin to pay a visit", "invites him to visit": an invitation whose object the trigger's journey is. */
const INVITED_BEFORE = /\binvit(?:ed|es|ing|ations?\s+to)\s+(?:[\w.'’-]+\s+){1,8}?to\s+(?:(?:make|pay)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2})?$/i;

const JOINED_BY_AND = /^\s*(?:and|&)\s+(?:(?:his|her)\s+(?:wife|husband|spouse)\s*,?\s*)?$/i;

/** "chose India for", "picked Japan as": a verb of choosing right before a country, then what it was chosen for. */
const CHOSE_BEFORE = /\b(?:chose|chosen|choos(?:e|es|ing)|picked|selected|opted\s+for)\s+(?:the\s+)?$/i;
// ("chose Paris as the destination of his first trip": the destination's noun may stand before the journey's.)
const DESTINATION_OF = String.raw`(?:(?:the|a)\s+(?:destination|venue)\s+(?:of|for)\s+)?`;
const CHOSEN_AS = new RegExp(String.raw`^\s+(?:as|for)\s+${DESTINATION_OF}(?:(?:his|her|their|its|the|a|an)\s+)?(?:[\w-]+\s+){0,5}$`, 'i');

/** "made Riyadh the first foreign trip", "made Japan his first stop", "made New Delhi the destination of his first foreign trip". */
const MADE_BEFORE = /\b(?:made|makes|making|make)\s+(?:the\s+)?$/i;
const MADE_INTO = new RegExp(String.raw`^\s+${DESTINATION_OF}(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,3}$`, 'i');

function chosenFor(text: string, c: { start: number; end: number }, trigger: number): boolean {
  const before = text.slice(Math.max(0, c.start - 24), c.start);
  const between = text.slice(c.end, trigger);
  return (CHOSEN_AS.test(between) && CHOSE_BEFORE.test(before)) || (MADE_INTO.test(between) && MADE_BEFORE.test(before));
}

/** Between a place and the noun it modifies: "China visit", "Moscow state visit", "Beijing two-day trip" (not "China's visit"). */
const PLACE_MODIFIER = /^[ -]?(?:(?:state|official|working|private|[\w]+-day)\s+)?$/i;

/** After a country's adjective, its leader named by office: "(a South Korean) leader", "(an Indian) prime minister". */
const LEADER_AFTER = /^\s+(?:leader|head\s+of\s+(?:state|government)|president|prime\s+minister|premier|chancellor|monarch|king|foreign\s+minister)\b/i;

/** Between "visiting" and the guest's name, a description that is no office: "Turkmen leader", "Omani ruler". */
const GUEST_WORD = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:leader|ruler|monarch|strongman|head\s+of\s+state)\s+$/u;

/** "met visiting …", "with the visiting …": "visiting" as the adjective of those met, not a verb of the subject. */
const QUALIFIES_GUEST = /\b(?:met|meets?|meeting|received|receives|receiving|welcom(?:ed|es|ing)|host(?:ed|s|ing)|greeted|with|the|a|an|his|her|their|its)\s+$/i;

/** "X travelled to Y to prepare the visit": the exchange prepared or discussed is someone else's. */
export function preparedBy(doc: DocumentView, lo: number, t: TriggerHit): boolean {
  return /\b(?:prepar\w*|discuss\w*|arrang\w*|organi[sz]\w*|finali[sz]\w*|pave\s+the\s+way\s+for|lay\w*\s+the\s+groundwork\s+for)\s+(?:for\s+)?(?:the|a|this|that)\s+(?:[\w-]+\s+){0,2}$/i.test(
    doc.text.slice(Math.max(lo, t.start - 60), t.start),
  );
}
