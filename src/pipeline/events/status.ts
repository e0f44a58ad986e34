// Whether an exchange happened or is planned, postponed, cancelled or declined, and how surely: the
// cues that govern the trigger in its clause, then what the verb's form and later clauses say.
import type { Certainty, EventStatus } from '../../types.js';
import type { DocumentView, SentenceView } from '../document.js';
import type { DateMention } from '../mentions/dates.js';
import { literalFilter, literalFilters, type Grams } from '../text/literal-filter.js';
import { gatesOf } from './gated.js';
import type { Clause } from './clause.js';
import { CALL_OFF_PASSIVE, CALL_OFF_WORDS, DELAY_WORDS, REFUSED_LATER, STATUS_CUES, superlativeTo, SUPPOSED_PAST, UNCONFIRMED, undoneStatus } from './lexicon.js';
import type { TriggerHit } from './triggers.js';

export interface Status {
  status: EventStatus;
  certainty: Certainty;
  reason: string;
}

const STATUS_QUICK = literalFilters(STATUS_CUES.map((c) => c.re));
/** The cues STATUS_QUICK lets through for the clause at hand (statusOf does not re-enter itself). */
const passed = new Int32Array(STATUS_CUES.length);

/** ", and travelled to …", "and then met …": a finite past verb joined by "and", opening a predicate of its own. */
const JOINED_PAST = /,?\s+and\s+(?:then\s+|later\s+|also\s+)?(?:travell?ed|flew|went|visited|met|held|arrived|returned|spoke|called|received|hosted|toured)\b/gi;

/** ", and Peters was", ", but the minister had": a new clause's own named subject and auxiliary. */
// (The auxiliary may be the trigger's own: "… and Peters was received by".)
const AND_SUBJECT = /,\s+(?:and|but)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s+(?:was|were|is|are|has|had|have)\b|\s*$)/gu;
/** Right before the trigger: ", and", "and finally", ", and eventually". */
const AND_RIGHT_BEFORE = /(?:,\s*|\s)and\s+(?:(?:then|later|also|finally|eventually|ultimately|subsequently)\s+)?$/i;
/** A trigger in a simple past: "landed", "travelled", "met", "flew". */
const PAST_VERB = /^(?:\w+ed|met|held|flew|went|spoke|came|paid|made|took|shook)\b/i;

/** The but-clause's own subject: "but the meeting was cancelled", "but the trip was put off". */
const BUT_NOUN = /^but\s+(?:the|that|this|their|his|her)\s+(?:[\w-]+\s+)?(meeting|talks|call|visit|trip|tour|journey|stop|summit)\b/i;

/**
 * "was due to meet Bayrou on Friday before flying to Toulon, but the meeting was cancelled": a clause that names what
 * was called off calls off that kind of exchange only, not the journey told beside it (nor a meeting beside a trip).
 */
function otherKindCalledOff(t: TriggerHit, butClause: string): boolean {
  const noun = BUT_NOUN.exec(butClause)?.[1].toLowerCase();
  if (!noun) return false;
  const journey = ['visit', 'trip', 'tour', 'journey', 'stop'].includes(noun);
  return journey ? t.rule.type !== 'visit' : t.rule.type === 'visit';
}

export function statusFor(doc: DocumentView, s: SentenceView, t: TriggerHit, k: Clause): Status {
  const { right, sentLeft } = k;
  // "…, where he proposed an eight-point plan, and travelled to Vladivostok …, meeting Putin there": a past verb
  // joined by "and" starts the predicate the trigger belongs to; a plan or proposal before it is its own verb's.
  let left = k.left;
  let joined: RegExpExecArray | null = null;
  JOINED_PAST.lastIndex = 0;
  for (let m = MAY.JOINED_PAST(s.grams) ? JOINED_PAST.exec(left) : null; m; m = JOINED_PAST.exec(left)) joined = m;
  if (joined) left = left.slice(joined.index);
  // "promised to visit in 2023, postponed the trip, and finally landed in Luanda": a past verb right after "and" has its
  // own tense; what the verbs before it said of the plan is theirs.
  else if (AND_RIGHT_BEFORE.test(left) && PAST_VERB.test(doc.text.slice(t.start, t.end))) left = '';
  // "PM's Caracas trip put off as Chavez heads to Asia": "as", "while" or "whereas" before a new named subject opens a
  // clause of its own; a delay told before it is the other trip's.
  let asAt = -1;
  AS_SUBJECT.lastIndex = 0;
  for (let m = MAY.AS_SUBJECT(s.grams) ? AS_SUBJECT.exec(left) : null; m; m = AS_SUBJECT.exec(left)) asAt = m.index;
  if (asAt >= 0) left = left.slice(asAt);
  // "Maamau declined to meet him, …, and Peters was received instead by Toatu": ", and" or ", but" before a new named
  // subject and its auxiliary opens a clause of its own; the refusal before it is the other clause's.
  let andAt = -1;
  AND_SUBJECT.lastIndex = 0;
  for (let m = MAY.AND_SUBJECT(s.grams) ? AND_SUBJECT.exec(left) : null; m; m = AND_SUBJECT.exec(left)) andAt = m.index;
  if (andAt >= 0) left = left.slice(andAt);
  let { status, certainty, reason } = statusOf(left, right, s.grams);
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
  // "the heads of state have held telephone conversation", "had held talks": a perfect of holding tells
  // what took place, whatever future stands before it ("We shall remind, …" in translated copy).
  if (status === 'planned' && PERFECT_HELD.test(left)) {
    status = 'occurred';
    certainty = 'stated';
    reason = 'a perfect of holding';
  }
  // "Merz had invited Li in a letter to hold talks": the letter is the means of the verb before it, whose tense tells
  // that it was sent; what it invites to is another matter.
  if (status === 'planned' && t.rule.type === 'message' && /^(?:in|by|through)\s/i.test(trig) && SENT_WITH.test(left)) {
    status = 'occurred';
    certainty = 'stated';
    reason = 'a letter the past verb before it was made with';
  }
  // "Postponed: Rajnath Singh in Washington", "Called off: Szijjártó's Kyiv trip": a digest item takes the label
  // before its colon (the colon closes the clause the cues are read in).
  const labelled = status === 'occurred' && reason === NO_CUE && sentLeft.includes(':') ? ITEM_LABEL.exec(sentLeft) : null;
  if (labelled) {
    const label = statusOf(labelled[1], '', s.grams);
    if (label.status !== 'occurred') {
      status = label.status;
      certainty = label.certainty;
      reason = `the item's label: ${label.reason}`;
    }
  }
  // "a possible call", "a planned visit": the noun's own modifier, inside the trigger's words ("a … call").
  if (status === 'occurred' && t.rule.nominal && reason === NO_CUE && MODIFIED_AHEAD.test(trig)) {
    status = 'planned';
    certainty = /possible|potential/i.test(trig) ? 'possible' : 'stated';
    reason = MODIFIER_AHEAD;
  }
  // "The visit to Kinshasa of X, which was scheduled for this week, has been postponed": the subject noun's own
  // predicate comes after the relative clause that its clause ends at.
  // ("A planned visit … by Li Qiang, which officials had expected in March, has been postponed": so is one the noun's own
  // modifier made a plan, when the predicate undoes it.)
  const modifiedAhead = reason === MODIFIER_AHEAD || (status === 'planned' && PLAN_MODIFIER.test(left.slice(-40)));
  if ((status === 'occurred' || modifiedAhead) && certainty === 'stated' && t.rule.nominal && (reason === NO_CUE || modifiedAhead) && NOUN_SUBJECT.test(left)) {
    const past = PAST_RELATIVE.exec(doc.text.slice(k.hi, s.s.end));
    const w = past ? past[1].toLowerCase() : '';
    if (past && (!modifiedAhead || undoneStatus(w))) {
      status = undoneStatus(w) ?? 'planned';
      reason = `${w} after the noun's relative clause`;
    }
  }
  // "Abe is expected to brief Trump when the two meet on the sidelines of the G20": a present tense in a time clause
  // under a main clause that looks ahead is ahead too.
  if (status === 'occurred' && reason === NO_CUE && PRESENT_TRIGGER.test(trig)) {
    const when = TIME_CLAUSE_PRESENT.exec(sentLeft);
    if (when && statusOf(sentLeft.slice(0, when.index), '', s.grams).status === 'planned') {
      status = 'planned';
      reason = 'a present tense in a time clause of a plan';
    }
  }
  // "Aliyev said he expected Erdogan in Baku": a guest expected somewhere is still to come.
  if (status === 'occurred' && t.rule.id === 'expected-in') {
    status = 'planned';
    reason = 'a guest expected in a place: ahead';
  }
  // "A meeting of the Quad foreign ministers — Rubio, … — that had been scheduled for November 16 in Washington has
  // been postponed": a plan told in a restrictive relative clause (no comma to close it), then what befell it.
  // ("… that had been scheduled for October was held in Beijing on Monday": or that it took place.)
  if ((status === 'occurred' || status === 'planned') && certainty === 'stated' && t.rule.nominal && (reason === NO_CUE || / after the noun$/.test(reason)) && NOUN_SUBJECT.test(left)) {
    const then = SCHEDULED_THEN.exec(doc.text.slice(t.end, s.s.end));
    if (then) {
      const w = (then[1] ?? then[2]).toLowerCase();
      status = undoneStatus(w) ?? 'occurred';
      reason = `${w} after the plan's relative clause`;
    }
  }
  // "Nduhungirehe's visit to Kinshasa postponed": a headline or heading drops the auxiliary before the participle.
  if (status === 'occurred' && t.rule.nominal && reason === NO_CUE && s.info.heading) {
    const bare = HEADLINE_PARTICIPLE.exec(k.right);
    // (A participle or a phrase: "delays" or "postponement" after the noun is a noun of its own.)
    if (bare && /ed$|\s/.test(bare[1])) {
      status = undoneStatus(bare[1]) ?? 'postponed';
      reason = `headline participle: ${bare[1].toLowerCase()}`;
    }
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
  // "The visit of President X will provide an opportunity …", "The talks will focus on trade": an exchange named
  // by the subject of a future verb lies ahead.
  if (status === 'occurred' && t.rule.nominal && NOUN_SUBJECT.test(left) && FUTURE_PREDICATE.test(right)) {
    status = 'planned';
    reason = 'the subject of a future verb';
  }
  // "Albanese heads to Beijing": a headline's journey setting out is not yet the visit its body tells.
  if (status === 'occurred' && s.info.headline && /^head(?:s|ing)\b/i.test(trig)) {
    status = 'planned';
    reason = 'a headline journey setting out';
  }
  // "He heads to Latvia next", "flies on to Seoul next": a present journey to the tour's next stop is not made yet.
  if (status === 'occurred' && /^(?:heads|travels|flies|goes|moves)\b/i.test(trig) && NEXT_STOP.test(right)) {
    status = 'planned';
    reason = "a present journey to the next stop";
  }
  // "Rubio has left Cairo for Doha": a departure just made, as of the news, puts the traveller on the way;
  // the stay at the destination lies ahead ("left Cairo for Doha on Monday" tells a journey made).
  if (t.rule.id === 'leave-for' && status === 'occurred' && /\b(?:has|have)\s+(?:just\s+|now\s+|already\s+)?$/i.test(left)) {
    status = 'planned';
    reason = 'a departure just made: on the way';
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
    // "Xi to visit Serbia, Hungary on first Europe trip": a noun that frames an intended journey is it; one
    // the journey is for ("Modi to visit Japan May 20-22 for annual summit") lies as far ahead.
    const framesIntended = !!t.rule.nominal && /\bto\s+(?:hold|have|meet|visit|travel|make|pay)\b[^.;:]{0,60}\b(?:on|during|as\s+part\s+of|for)\s+(?:[\w-]+\s+){0,3}$/i.test(left);
    const infinitive =
      (framesIntended || /\bto\s+(?:hold|have|meet|visit|travel|make)\s+(?:[\w'’-]+\s+){0,3}$|\bto\s+$/i.test(left)) &&
      !/\b(?:went|travell?ed|flew|arrived|came|visited|headed|left|met|accompan\w+|joined)\b/i.test(left);
    // ("It fell to her economy secretary, Marcelo Ebrard, to fly to Ottawa": the task that fell to someone was done.)
    const fellTo = /\bit\s+(?:fell|was\s+left)\s+to\s+[^.;]{1,80}?\bto\s+$/i.test(sentLeft);
    // ("was glad to meet FM Wang Yi", "Great to meet @PMOIndia": a pleasure told of a meeting, as posts tell it, is no
    // intention; one still ahead carries its "will" or "would", read before this.)
    const pleasure = infinitive && PLEASURE_TO.test(left);
    if (progressive || (infinitive && !fellTo && !pleasure && !superlativeTo(sentLeft))) {
      status = 'planned';
      reason = progressive ? 'present progressive: arranged' : 'infinitive: intended';
    }
  }
  // "Lula will travel on Tuesday to Valparaíso … before flying to Bolivia on Wednesday for a meeting": a
  // participle after "before" or "after" shares the time of the clause it hangs on.
  if (status === 'occurred') {
    // The participle is the trigger itself ("before flying to Bolivia") or opens the phrase it stands in.
    // ("is due back in Doha on Wednesday after a brief visit to Israel": so does a journey's noun right after them.)
    const hang = /\b(?:before|after)\s+(?:\w+ing\s+(?:[\w'’.-]+\s+){0,6}?|(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2})?$/i.exec(sentLeft);
    const participle =
      !!hang && (/^\w+ing\b/i.test(trig) || /^(?:before|after)\s+\w+ing\s/i.test(hang[0]) || (t.rule.type === 'visit' && !!t.rule.nominal && /\s(?:a|an|the|his|her|their)\s/i.test(hang[0])));
    // The clause hung on, outside quotes ("… will grow," Ebrard stated after accompanying …: a past).
    const main = hang ? sentLeft.slice(0, hang.index).replace(/["“][^"”]*["”]/g, ' ') : '';
    // "was due to meet Y on Sunday before flying to Z" is a plan still ahead; "was received … before flying" is past.
    const pastMain = /\b(?:had|has|have|did)\b|\b(?:was|were)\b(?!\s+(?:also\s+)?(?:due|set|scheduled|expected|going|to)\b)/i;
    // ("meets Saied in Tunis on her fifth visit, before heading to Libya on Wednesday": a main clause in the present
    // simple of a standfirst or a headline tells today's news, so what comes after it is still ahead.)
    const presentMain = PRESENT_NEWS.test(main) && !PAST_NEWS.test(main);
    // ("It will be his second trip to China, after his visit in November 2023": a journey's noun with a year of its own
    // before the news is that earlier journey, made.)
    const ownPast = !!t.rule.nominal && !!doc.published && s.dates.some((d) => d.explicitYear && !d.anchor && d.start >= t.end && d.start - t.end <= 20 && d.value < doc.published!.slice(0, d.value.length));
    if (participle && !ownPast && (FUTURE.test(main) || presentMain) && !pastMain.test(main.slice(-40)) && !/\b\w+ed\s*,?\s*$/i.test(main)) {
      status = 'planned';
      reason = 'a participle after before/after: the time of the clause it hangs on';
    }
  }
  // "met Masimov over breakfast before flying to Beijing, where he is due to hold talks with Hu": a journey told by a
  // participle, at whose end the stay is still ahead, is on its way.
  if (status === 'occurred' && /^\w+ing\b/i.test(trig) && WHERE_AHEAD.test(doc.text.slice(t.end, s.s.end))) {
    status = 'planned';
    reason = 'a participle journey to a stay still ahead';
  }
  // "Rice flies to Tokyo on Monday", "He flies on to Seoul on Monday for talks": in a story's body the
  // present simple of a journey with a weekday after it is a schedule, unless that day is the news's own.
  // (A chronology line's lead date tells a past in the historic present, "2019 - Modi flies to Male"; a dateline does not.)
  if (status === 'occurred' && !s.info.headline && (!s.info.leadDate || s.info.dateline) && PRESENT_JOURNEY.test(trig) && !/\b(?:who|which|that|when|as|if)\s+$/i.test(left)) {
    // ("On Monday he leaves for Vilnius": the weekday may open the clause, right before its subject.)
    const opening = s.dates.find((d) => d.weekday && d.end <= t.start && d.start >= k.lo && DAY_THEN_SUBJECT.test(doc.text.slice(d.end, t.start)));
    // ("The premier leaves for Kuala Lumpur on June 16", told on the 15th: so is a day written without its year that
    // falls after the news.)
    const ahead = (d: DateMention) => d.weekday || (!d.explicitYear && d.value.length === 10 && !!doc.published && d.value > doc.published);
    const day = s.dates.find((d) => d.start >= t.end && d.start <= t.end + 60 && ahead(d) && d.start < t.end + k.right.length + 1) ?? opening;
    if (day && day.value !== doc.published) {
      status = 'planned';
      reason = 'present simple of a journey with a weekday ahead: a schedule';
    }
  }
  // "A stop in Abu Dhabi was added at the last minute", "a visit to Amman has been added to the itinerary": a part
  // put into a schedule is a plan.
  if (status === 'occurred' && reason === NO_CUE && t.rule.nominal && t.rule.type === 'visit' && ADDED_AFTER.test(right.length > 80 ? right.slice(0, 80) : right)) {
    status = 'planned';
    reason = 'added to a schedule';
  }
  if (status === 'occurred' && reason === NO_CUE && t.rule.nominal && t.rule.type === 'visit' && !s.info.headline && (!s.info.leadDate || s.info.dateline)) {
    const apposed = APPOSED_JOURNEY.exec(left);
    const from = apposed ? t.start - left.length + apposed.index : -1;
    const day = apposed && s.dates.find((d) => d.weekday && d.start > from && d.end <= t.start);
    if (day && day.value !== doc.published) {
      status = 'planned';
      reason = 'apposed to a journey told in the present simple with a weekday ahead: a schedule';
    }
  }
  // "…; talks with Vietnamese leaders on Thursday": a heading's noun with no verb and a weekday that is not the news
  // day is a schedule, as headlines tell what comes in the present.
  if (status === 'occurred' && s.info.heading && t.rule.nominal && reason === NO_CUE && !/\b\w+ed\b|\b(?:met|held|had|spoke|was|were)\b/i.test(k.left)) {
    const day = s.dates.find((d) => d.start >= t.end && d.start < t.end + k.right.length + 1 && d.weekday && d.value.length === 10);
    // The nearer reading of the weekday: one to three days ahead is the coming one ("on Thursday", told on a Wednesday).
    const ahead = day && doc.published?.length === 10 ? (new Date(day.value).getUTCDay() - new Date(doc.published).getUTCDay() + 7) % 7 : 0;
    if (ahead >= 1 && ahead <= 3) {
      status = 'planned';
      reason = 'a heading noun with a weekday: a schedule';
    }
  }
  // A superlative traveller ("the first … to visit China") reports a visit that took place.
  if (t.rule.type === 'visit' && superlativeTo(sentLeft) && !/\b(?:will|would|could|may|might|plans?|expected)\b/i.test(sentLeft.slice(-60))) {
    status = 'occurred';
    certainty = 'stated';
    reason = 'superlative "… to visit": reports a visit';
  }
  // "was set to visit both countries in March but had to delay the trip": the but-clause decides.
  if (status === 'planned' || status === 'occurred') {
    const but = BUT_UNDONE.exec(doc.text.slice(t.end, s.s.end));
    // ("A stop in Cairo was considered but ruled out": a plan the noun's own predicate floated, too.)
    const floated = !!but && /\b(?:was|were)\s+(?:considered|discussed|proposed|mooted|pencill?ed\s+in)\s*$/i.test(doc.text.slice(t.end, t.end + but.index));
    if (but && !otherKindCalledOff(t, but[0]) && (status === 'planned' || floated || /\b(?:set|scheduled|supposed|planned|due|expected|intended)\b/i.test(left))) {
      status = undoneStatus(but[1]) ?? 'cancelled';
      reason = `a later clause: ${but[1]}`;
    }
  }
  // "Bakiyev had asked to meet Medvedev in Astana, but the Kremlin turned down the request": a plan asked or offered
  // that a later clause of the sentence says was refused is declined.
  if (status === 'planned') {
    const refused = REFUSED_LATER.exec(doc.text.slice(k.hi, s.s.end));
    if (refused) {
      status = 'declined';
      certainty = 'stated';
      reason = `the ${refused[1].toLowerCase()} ${refused[2].toLowerCase()} in a later clause`;
    }
  }
  return { status, certainty, reason };
}

function statusOf(left: string, right: string, grams: Grams): Status {
  // (left and right are parts of the sentence whose grams these are: a pattern whose literals the sentence lacks
  // matches neither, and is not run.)
  let found: Status | null = null;
  const n = STATUS_QUICK(grams, passed);
  for (let k = 0; k < n; k++) {
    const cue = STATUS_CUES[passed[k]];
    if (cue.re.test(left)) {
      if (!found) found = { status: cue.status, certainty: cue.possible ? 'possible' : 'stated', reason: cue.reason };
      else if (cue.possible) found.certainty = 'possible';
    }
  }
  // "skipping a planned meeting with Ramaphosa": what was arranged and is now skipped is called off, not refused.
  if (found?.status === 'declined' && SG.SKIPPED_PLAN(grams, left)) found = { status: 'cancelled', certainty: 'stated', reason: 'a planned exchange skipped' };
  // "Orban had invited Xi during their meeting": a meeting that frames a past act took place; only a
  // future in its own clause ("will sign … during their meeting") makes it a plan.
  if (found?.status === 'planned' && SG.FRAMED(grams, left) && !SG.FUTURE(grams, left)) found = null;
  // "put the trip off indefinitely", "called his visit to France off": a phrasal verb split round the noun.
  const split = SG.SPLIT_VERB(grams, left) && MAY.SPLIT_PARTICLE(grams) ? SPLIT_PARTICLE.exec(right) : null;
  if (split) {
    const verb = SPLIT_VERB.exec(left)![1].toLowerCase();
    const status: EventStatus = verb.startsWith('call') ? 'cancelled' : 'postponed';
    if (!found || found.status === 'planned') found = { status, certainty: 'stated', reason: `${verb} … ${split[1].toLowerCase()}, round the noun` };
  }
  const predicate = MAY.PREDICATE_AFTER(grams) ? PREDICATE_AFTER.exec(right) : null;
  // "spoke by phone with X last month …, and is expected to host …": a predicate joined by "and" is the
  // subject's next one, not what befell the exchange.
  // "will travel to India …, his spokesman said, rescheduling a trip that was postponed in October": a
  // relative clause on another noun further on tells of that noun, not of this exchange.
  const otherNoun = (i: number) => /,(?!\s*(?:which|that)\b)[^]*\b(?:that|which)\s+$/i.test(right.slice(0, i));
  const after = (predicate && !/\band\s+$/i.test(right.slice(0, predicate.index)) && !otherNoun(predicate.index) ? predicate : null) ?? ON_HOLD.exec(right);
  // "A planned trip … was postponed": what befell the plan beats the plan.
  const undoes = !!after && undoneStatus(after[1]) !== null;
  if (after && (!found || (undoes && found.status === 'planned'))) {
    const w = after[1].toLowerCase();
    const status: EventStatus = undoneStatus(w) ?? 'planned';
    found = { status, certainty: 'stated', reason: `${w} after the noun` };
  }
  // "He holds the annual leaders' summit with Albanese today": a present of the news day's programme is ahead.
  if (!found && SG.PRESENT_HOLDS(grams, left) && SG.TODAY_AHEAD(grams, right)) found = { status: 'planned', certainty: 'stated', reason: 'holds … today: the day\'s programme' };
  // "the Trump-Xi meeting planned for the autumn", "talks scheduled for Friday": a plan the participle right after
  // the noun tells.
  if (!found && (SG.PLANNED_AFTER_NOUN(grams, right) || SG.PLANNED_TO_PLACE(grams, right))) found = { status: 'planned', certainty: 'stated', reason: 'planned for, after the noun' };
  // "Those meetings will not take place", "the visit did not go ahead": the exchange told before is off.
  // ("A planned visit … fell through": what befell the plan beats the plan here too.)
  if ((!found || found.status === 'planned') && (SG.NOT_HAPPENING(grams, right) || notHappeningLater(right))) found = { status: 'cancelled', certainty: 'stated', reason: 'will not take place, after the noun' };
  // "The visit … could take place as early as June", "the talks will be held in Riyadh": the exchange
  // is the subject of a future or possible happening.
  const happens = MAY.HAPPENS(grams) ? HAPPENS.exec(right) : null;
  // ("a meeting of the council expected to take place in Athens in the spring": the reduced relative clause too.)
  if (!found && !happens && SG.REDUCED_HAPPENS(grams, right.length > 100 ? right.slice(0, 100) : right))
    found = { status: 'planned', certainty: 'stated', reason: 'expected to take place, after the noun' };
  if (happens && !found) {
    const possible = /^(?:could|may|might)$/i.test(happens[1]);
    found = { status: 'planned', certainty: possible ? 'possible' : 'stated', reason: `${happens[0].toLowerCase()} after the noun` };
  }
  // "a three-country tour that will also take him to Qatar and Israel": the stops still ahead.
  if (!found && SG.TAKES_AHEAD(grams, right)) found = { status: 'planned', certainty: 'stated', reason: 'a tour that will take the traveller on' };
  // "Blinken heads to China next week": a time still ahead, told right after the verb.
  if (!found && SG.FUTURE_AFTER(grams, right)) found = { status: 'planned', certainty: 'stated', reason: 'a time ahead after the verb' };
  return found ?? { status: 'occurred', certainty: 'stated', reason: NO_CUE };
}

const NO_CUE = 'no status cue: occurred';
/** "put … on hold" right after the noun. */
const ON_HOLD = /^\s*(?:\w+\s+){0,2}(on hold)\b/i;
/** The exchange as the subject of a happening still ahead or possible: "will take place", "could be held". */
const HAPPENS = /\b(will|would|could|may|might|is to|are to|is due to|are due to|is expected to|are expected to|is likely to|are likely to)\s+(?:now\s+|still\s+|also\s+|only\s+)?(?:take place|happen|go ahead|be held|occur)\b/i;

/** A pleasure right before the infinitive: "was glad to meet", "delighted to see", "an honour to receive". */
const PLEASURE_TO = /\b(?:glad|pleased|delighted|honou?red|great|good|nice|wonderful|(?:a|an)\s+(?:pleasure|honou?r))\s+to\s+$/i;

/** A plan put off or called off, after its noun ("was postponed", "has been scrapped", "was dropped from the itinerary"). */
const MODIFIER_AHEAD = "the noun's own modifier: ahead";
/** "A planned ", "the long-awaited state ": a plan's participle right before the noun. */
const PLAN_MODIFIER = /\b(?:planned|proposed|scheduled|expected|long-planned|long-awaited|anticipated)\s+(?:[\w-]+\s+){0,2}$/i;
const UNDONE = `${DELAY_WORDS}|${CALL_OFF_WORDS}|${CALL_OFF_PASSIVE}`;

/** Predicates after the noun: "the visit of X to Y was postponed", "talks are scheduled for", "was considered but ruled out". */
const PREDICATE_AFTER = new RegExp(String.raw`\b(?:was|were|has been|have been|had been|is|are|will be|would be|got)\s+(?:\w+\s+(?:but\s+)?)?(${UNDONE}|scheduled|planned|expected|set)\b`, 'i');

/**
 * A later clause of "but" that undoes the plan: "was set to visit in March but had to delay the trip", "but the stop
 * was dropped" (a passive-only call-off with its auxiliary: "but dropped a hint" undoes nothing), or with its auxiliary
 * shared and no object after it ("was considered but ruled out.").
 */
const BUT_UNDONE = new RegExp(String.raw`\bbut\b[^.;]*?\b(${DELAY_WORDS}|${CALL_OFF_WORDS}|(?:was|were|been)\s+(?:${CALL_OFF_PASSIVE})|(?:dropped|ruled\s+out)(?=\s*(?:[,.;]|$)))`, 'i');

/** The verb of a phrasal verb of delay or call-off, with the noun's determiner after it: "put the ", "called his ". */
const SPLIT_VERB = /\b(put|puts|putting|push(?:ed|es|ing)?|call(?:ed|s|ing)?)\s+(?:the|his|her|their|its|a|an|this|that)\s+(?:[\w-]+\s+){0,2}$/i;
/** Its particle right after the noun (and where it went): " off indefinitely", " to France off", " back". */
const SPLIT_PARTICLE = /^\s+(?:(?:to|in|with)\s+(?:[\w.'’-]+\s+){1,3}?)?(off|back)\b/i;

/** The stay at a journey's end told ahead: ", where he is due to hold talks", ", where she will meet". */
/** Right after a journey verb: the place it goes to, then "next" ("… to Latvia next", "on to Seoul next week" is a date's). */
const NEXT_STOP = /^\s*(?:on\s+)?(?:to\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}next\b(?!\s+(?:week|month|year|day|morning|spring|summer|autumn|fall|winter)\b)/u;

export const WHERE_AHEAD = /^[^.;,]{0,60},\s*where\s+(?:he|she|they|the\s+\w+|\p{Lu}[\p{L}'’-]+)\s+(?:(?:is|are)\s+(?:also\s+)?(?:due|expected|scheduled|set|to)\b|will\b)/u;

/** A reduced relative clause on the noun, before any other verb: "… expected to take place", "… scheduled to be held". */
const REDUCED_HAPPENS = /^[^,;.]*?\b(?:expected|due|scheduled|set|slated|planned)\s+to\s+(?:take\s+place|be\s+held|happen|go\s+ahead|convene)\b/i;

/** Skipping what was arranged: "skipping a planned meeting", "skipped the scheduled talks". */
const SKIPPED_PLAN = /\bskip(?:s|ped|ping)?\s+(?:a|an|the|his|her|their)\s+(?:planned|scheduled|arranged)\s+(?:[\w-]+\s+)?$/i;

/** A present tense of holding or hosting right before the exchange's noun: "holds the annual summit", "hosts talks". */
const PRESENT_HOLDS = /\b(?:holds|hosts|chairs|co-chairs|attends)\s+(?:[\w'’-]+\s+){0,4}$/i;
/** The rest of the news day, or the next: "today", "tonight", "tomorrow", "later today". */
const TODAY_AHEAD = /\b(?:today|tonight|tomorrow)\b/i;

/** A reduced relative right after the noun (and its "between …") that puts it ahead: "planned for", "scheduled for", "set for". */
// (", scheduled for Monday": set off by a comma after the noun's complement too.)
const PLANNED_AFTER_NOUN = /^\s*(?:(?:between|of|with|by)\s+[^,;]{1,80}?(?:\s*,)?\s+)?(?:planned|scheduled|slated|set|pencill?ed\s+in|prepared)\s+(?:for|in\s+(?!motion\b))/i;

/** The same before a destination: "has trips scheduled to Cabo Verde, on 05/07, and to …" (a capital, so not "scheduled to take place"). */
const PLANNED_TO_PLACE = /^\s*(?:planned|scheduled|slated|set)\s+to\s+(?=\p{Lu})/u;

/** A short label and a colon opening the item the trigger stands in: "Fri 18 Jul — Called off: …". */
const ITEM_LABEL = /(?:^|[—–•*]\s*)([^:—–.;,"“]{3,24}):\s+[^:]*$/;

/** A trigger's own words that put it ahead: "a possible call", "a planned visit". */
const MODIFIED_AHEAD = /\b(?:possible|potential|planned|proposed|prospective|upcoming|forthcoming)\s/i;

/** A finite past verb and its object right before "in a letter": "had invited Li", "urged Putin". */
const SENT_WITH = /(?<!\b(?:will|would|to|could|may|might|shall)\s+(?:\w+\s+)?)\b(?:had\s+|has\s+|have\s+)?(?:\w+ed|wrote|sent|told)\s+(?:[\w.'’-]+\s+){0,4}$/i;

/** A relative clause closed by a comma, then the main verb: "…, which was due this week, has been postponed". */
const PAST_RELATIVE = new RegExp(
  String.raw`^(?:which|that|who)\b[^,;.:]{0,160},\s*(?:\w+\s+)?(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be|would\s+be)\s+(?:\w+\s+)?(${UNDONE}|scheduled|planned)\b`,
  'i',
);

/**
 * After the noun (and what it is "of", and a dash-set aside): "that had been scheduled for November 16 in
 * Washington has been postponed". The plan is the relative clause's; the main verb says what befell it.
 */
const SCHEDULED_THEN =
  new RegExp(
    String.raw`^[^;]{0,200}?\b(?:that|which)\s+(?:had\s+been|has\s+been|was|were)\s+(?:originally\s+|initially\s+)?(?:scheduled|planned|set|slated|due|expected)\b[^;,]{0,80}?\s(?:(?:has|have|had|was|were)\s+(?:now\s+|also\s+|finally\s+|eventually\s+)?(?:been\s+)?(${UNDONE}|held)|(?:finally\s+|eventually\s+)?(took\s+place|went\s+ahead))\b`,
    'i',
  );

/** A headline's participle after the noun, its auxiliary dropped: "Ruto's visit to China postponed". */
const HEADLINE_PARTICIPLE = new RegExp(String.raw`^\s*(?:[\w'’.-]+\s+){0,5}?(${UNDONE})\b`, 'i');

/** Nothing but a determiner and modifiers before the noun in its clause: the noun opens the subject. */
const NOUN_SUBJECT = /^\W*(?:(?:the|this|that|his|her|their|its)\s+)?(?:[\w.'’-]+\s+){0,4}$/i;
/** "of President X to India will provide …", "will focus on …": the subject's own verb, in the future. */
// ("The visit, from July 12 to 18, will take in Beijing, Shanghai and Chengdu": past an apposition too.)
const FUTURE_PREDICATE = /^\s*(?:(?:of|by|to|between|with)\s+[^,;.:]{1,80}?\s+)?(?:,\s*[^,;:]{1,60},\s*)?(?:will|shall)\s+(?:also\s+|further\s+)?(?!not\b)[a-z]+/i;

const PERFECT_HELD = /(?<!\b(?:will|would|could|may|might|should|must|to)\s+)\b(?:has|have|had)\s+(?:already\s+|also\s+|just\s+|successfully\s+|earlier\s+|previously\s+|recently\s+)?(?:held|had|conducted)\s+(?:a\s+|an\s+|the\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}$/i;

/** A conjunction opening a clause with its own capitalised subject: " as Chavez heads", " while Rice flew". */
const AS_SUBJECT = /\s(?:as|while|whereas)\s+(?=\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s+\p{Ll}|\s*$))/gu;
/** Between an opening weekday and a journey's verb: only its subject ("On Monday he leaves", "On Tuesday Rice flies"). */
const DAY_THEN_SUBJECT = /^\s*,?\s*(?:he|she|they|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+$/u;
/** After a journey's noun and its own place: "… was added", "… has been added to the itinerary". */
const ADDED_AFTER = /^\s*(?:(?:in|to|at)\s+)?(?:[^,;:.]{1,40}?\s+)?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|now\s+|since\s+)?added\b/i;
const PRESENT_JOURNEY = /^(?:flies|travels|heads|leaves|departs|goes|returns|visits|arrives|lands)\b/i;
/**
 * ", her ninth visit since the invasion": a journey's noun set in apposition after the clause that tells it, whose
 * own verb (a present simple with its weekday) says whether it is a schedule.
 */
const APPOSED_JOURNEY = /\b(flies|travels|heads|leaves|departs|goes|returns|arrives|lands)\b[^,;:]{3,90},\s*(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}$/i;

const TAKES_AHEAD = /^\s*(?:that|which)?\s*will\s+(?:also\s+|then\s+)?take\s+(?:him|her|them)\s+(?:on\s+)?to\b/i;

const FUTURE_AFTER = /^\s*(?:[\w'’.-]+\s+){0,4}?(?:next\s+(?:week|month|year)|tomorrow|later\s+this\s+(?:week|month|year))\b/i;

/** A noun phrase of an exchange that frames something else: "during their meeting", "on the sidelines of the talks". */
const FRAMED = /\b(?:during|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of|at)\s+(?:the|their|his|her|its|a|an)\s+(?:[\w-]+\s+){0,2}$/i;

/** A verb of an exchange in the present simple, as standfirsts and headlines tell the day's news ("meets", "hosts"; not "visits" or "talks", nouns as often). */
const PRESENT_NEWS = /\b(?:meets|holds|hosts|receives|welcomes|arrives|lands|travels|flies)\b/i;
/** A past form that makes a clause a past told, whatever present stands in it. */
const PAST_NEWS = /\b(?:had|has|have|was|were|did|met|held|hosted|received|welcomed|arrived|landed|visited|travell?ed|flew|went|came|made|paid|talked|spoke)\b/i;
const FUTURE = /\b(?:will|shall|would|is\s+to|are\s+to|expect\w*|plan(?:s|ned|ning)?|scheduled|set\s+to|slated\s+to|poised\s+to|due\s+to|(?:is|are)\s+due\s+(?:back\s+)?in|upcoming|forthcoming|next|hop(?:e|es|ed|ing)\s+to|likely\s+to)\b|['’]ll\b/i;

/** Right after the noun: "will not take place", "won't go ahead", "did not happen". */
// ("did not materialise", "never materialized", "fell through": the same, in the words of a plan that came to nothing.)
const NOT_HAPPENING =
  /^\s*(?:[\w'’-]+\s+){0,2}?(?:(?:(?:will|would|did|does|do|could|can)\s+(?:now\s+)?not|won['’]t|didn['’]t|wouldn['’]t|can(?:no|['’])t|couldn['’]t)\s+(?:now\s+|still\s+)?(?:take\s+place|go\s+ahead|happen|be\s+held|occur|materiali[sz]e)|(?:never|failed\s+to)\s+materiali[sz]e[ds]?|fell\s+through)\b/i;

/**
 * The same after the noun's own complement and a phrase set off by commas: "a visit by the Sultan to Tehran, reported by
 * Iranian media in August, did not take place" (not past another clause: "… to Paris and the talks did not take place").
 */
const NOT_HAPPENING_LATER =
  /^\s+(?:by|of|to|with|between)\s+([^,;.]{1,70}?)(?:,([^,;.]{1,70}),)?\s*(?:(?:(?:will|would|did|could)\s+not|won['’]t|didn['’]t|wouldn['’]t)\s+(?:take\s+place|go\s+ahead|happen|be\s+held|occur|materiali[sz]e)|(?:never|failed\s+to)\s+materiali[sz]e[ds]?|fell\s+through)\b/i;
const ANOTHER_CLAUSE = /\b(?:and|but|while|as|where|when|after|before|since|because|although|though|which|that|who)\b/i;

function notHappeningLater(right: string): boolean {
  if (!right.includes('not') && !right.includes('n’t') && !right.includes("n't") && !right.includes('materiali') && !right.includes('fell')) return false;
  const m = NOT_HAPPENING_LATER.exec(right.length > 200 ? right.slice(0, 200) : right);
  return !!m && !ANOTHER_CLAUSE.test(m[1]) && !ANOTHER_CLAUSE.test(m[2] ?? '');
}

/** A trigger in the present tense: "meet", "meets", "visits", "hold talks". */
const PRESENT_TRIGGER = /^(?:meet|meets|visit|visits|speak|speaks|talk|talks|hold|holds|arrive|arrives|travel|travels|call|calls)\b/i;
/** Right before it, a time clause's conjunction and subject: "when the two", "once they", "after Xi". */
const TIME_CLAUSE_PRESENT = /\b(?:when|once|after|before|as\s+soon\s+as|until)\s+(?:the\s+two(?:\s+(?:leaders|men|sides|presidents|ministers))?|they|both|he|she|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+(?:next\s+|first\s+|again\s+|finally\s+)?$/u;

/** The patterns statusOf asks of the trigger's clause, each behind its literal filter. */
const SG = gatesOf({ FRAMED, FUTURE, FUTURE_AFTER, NOT_HAPPENING, PLANNED_AFTER_NOUN, PLANNED_TO_PLACE, PRESENT_HOLDS, REDUCED_HAPPENS, SKIPPED_PLAN, SPLIT_VERB, TAKES_AHEAD, TODAY_AHEAD });
/** The literal filters of the patterns read with exec (their matches are used), made once. */
const MAY = {
  SPLIT_PARTICLE: literalFilter(SPLIT_PARTICLE),
  PREDICATE_AFTER: literalFilter(PREDICATE_AFTER),
  HAPPENS: literalFilter(HAPPENS),
  JOINED_PAST: literalFilter(JOINED_PAST),
  AS_SUBJECT: literalFilter(AS_SUBJECT),
  AND_SUBJECT: literalFilter(AND_SUBJECT),
};
