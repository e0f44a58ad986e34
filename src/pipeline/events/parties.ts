// The people an exchange is between: those its clause names and who act in it (not who speak of
// it), its subject before a relative clause, a possessor ("Duque's meeting with …"), and those a
// pronoun or a quote's "we" refers to.
import type { DocumentView, SentenceView } from '../document.js';
import type { ResolvedMention } from '../resolve/entities.js';
import { mayMatch } from '../text/literal-filter.js';
import type { EventType } from '../../types.js';
import { clauseBounds, OPENING_PARTICIPLE, RELATIVE_OPEN, type Clause } from './clause.js';
import { RECEIVES } from './meeting-parts.js';
import { JOINED_VERB, NOT_SUBJECT_BEFORE, sharedSubject } from './shared-subject.js';
import { canBeMeant, dedupe, side, sideOf, takeList, type Side } from './sides.js';
import { insideQuote, isQualifier, isSpeaker, quoteSpeaker, remarksPeople, remarksSpeaker, transcriptSpeaker } from './speakers.js';
import type { TriggerHit } from './triggers.js';
import { mapPacked } from '../packed.js';

export interface Parties {
  /** The sentence's people who can be sides (an unnamed description only once resolved). */
  people: ResolvedMention[];
  /** Of those, the ones acting in what the sentence tells, not speaking of it. */
  active: ResolvedMention[];
  /** Unnamed sides with a country: "the Indian delegation". */
  nominals: ResolvedMention[];
  /** The active people inside the trigger's clause. */
  inClause: ResolvedMention[];
  participants: Side[];
  /** "The talks follow a letter …": what the exchange comes after is told with its own people and place. */
  followsOther: boolean;
}

/** What the story around a trigger's sentence supplies: its people, and who "he" and "they" were. */
export interface Around {
  /** The sentence's named people, less those named only to qualify something else. */
  named: ResolvedMention[];
  /** The subject of the last sentence that named someone: "he", "she". */
  lastSubject: ResolvedMention | null;
  /** The sides "they" and "the two" mean here. */
  group: Side[];
  /** In an item of a list of one person's trips (events/trip-list), that person. */
  listTraveller: ResolvedMention | null;
}

/** From a subject to the next one: its own verb, then "as" or "while" ("rallies at Ferro as "). */
const ASIDE_CLAUSE_BEFORE = /^\s+[a-z][\w'’-]*\b[^;:,]*?\b(?:as|while|whereas)\s+$/;

export function partiesOf(doc: DocumentView, s: SentenceView, si: number, t: TriggerHit, all: TriggerHit[], around: Around, k: Clause, trace: string[]): Parties {
  const { named, lastSubject, group: lastGroup } = around;
  const { lo, hi, rel, left, right, sentLeft } = k;
  const people = named.filter((p) => p.mention.kind !== 'nominal' || p.entity);
  // A speaker is no party to what they report, but is to what they did: "X stated after
  // accompanying the president to receive Y" makes X a host of Y.
  const actsAfterSpeaking = (p: ResolvedMention) =>
    p.mention.end <= t.start && /^\s*(?:\w+\s+)?(?:said|says|stated|told\s+\w+|noted|added)\s+(?:after|before|while|when|upon|during)\s+\w+ing\b/i.test(doc.text.slice(p.mention.end, t.start));
  // "The call fell on the anniversary of the meeting between A and B": A and B are the meeting's.
  // So are those of a later noun joined by ", and the" with its own "of"/"by" ("…, and the visit of Doval to Beijing"),
  // not one the trigger governs ("receive the courtesy visit of X").
  // ("… the SCO foreign ministers' meeting, where he is to hold bilateral meetings with A and B": A and B are the later one's.)
  const later = all.filter((o) => o.start >= t.end && ((o.rule.nominal && /^\s+(?:between|with)\s/i.test(doc.text.slice(o.end, o.end + 10))) || (o.start > t.end + 3 && /^\s+(?:[\w-]+\s+){0,2}?(?:with|between)\s/i.test(doc.text.slice(o.end, o.end + 40))) || (o.rule.type === 'visit' && /^\s+(?:of|by)\s/i.test(doc.text.slice(o.end, o.end + 10)) && /,\s*and\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$/i.test(doc.text.slice(t.end, o.start)))));
  // "… and the visit of Doval to Beijing in December for the Special Representatives' talks": talks a journey is
  // for are the traveller's; those named before the journey's noun belong to what came before it.
  const journey = t.rule.nominal && PURPOSE_FOR.test(doc.text.slice(Math.max(s.s.start, t.start - 60), t.start))
    ? [...all].reverse().find((o) => o.rule.type === 'visit' && !!o.rule.nominal && o.end <= t.start && o.start >= s.s.start && /^\s+(?:of|by)\s/i.test(doc.text.slice(o.end, o.end + 6)))
    : undefined;
  // "will call on Hu and meet Wu": one subject, two verbs joined by "and", each with its own object. The
  // objects of the one before are not this one's, nor those of the one after.
  const objectOf = (a: TriggerHit, b: TriggerHit) => people.some((p) => p.entity && p.mention.start >= a.end && p.mention.end <= b.start);
  // ("Before meeting Xi, Lula held talks with Li and later met Zhao": the opening participle is joined to nothing after its comma.)
  const opening = OPENING_PARTICIPLE.exec(s.s.text);
  const openEnd = opening ? s.s.start + opening.index + opening[0].length : -1;
  const joined = (a: TriggerHit, b: TriggerHit) =>
    a.rule.type !== 'visit' && b.rule.type !== 'visit' && a.end <= b.start && !(a.end < openEnd && openEnd <= b.start) && AND_VERB.test(doc.text.slice(a.end, b.start)) && objectOf(a, b) &&
    people.some((p) => p.entity && p.mention.start >= b.end && p.mention.start <= b.end + 60 && p.mention.start < s.s.end);
  const before = all.filter((o) => o !== t && joined(o, t));
  const after = all.filter((o) => o !== t && joined(t, o));
  // "met Wang Yi and discussed the outcomes of Xi's state visit": the owner of a journey told after the trigger is its own.
  const ownsLaterJourney = (p: ResolvedMention) =>
    p.mention.start > t.end &&
    all.some((o) => o !== t && o.rule.type === 'visit' && !!o.rule.nominal && o.start > p.mention.end && /^['’]s?\s+(?:[\w-]+\s+){0,2}$/.test(doc.text.slice(p.mention.end, o.start)));
  // "Maamau declined to meet him, …, and Peters was received instead by Toatu": a later trigger after ", and" and a
  // named subject of its own opens a clause whose people are its own.
  const ownClauseAfter = all.filter((o) => o.start > t.end && NEW_SUBJECT_BEFORE.test(doc.text.slice(Math.max(t.end, o.start - 60), o.start)));
  const othersOwn = (p: ResolvedMention) =>
    ownClauseAfter.some((o) => p.mention.start >= o.start) ||
    ownsLaterJourney(p) ||
    later.some((o) => o.end <= p.mention.start) ||
    (!!journey && p.mention.end <= journey.start) ||
    before.some((o) => p.mention.start >= o.end && p.mention.end <= t.start) ||
    after.some((o) => p.mention.start >= o.start);
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
    return (
      SAID_IN.test(between) ||
      /^\s*,\s*(?:in|during|over)\s+(?:a|an|the|their|his|her)?\s*(?:[\w-]+\s+){0,2}$/i.test(between) ||
      // "Scholz told a joint news conference with Macron": the one who told it stood at it.
      (t.rule.id === 'joint-presser' && /^\s*(?:\w+\s+)?(?:told|tells|addressed|addresses|gave|gives|held|holds)\s+(?:a|an|the|their)\s+$/i.test(between))
    );
  };
  // "Trump said a meeting with Xi was planned": a leader or minister who speaks of "a meeting with" one other tells of
  // his own (a spokesman or an aide, of lower rank, speaks of his principal's).
  const ownMeetingSaid = (p: ResolvedMention) =>
    !!t.rule.nominal &&
    p.mention.end <= t.start &&
    (p.mention.office?.rank ?? 9) <= 3 &&
    OWN_MEETING_SAID.test(doc.text.slice(p.mention.end, t.start)) &&
    /^\s+with\s/i.test(doc.text.slice(t.end, t.end + 6));
  // "in the presence of the Omani minister", "mediated by Qatar's emir": a witness or go-between is no side.
  const witnesses = mayMatch(WITNESS, s.grams);
  const witness = (p: ResolvedMention) => witnesses && WITNESS.test(doc.text.slice(Math.max(s.s.start, p.mention.start - 60), p.mention.start));
  // "asked her to convey a warm greeting to President Petro", "regards from the King": whom a greeting passed on goes
  // to, or comes from, is no side of the exchange it was given at.
  const greetings = mayMatch(GREETING_TO, s.grams);
  const greeted = (p: ResolvedMention) => greetings && GREETING_TO.test(doc.text.slice(Math.max(s.s.start, p.mention.start - 60), p.mention.start));
  // "On Monday, the day before Meloni's arrival, Saied received Zenzri": one whose coming or going marks the time of
  // another exchange is no side of it (the noun is not the trigger's own: "before Meloni's visit to Tunis" tells hers).
  // (The sentence's time word, read once for all its people rather than once for each.)
  let timeWord: boolean | undefined;
  const timedBy = (p: ResolvedMention) => {
    const noun = TIMED_BY_AFTER.exec(doc.text.slice(p.mention.end, p.mention.end + 30));
    if (!noun || !(timeWord ??= TIME_WORD.test(s.s.text))) return false;
    const own = t.start >= p.mention.end && t.start < p.mention.end + noun[0].length;
    return !own && TIMED_BY_BEFORE.test(doc.text.slice(Math.max(s.s.start, p.mention.start - 24), p.mention.start));
  };
  // "Petro and Noboa last met … in La Paz, at the inauguration of Bolivian President Rodrigo Paz": the one whose occasion
  // a meeting told before it was held at is no side of that meeting.
  const occasionOf = (p: ResolvedMention) => t.rule.type !== 'visit' && p.mention.start >= t.end && OCCASION_OF.test(doc.text.slice(Math.max(t.end, p.mention.start - 60), p.mention.start));
  // "Chávez rallies at Ferro as Bush meets Vázquez": the subject of another verb, before an "as" or "while" clause with
  // a subject of its own, is no side of what that clause tells.
  const otherVerbSubject = (p: ResolvedMention) =>
    p.mention.end <= t.start &&
    people.some(
      (q) =>
        q !== p &&
        q.mention.start > p.mention.end &&
        q.mention.end <= t.start &&
        ASIDE_CLAUSE_BEFORE.test(doc.text.slice(p.mention.end, q.mention.start)) &&
        /^\s*(?:[\w-]+\s+){0,2}$/.test(doc.text.slice(q.mention.end, t.start)),
    );
  const active = people.filter(
    (p) =>
      (!isSpeaker(doc, s, p) || actsAfterSpeaking(p) || relativeSubject(p) || speaksOfSelf(p) || saidInIt(p) || ownMeetingSaid(p)) &&
      !othersOwn(p) &&
      !witness(p) &&
      !greeted(p) &&
      !timedBy(p) &&
      !otherVerbSubject(p) &&
      !occasionOf(p),
  );
  const nominals = s.people.filter((p) => p.mention.kind === 'nominal' && !p.entity && p.mention.country && !witness(p) && !isQualifier(doc, p));
  // People of other clauses belong to what those clauses tell ("… hold talks in Pyongyang following
  // Kim's summit with Moon"); a clause that names one person may take its subject from just before it
  // ("X, who arrived on Monday, met Y").
  // "Rubio in Cairo, Erdogan calls Trump": a headline's commas part its stories; one with its own
  // subject before the trigger leaves the people of the stories before it out.
  const part = s.info.headline ? headlinePart(doc, active, lo, t) : lo;
  const inClause = active.filter((p) => p.mention.start >= part && p.mention.start < hi);
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
  // ("was received by the Yang di-Pertuan Agong Sultan Mizan": a title and the titled name after it are one side.)
  const ownerCount = new Set(owners.map((p) => p.entity ?? p)).size;
  const ownSides = ownerCount === 1 && unnamedAfter && owners[0].mention.end <= t.start && owners[0].mention.start >= lo;
  // "…, which hosts the 2026 summit" with no one in the clause: "which" stands for a thing, not the people around.
  // "ahead of his summit with Trump": a noun a possessive pronoun owns takes its owner from the pronoun, not the
  // clause's subject before it.
  const pronounOwns = !!t.rule.nominal && /\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$/i.test(left);
  // "He updated Zelenskyy on his meeting with Rutte": the one a briefing verb tells about the exchange is no side of
  // it; the possessive is the briefer's (not so "thanked X for his visit", whose possessive is X's).
  const briefed = pronounOwns ? BRIEFED_ON.exec(left) : null;
  if (briefed) {
    const at = lo + briefed.index;
    const briefer = [...active].reverse().find((p) => p.mention.end <= at && p.mention.start >= s.s.start);
    const owner = briefer ?? (/^\W*(?:he|she)\s/i.test(sentLeft) ? lastSubject : null);
    if (owner?.entity) {
      const after = inClause.filter((p) => p.mention.start >= t.end);
      trace.push(`the briefer's own exchange: ${owner.entity.name}`);
      return { people, active, nominals, inClause, participants: dedupe([sideOf(owner), ...after.map(sideOf)]), followsOther };
    }
  }
  // "Scholz, who arrived on Monday, met Macron and Attal": a main clause resumed after a "who" clause, with no
  // subject of its own before the verb, has the antecedent as its subject however many it names after the verb;
  // so has the "who" clause itself ("Scholz met Macron, who later met Xi and Modi").
  const whoBefore = rel
    ? /^\s*,\s*$/.test(doc.text.slice(subject?.mention.end ?? 0, rel.pronoun)) && /^who\b/i.test(doc.text.slice(rel.pronoun, rel.pronoun + 4))
    : !!openRel && /^who$/i.test(openRel[1]);
  const relAntecedent = whoBefore && !!subject && ownerCount >= 2 && owners.every((p) => p.mention.start >= t.end) && OWN_SUBJECTLESS.test(left);
  // "Kamikawa, who travelled with Kishida to Washington and held talks with Blinken": one the "who" clause's first verb
  // goes "with" is a companion, and the verb joined to it by "and" is still the antecedent's.
  const companion = (p: ResolvedMention) =>
    p.mention.end <= t.start &&
    p.mention.start >= lo &&
    /\b(?:with|alongside)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(lo, p.mention.start - 16), p.mention.start)) &&
    /^[^,;]*\band\s+(?:[\w-]+\s+){0,2}$/i.test(doc.text.slice(p.mention.end, t.start));
  const withCompanion = whoBefore && !!subject && !owners.includes(subject) && owners.some(companion) && owners.some((p) => p.mention.start >= t.end);
  const reach =
    relAntecedent
      ? [subject!, ...owners]
      : withCompanion
      ? [subject!, ...owners.filter((p) => !companion(p))]
      : ownerCount >= 2 || followsOther
      ? owners
      : ownerCount === 1
        ? subject && !possessor && !ownSides && !pronounOwns
          ? [subject, ...owners]
          : owners
        : nominalInClause || (openRel && /^which$/i.test(openRel[1]))
          ? []
          : active;
  // "X met Y before the session and later held talks with A and B": the joined verb's subject is X's.
  const sharedOrPronoun = owners.every((p) => p.mention.start >= t.end) ? sharedSubject(doc, s, t, lo, active) : null;
  // ("He met Putin in Moscow, then flew to Kyiv": the pronoun's subject, the last sentence's.)
  const shared = sharedOrPronoun === 'pronoun' ? (canBeMeant(lastSubject) ? lastSubject : null) : sharedOrPronoun === 'office' ? null : sharedOrPronoun;
  if (shared) trace.push(`subject shared with the sentence's: ${shared.entity?.name}`);
  // "…, and the three leaders spoke by phone with Z": a plural subject of its own takes no one named before its clause.
  const pluralOwn = owners.length > 0 && owners.every((p) => p.mention.start >= t.end) && THREE_OR_MORE.test(left);
  // A clause opening with its own pronoun subject ("…, where he met Z") takes no one from before it; the pronoun is resolved below.
  const pronounOwn = owners.length > 0 && /^\s*(?:he|she)\s/i.test(left);
  // A shared subject of this sentence brings those joined to it ("After meeting in New York, Mitsotakis and Erdogan …").
  const sharedList = shared && active.includes(shared) ? takeList(doc, active.filter((p) => p.entity), shared.mention.start) : shared ? [shared] : [];
  let participants: Side[] = dedupe(mapPacked((shared ? [...sharedList, ...owners] : pluralOwn || pronounOwn ? owners : reach), sideOf));

  // Pronoun subjects ("he hoped to meet Xi", "They then shook hands"), when no one in the clause
  // stands before the trigger.
  if (!active.some((p) => p.mention.end <= t.start && p.mention.start >= lo)) {
    // "The two leaders agreed to X, whose headquarters are in Niamey, and to meet …": a relative closed before the
    // trigger leaves the subject before its pronoun.
    // ("The leaders first shook hands in Qatar in 2022, and met again in New Delhi last September": a verb joined by
    // "and" with no subject of its own shares the plural one that opens the sentence.)
    const opening = doc.text.slice(s.s.start, t.start);
    // (Only with no one named after the verb: "The leaders discussed Ukraine, and met Rutte" may be a summit's many.)
    const elided = !rel && JOINED_VERB.test(left) && PLURAL_OPENING.test(opening) && !active.some((p) => p.mention.start >= s.s.start && p.mention.end <= t.start) && !inClause.some((p) => p.mention.start >= t.end);
    const subjLeft = rel ? doc.text.slice(clauseBounds(s, rel.pronoun, rel.pronoun)[0], rel.pronoun) : elided ? PLURAL_OPENING.exec(opening)![0] : left;
    // "the three leaders": the last group of three.
    const many = THREE_OR_MORE.exec(subjLeft);
    const size = many ? NUMBER_OF[many[1].toLowerCase()] : 2;
    const pair = () => lastGroup.filter((p) => p.entity || (p.country && p.office)).length === size && new Set(lastGroup.map((p) => p.country)).size === size;
    // "The minister told reporters they would set a new date for the talks": "they" after a speech verb is the speaker's side.
    const reportedThey = () => /\b(?:said|says|told\s+\w+|added|stated)\s+(?:that\s+)?(?:they|both)\b/i.test(left);
    // ("The two leaders last spoke by phone on August 8, when Putin briefed Modi … ahead of his summit with Trump":
    // a clause naming no one of its own means the pair told before, not everyone its later clauses name.)
    // ("Lula and Trump have not met this year, though they spoke by phone in March": with no exchange told before it, the
    // pair a later clause's "they" means is the two of two countries its sentence names before it.)
    const twoBefore = () => {
      const two = mapPacked(active.filter((p) => p.entity && p.mention.end <= lo), sideOf);
      return size === 2 && two.length === 2 && two[0].entity !== two[1].entity && !!two[0].country && !!two[1].country && two[0].country !== two[1].country ? two : null;
    };
    const group0 = pair() ? lastGroup : twoBefore();
    // ("A meeting of the two presidents … has been postponed": a noun's "of the two …" names the pair as a subject would.)
    const ofTheTwo = !!t.rule.nominal && OF_THE_TWO.test(doc.text.slice(t.end, Math.min(hi, t.end + 60)));
    if ((elided || pluralSubject(subjLeft) || ofTheTwo) && group0 && !reportedThey() && (participants.length < 2 || !inClause.length)) {
      // ("Samdech Thipadei paid a visit to Laos …, and the two leaders last met in Kuala Lumpur": the one this
      // sentence names is one of the two, in place of the one of his country told before.)
      const leader = (p: Side) => (p.office?.rank ?? 9) <= 2;
      const own = participants.length === 1 && participants[0].entity && leader(participants[0]) && /\bleaders\b/i.test(subjLeft) ? participants[0] : null;
      const same = own ? group0.filter((p) => p.country === own.country && p.entity !== own.entity && leader(p)) : [];
      // ("The two presidents last met in Moscow in February, when Medvedev was … and Nazarbaev was on a working visit":
      // a when-clause naming two of two countries, one of them of the pair told before, names the two.)
      const whenTwo = whenPair(doc, s, t, group0);
      const group = whenTwo ?? (own && same.length === 1 && !group0.some((p) => p.entity === own.entity) ? group0.map((p) => (p === same[0] ? own : p)) : group0);
      participants = dedupe(participants.length < 2 ? [...group, ...participants] : [...group]);
      // "Mubarak met Olmert. Assad was in the hall too: the two leaders shook hands": "two" are two, the one this
      // sentence brings in and the previous exchange's subject, not everyone told so far.
      // (One named after the verb, "the two leaders held a video call with Zelensky", is its third side.)
      const added = participants[participants.length - 1];
      const namedBefore = people.some((p) => p.entity && p.entity === added?.entity && p.mention.end <= t.start);
      if (size === 2 && participants.length > 2 && participants.length === group.length + 1 && group[0]?.entity && namedBefore)
        participants = [group[0], added];
      trace.push('plural pronoun: the people of the previous exchange');
    } else if (PRONOUN_SUBJ.test(left)) {
      // "Earlier in the week he visited Vanuatu, meeting Prime Minister Napat …": one named after the pronoun
      // subject of the sentence is an object, not whom "he" means.
      const nearest = [...people].reverse().find((p) => p.mention.end <= t.start && !PRONOUN_BEFORE.test(doc.text.slice(s.s.start, p.mention.start)));
      // "X met Y in Hanoi and then flew to Manila, where he met Z": "he" is the sentence's subject, not its object Y
      // (inside a relative clause, "X met Y, who said he …", the nearest stays).
      const first = people.find((p) => p.entity);
      const subjectFirst =
        !openRel && !!first && !!nearest && first !== nearest && first.mention.end <= nearest.mention.start &&
        // ("…, when Putin briefed Modi on his contacts": one right after "when" or "while" is that clause's subject.)
        // ("From Suva, Peters will fly to Port Vila to meet Napat, before ending the trip in Apia, where he …": a phrase
        // that opens the sentence, closed by its comma, leaves the name after it the subject.)
        (!NOT_SUBJECT_BEFORE.test(doc.text.slice(s.s.start, first.mention.start).replace(OPENING_PHRASE, '')) || /\b(?:when|while)\s+$/i.test(doc.text.slice(s.s.start, first.mention.start))) &&
        !/^\s*(?:,|and|&)\s*$/.test(doc.text.slice(first.mention.end, nearest.mention.start)) &&
        !isSpeaker(doc, s, first);
      // "… reciprocates Albanese's visit to Beijing, during which he met Xi": "he" is the one whose journey the clause tells.
      const journeyOwner = ownerOfJourney(doc, s, people, t);
      const prior = journeyOwner ?? (subjectFirst ? first : nearest) ?? lastSubject;
      if (prior?.entity || (prior === lastSubject && canBeMeant(prior))) {
        participants = dedupe([sideOf(prior), ...participants]);
        trace.push(`pronoun: ${prior.entity?.name ?? prior.mention.officeText}`);
      }
    } else if (t.rule.type !== 'visit' && FIRST_PERSON_SUBJ.test(left)) {
      // "“When we were together in Hiroshima, …” Modi said": "we" and "I" in a quote are its speaker; in a
      // transcript ("Minister Iwaya: I will hold …"), the one named before the colon.
      const quoted = insideQuote(sentLeft);
      const speaker = quoted ? quoteSpeaker(doc, si) : (transcriptSpeaker(doc, si) ?? remarksSpeaker(doc));
      if (speaker) {
        participants = dedupe([side(speaker, speaker.country, speaker.office, speaker.officeText), ...participants]);
        trace.push(`first person in a quote or transcript: its speaker ${speaker.name}`);
        // ("Remarks by President Costa following his meeting with Prime Minister Modi … We last met in New Delhi": on
        // such a page "we" with no one else named is the speaker and the one the headline says he met.)
        const guests = quoted ? [] : remarksPeople(doc).slice(1);
        if (WE_SUBJ.test(left) && participants.length === 1 && guests.length === 1 && remarksSpeaker(doc) === speaker) {
          participants = dedupe([...participants, side(guests[0], guests[0].country, guests[0].office, guests[0].officeText)]);
          trace.push(`"we" on a page of remarks: its speaker and ${guests[0].name}, named in its headline`);
        }
      }
    }
  }
  // "When he and George W. Bush met at the G8 summit …": a pronoun joined by "and" to one named before the trigger is
  // the one the story has just been about, a side too.
  // ("Barrot was the first … to travel to Damascus: on January 3, he and his German counterpart met al-Sharaa": after a
  // colon, the pronoun is the subject of the clause the colon elaborates.)
  const beforeColon = HE_AND.test(left) && /:[^:;]*$/.test(sentLeft) ? colonSubject(doc, s, t, people) : null;
  const heIs = beforeColon ?? lastSubject;
  if (HE_AND.test(left) && heIs?.entity && !participants.some((p) => p.entity === heIs.entity)) {
    participants = dedupe([sideOf(heIs), ...participants]);
    trace.push(`pronoun joined to a name: ${heIs.entity.name}`);
  }
  // "* November 2023 - San Francisco for the APEC summit, met U.S. President Joe Biden": an item of a list of one person's
  // trips tells what that traveller did, so a verb with no one named before it in its clause has the traveller for subject.
  const traveller = around.listTraveller;
  if (traveller?.entity && !t.rule.nominal && !participants.some((p) => p.entity === traveller.entity) && !people.some((p) => p.entity && p.mention.start >= lo && p.mention.end <= t.start)) {
    participants = dedupe([sideOf(traveller), ...participants]);
    trace.push(`the subject of an item of ${traveller.entity.name}'s list of trips`);
  }
  // "President Xi will meet with him", "Wang Yi held talks with her": an object pronoun right after the trigger
  // is the one the sentences just before named on another side (the visitor a notice or answer has just told).
  // The subject is the one named nearest before the trigger, with any joined to it by "and": in "Xi will meet
  // with him, and Li will hold talks with him" each verb has its own subject, and neither is the other's object.
  if (t.rule.type !== 'visit' && OBJECT_PRONOUN.test(right)) {
    const before = inClause.filter((p) => p.entity && p.mention.end <= t.start);
    const subj = before.slice(-1);
    for (let i = before.length - 2; i >= 0 && JOINED.test(doc.text.slice(before[i].mention.end, subj[0].mention.start)); i--) subj.unshift(before[i]);
    const sides = subj.length ? mapPacked(subj, sideOf) : participants.length === 1 ? participants : [];
    // ("Stubb said he had spoken to Zelensky on Sunday, and would see him in Davos": one of another side named before
    // the trigger's clause in the same sentence is nearer than the sentences before.)
    const countries = new Set(sides.map((p) => p.country));
    const earlier = [...people].reverse().find((p) => p.entity?.country && p.mention.end <= lo && p.mention.start >= s.s.start && !countries.has(p.entity.country) && !countries.has(null) && p.mention.kind !== 'nominal' && !isSpeaker(doc, s, p));
    const other = sides.length ? (earlier ?? namedBefore(doc, si, countries)) : null;
    if (other?.entity) {
      participants = dedupe([...sides, sideOf(other)]);
      trace.push(`object pronoun: ${other.entity.name}`);
    }
  }
  // "…, and Peters was received instead by Vice-President Toatu": a passive reception with its guest right before it
  // and its host right after "by" is between those two (and any joined to them by "and"), not the clause's others.
  if (t.rule.id === 'received-by') {
    const guest = [...active].reverse().find((p) => p.entity && p.mention.end <= t.start && /^\s*$/.test(doc.text.slice(p.mention.end, t.start)));
    const host = active.find((p) => p.entity && p.mention.start >= t.end && /^\s*(?:the\s+)?$/i.test(doc.text.slice(t.end, p.mention.start)));
    if (guest && host && guest.entity !== host.entity) {
      const named = active.filter((p) => p.entity);
      const guests = named.filter((p) => p.mention.end <= guest.mention.end && (p === guest || JOINED.test(doc.text.slice(p.mention.end, guest.mention.start))));
      const sides = dedupe(mapPacked([...guests, ...takeList(doc, named, host.mention.start)], sideOf));
      if (sides.length < participants.length) trace.push('a passive reception: its guest and its host');
      participants = sides;
    }
  }
  // "after talks hosted by Erdogan in Ankara in December 2024, when Abiy and Hassan Sheikh agreed to …": talks whose
  // clause names one side at most have as sides the two a when-clause right after them names as its subject.
  if (t.rule.type === 'meeting' && participants.filter((p) => p.entity).length < 2) {
    const two = whenSubjects(doc, s, t, hi);
    if (two) {
      participants = dedupe([...participants.filter((p) => p.entity), ...two]);
      trace.push("the talks' sides: the when-clause's subjects");
    }
  }
  return { people, active, nominals, inClause, participants, followsOther };
}

/** Right after a pair: a deed of both at the talks. */
const JOINT_DEED = /^\s+(?:(?:had|have|both|also|finally|jointly)\s+)*(?:agreed|signed|sealed|reached|struck|endorsed|initialled|initialed|met|shook|settled)\b/i;

/** ", when A and B agreed …" right after a clause: its two subjects, of two countries, joined by "and". */
function whenSubjects(doc: DocumentView, s: SentenceView, t: TriggerHit, hi: number): Side[] | null {
  // (The clause may end before the comma or after it.)
  const at = Math.max(s.s.start, hi - 2);
  const when = /^\s*,\s*when\s+/i.exec(doc.text.slice(at, Math.min(s.s.end, hi + 12)));
  if (!when) return null;
  const from = at + when[0].length;
  const [a, b] = s.people.filter((p) => p.entity && p.mention.start >= from);
  if (!a || !b || a.mention.start !== from || !/^\s+and\s+$/i.test(doc.text.slice(a.mention.end, b.mention.start))) return null;
  if (!a.entity!.country || !b.entity!.country || a.entity!.country === b.entity!.country) return null;
  // (What the two did together at the talks: "agreed to", "signed"; not "were both abroad".)
  if (!JOINT_DEED.test(doc.text.slice(b.mention.end, Math.min(s.s.end, b.mention.end + 40)))) return null;
  return [sideOf(a), sideOf(b)];
}

/**
 * "met with him", "held talks with her", "received him": a pronoun object right after the trigger ("her" only
 * where no noun follows: "met her French counterpart" names the one met).
 */
const OBJECT_PRONOUN = /^\s*(?:with\s+)?(?:him\b(?!self)|her(?=\s*(?:[,.;:]|$)|\s+(?:on|in|at|for|to|during|after|before|and|over|by|briefly|again|later|today|yesterday|this|last|twice)\b))/i;

const JOINED = /^\s*(?:,|and|&)\s*$/;

/**
 * A briefing verb, its object and "on his": "updated President X on his", "briefed her counterpart about her",
 * and a noun joined after ("on his meeting with A and his call with").
 */
const BRIEFED_ON = /\b(?:updated|updates|briefed|briefs|informed|informs|apprised|apprises)\s+(?:[\w.'’-]+\s+){1,6}?(?:on|about|of)\s+(?:his|her)\s+(?:[^;]*?\band\s+(?:his|her)\s+)?(?:[\w-]+\s+){0,2}$/i;

/** Right before a trigger: ", and Peters ", ", but the minister ": a new clause's own named subject. */
const NEW_SUBJECT_BEFORE = /,\s+(?:and|but)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+$/u;

/** The first person of none of `countries` that the two sentences before `si` name (not across a heading). */
function namedBefore(doc: DocumentView, si: number, countries: Set<string | null>): ResolvedMention | null {
  if (countries.has(null)) return null;
  for (let j = si - 1; j >= Math.max(0, si - 2); j--) {
    const sj = doc.sentences[j];
    const p = sj.people.find((r) => r.entity?.country && !countries.has(r.entity.country) && r.mention.kind !== 'nominal' && !isQualifier(doc, r) && !isSpeaker(doc, sj, r));
    if (p) return p;
    if (sj.info.heading) break;
  }
  return null;
}

/**
 * Sides a noun names itself, which the people around it are not: "a meeting of foreign and defence
 * ministers", "an offer from X to meet Y", "hosted G20 foreign ministers". Narrows `parties.participants`;
 * false when the exchange is with guests named by office alone (no exchange the record can hold).
 */
export function narrowToNamedSides(doc: DocumentView, t: TriggerHit, type: EventType, k: Clause, parties: Parties, trace: string[]): boolean {
  const { lo, hi, left, right } = k;
  const { active } = parties;
  let participants = parties.participants;
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
    if (!guests.length) return false;
    const host = [...active].reverse().find((p) => p.mention.end <= t.start && p.mention.start >= lo);
    participants = participants.filter((p) => !p.entity || p.entity === host?.entity || guests.some((a) => a.entity === p.entity));
    trace.push('the guests named by office, not those named elsewhere');
  }
  parties.participants = participants;
  return true;
}

/** "a meeting of foreign and defence ministers", "talks between their envoys": sides named by office, in the plural. */
const OF_OTHERS = /^\s*["”’']?\s*(?:of|between|among)\s+(?:the\s+|their\s+|both\s+)?(?:(?:two|countries['’]|nations['’]|sides['’]|[\w-]+,?)\s+){0,4}?(?:ministers|officials|envoys|negotiators|delegations|diplomats|aides|advisers|advisors|experts|secretaries|commanders|chiefs)\b/i;

/** "an offer from X to", "a proposal by X to": what follows is offered by X. */
const OFFER_FROM = /\b(?:offer|invitation|proposal|request|suggestion)s?\s+(?:by|from)\s+(?:[\w.'’-]+\s+){1,6}?to\s+$/i;

/** "hosted G20 foreign ministers", "received the visiting delegations": guests named only by office, in the plural. */
const GUESTS_BY_OFFICE = /^\s*(?:the\s+|a\s+)?(?:(?!and\b)[\w-]+\s+){0,3}?(?:ministers|officials|leaders|envoys|delegations|delegates|diplomats|heads\s+of\s+(?:state|government))\b/i;

/** Between one verb's object and the next verb of the same subject: "…, and (later) meet", "and will then hold". */
const AND_VERB = /^(?:(?!\b(?:and|but|or|while|who|which|before|after)\b)[^;])*?\band\s+(?:(?:also|later|then|afterwards|subsequently|separately)\s+)?(?:(?:will|would|is\s+to|are\s+to|was\s+to|to)\s+)?(?:also\s+|then\s+|later\s+)?(?:(?:held|hold|holds|holding|had)\s+(?:[\w-]+\s+){0,2})?$/i;

/** "told Putin in a phone call", "said during their meeting": a speech act made in the exchange that follows (not "said that during a visit …", which reports). */
const SAID_IN = /^\s*(?:\w+\s+)?(?:said|says|told|tells|stressed|stated|noted|added|warned|urged|assured)\b(?:(?!\bthat\b)[^.;]){0,80}?\b(?:in|during|over)\s+(?:a|an|the|their|his|her)?\s*(?:[\w-]+\s+){0,2}$/i;

/** "… said he had …": the pronoun right after the speech verb is the speaker. */
/** Between a speaker and a meeting's noun: "said a", "told reporters that the", "confirmed a". */
const OWN_MEETING_SAID = /^\s+(?:also\s+)?(?:said|says|told\s+(?:\w+\s+)?\w+|confirmed|announced|added)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$/i;
const SAID_HE = /^\s*(?:\w+\s+)?(?:said|says|told\s+\w+|added|stated|noted)\s+(?:that\s+)?(?:he|she)\s+(?:had\s+|has\s+)?(?:also\s+)?[^.;]*$/i;

/** "… for the Special Representatives' talks", "for a summit": the noun names what a journey is for. */
const PURPOSE_FOR = /\bfor\s+(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,3}$/i;

/** "the three leaders", "all four ministers": a plural subject counting more than two. */
const THREE_OR_MORE = /\b(?:the|all)\s+(three|four|five)\s+(?:leaders|ministers|presidents|heads|sides|men|officials)\b/i;
const NUMBER_OF: Record<string, number> = { three: 3, four: 4, five: 5 };

/** Right before a name: the occasion it is the owner of, "at the inauguration of (Bolivian President)". */
const OCCASION_OF = /\b(?:at|during|after|before|for)\s+the\s+(?:inauguration|swearing-in|investiture|funeral|burial|wedding|coronation|enthronement)\s+of\s+(?:[\p{L}.'’-]+\s+){0,4}$/iu;

/** A short phrase opening the sentence up to its comma, right before a name: "From Suva, ", "On Monday, ". */
const OPENING_PHRASE = /^[^,;]{0,40},\s*$/;

/** A pronoun subject earlier in the sentence: "Earlier in the week he visited …". */
/** "X's visit", "Albanese's state visit": a journey noun with its owner. */
const OWNED_JOURNEY = /['’]s?\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|journey|stay|stopover)\b/gi;
/** From the journey noun to the trigger: "to Beijing in November, the first by …, during which he". */
const DURING_WHICH = /^[^.;:]*?,\s*(?:during|in|on|throughout)\s+which\s+(?:he|she)\s+(?:[\w-]+\s+){0,2}$/i;

/** The owner of the journey noun whose "during which he" clause the trigger is in. */
function ownerOfJourney(doc: DocumentView, s: SentenceView, people: ResolvedMention[], t: TriggerHit): ResolvedMention | undefined {
  const before = doc.text.slice(s.s.start, t.start);
  let last: RegExpExecArray | null = null;
  OWNED_JOURNEY.lastIndex = 0;
  for (let m = OWNED_JOURNEY.exec(before); m; m = OWNED_JOURNEY.exec(before)) last = m;
  if (!last || !DURING_WHICH.test(before.slice(last.index + last[0].length))) return undefined;
  const at = s.s.start + last.index;
  return people.find((p) => p.entity && p.mention.end === at);
}

const PRONOUN_BEFORE = /(?:^|[\s,;])(?:he|she)\s+(?!said|says|told)\w+/i;

const PRONOUN_SUBJ = /\b(?:he|she|his|her)\b/i;

/** "he and George W. Bush met": a pronoun subject joined to a name right before the trigger. */
const HE_AND = /(?:^|[\s,])(?:he|she)\s+and\s+(?:[\w.'’-]+\s+){1,6}$/i;

/** The sentence's subject before a colon that stands before the trigger: its first person, with nothing that makes it an object before. */
function colonSubject(doc: DocumentView, s: SentenceView, t: TriggerHit, people: ResolvedMention[]): ResolvedMention | null {
  const colon = doc.text.lastIndexOf(':', t.start);
  if (colon < s.s.start) return null;
  const first = people.find((p) => p.entity && p.mention.start >= s.s.start && p.mention.end <= colon);
  return first && !NOT_SUBJECT_BEFORE.test(doc.text.slice(s.s.start, first.mention.start)) ? first : null;
}

const GREETING_TO = /\b(?:greetings?|regards|(?:best\s+|good\s+)?wishes|salutations?)\s+(?:to|from)\s+(?:[\w.'’-]+\s+){0,4}$/i;

const WITNESS = /\b(?:in\s+the\s+presence\s+of|witnessed\s+by|mediated\s+by|brokered\s+by|(?:with|through)\s+the\s+mediation\s+of)\s+(?:[\w.'’-]+\s+){0,4}$/i;

const FOLLOWS = /^\s+(?:follow(?:s|ed)?|c(?:a|o)me\s+after|comes\s+after|coincided?\s+with|coincides\s+with)\b/i;

const TIME_WORD = /\b(?:before|after|ahead|following|since)\b/i;
const PLURAL_SUBJ = /\b(?:they|the two|the pair|both(?: sides| leaders| men| ministers| presidents)?|the (?:two|three) (?:leaders|ministers|presidents|sides|men|officials|diplomats))\b/i;
/**
 * "The leaders agreed to speak again", "The leaders looked forward to meeting in Berlin": a readout's way of naming
 * the two it tells of, only as the subject of the verb phrase that ends in the trigger (not "The ministers also
 * discussed the group formed at the Cancun trade talks", nor "the leaders of ASEAN").
 */
const READOUT_PLURAL_SUBJ = /\bthe\s+(?:leaders|(?:foreign\s+|prime\s+)?ministers|presidents)\s+(?!(?:of|from)\b)(?:(?!the\b|a\b|an\b)[\w'’-]+\s+){1,4}$/i;
/** "both Tehran and Washington": "both" opening a coordination is no pronoun. */
const BOTH_AND = /^\s+[\w.'’-]+(?:\s+[\w.'’-]+)?\s+and\b/i;

/**
 * Right after an exchange's noun: the pair it is of ("meeting of the two presidents", "talks between both leaders", "a
 * planned meeting between the two in Luanda"; not "between the two parties", whose plural noun names others).
 */
const OF_THE_TWO = /^\s+(?:of|between)\s+(?:the\s+two|both)(?:\s+(?:leaders|men|women|presidents|prime\s+ministers|premiers|foreign\s+ministers|ministers|heads\s+of\s+(?:state|government)))?\b(?!\s+[a-z]+s\b)/i;
/** A sentence opening with a plural subject that names no one: "The leaders …", "The two ministers …", "They …" (not "The ministers of trade"). */
const PLURAL_OPENING = /^\s*(?:they|both\s+(?:leaders|men|ministers|presidents)|the\s+(?:two|three)\s+(?:leaders|presidents|prime\s+ministers|(?:foreign\s+)?ministers|men)|the\s+(?:leaders|presidents)(?!\s+(?:of|from)\b)|the\s+pair)\s/i;

function pluralSubject(left: string): boolean {
  if (READOUT_PLURAL_SUBJ.test(left)) return true;
  const m = PLURAL_SUBJ.exec(left);
  return !!m && !(/^both$/i.test(m[0]) && BOTH_AND.test(left.slice(m.index + m[0].length)));
}

/** "we were together", "I will hold a Foreign Ministers' meeting": a first-person subject just before the trigger. */
const FIRST_PERSON_SUBJ = /\b(?:I|we|We)\s+(?:[\w'’-]+\s+){0,5}$/;
const WE_SUBJ = /\b(?:we|We)\s+(?:[\w'’-]+\s+){0,5}$/;

/** Where a headline's story part around the trigger starts: after the last comma before the trigger that a person follows. */
function headlinePart(doc: DocumentView, active: ResolvedMention[], lo: number, t: TriggerHit): number {
  const comma = doc.text.slice(lo, t.start).lastIndexOf(',');
  if (comma === -1) return lo;
  const at = lo + comma + 1;
  if (!active.some((p) => p.mention.start >= at && p.mention.end <= t.start)) return lo;
  // "Xi, Biden meet in Bali": a list of names is one subject; "Rubio in Cairo, …" tells a story of its own.
  const before = [...active].reverse().find((p) => p.mention.end <= at - 1 && p.mention.start >= lo);
  return before && /\w/.test(doc.text.slice(before.mention.end, at - 1)) ? at : lo;
}

/** From a clause's start to its verb, nothing that could be a subject of its own: only lower-case verbs and adverbs. */
const OWN_SUBJECTLESS = /^\s*(?:(?!(?:he|she|they|it|we|i|the|both|a|an|his|her|their)\b)\p{Ll}+\s+){0,5}$/u;

/** The two a ", when …" clause after the trigger names, of two countries, one of them among the pair told before. */
function whenPair(doc: DocumentView, s: SentenceView, t: TriggerHit, lastGroup: Side[]): Side[] | null {
  const when = /,\s*when\s/i.exec(doc.text.slice(t.end, s.s.end));
  if (!when) return null;
  const from = t.end + when.index;
  const named = s.people.filter((p) => p.entity && p.mention.start >= from);
  // (The clause's own subject is one of the two, named right after "when": not "when he was one of the leaders who
  // accompanied Zelensky to his meeting with Trump".)
  if (!named.length || !/^,\s*when\s+(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,4}$/u.test(doc.text.slice(from, named[0].mention.start))) return null;
  const distinct = [...new Map(named.map((p) => [p.entity, p])).values()];
  if (distinct.length !== 2 || new Set(distinct.map((p) => p.entity!.country)).size !== 2) return null;
  if (!distinct.some((p) => lastGroup.some((q) => q.entity === p.entity))) return null;
  if (distinct.every((p) => lastGroup.some((q) => q.entity === p.entity))) return null;
  return mapPacked(distinct, sideOf);
}

/** A time word right before a person ("the day before", "ahead of", "after"). */
const TIMED_BY_BEFORE = /\b(?:before|after|ahead\s+of|following|since)\s+$/i;
/** The person's own coming or going right after the name ("'s arrival", "’s departure", "'s visit"). */
const TIMED_BY_AFTER = /^\s*['’]s?\s+(?:(?:[\w-]+\s+){0,2})?(?:arrival|departure|return|visit|trip|landing)\b/i;
