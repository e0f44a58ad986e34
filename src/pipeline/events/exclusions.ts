// Wording that names an exchange without telling one: quoted, denied, negated, offered, invited,
// supposed, or someone "called" something rather than phoned.
import { mayMatch } from '../text/literal-filter.js';
import { gatesOf } from './gated.js';
import type { DocumentView, SentenceView } from '../document.js';
import { NOT_NAME } from '../mentions/people.js';
import type { Clause } from './clause.js';
import { COUNT_OF_TIMES, DENIED_AFTER, DENIED_BEFORE, DENIED_IT, DENIED_THE_REPORT, HYPOTHETICAL, MOST_RECENTLY, NEGATION, NO_PLANS_FOR, OFFER_TO_HOST, REFUSED_LATER, REPORT_BEFORE, SAYS_NO_TO } from './lexicon.js';
import { insideQuote } from './speakers.js';
import type { TriggerHit } from './triggers.js';

/** The trigger names an exchange that its sentence does not tell as happening or planned. */
/** Right after the noun: "were attended by", "was also attended by", "was prepared by". */
const ATTENDED_BY = /^\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:also\s+)?(?:attended|prepared|organi[sz]ed|arranged|brokered|mediated|facilitated)\s+by\b/i;

/** A call with the press: "told reporters on a conference call", "in a press call", "a media call", "briefing call". */
const BRIEFING_CALL = /\b(?:(?:reporters|journalists|the\s+press|the\s+media)\s+(?:on|in|during|via)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?|(?:press|media|briefing|background)\s+)call$/i;

/** The sentence opens with the noun as its subject: "The call ", "This meeting ", "Their talks ". */
const THE_SUBJECT = /^\s*(?:the|this|that|their)\s+(?:[\w-]+\s+)?$/i;
/** Right after the noun: timed by another exchange ("came a week after", "took place days before", "followed"). */
const CAME_AFTER = /^\s+(?:came|comes|took\s+place|was\s+held|happened)\s+(?:(?:just|only|barely|less\s+than|more\s+than|a|an|one|two|three|four|five|six|\d+|several|few|hours?|days?|weeks?|months?)\s+){0,4}(?:after|before|ahead\s+of|following)\b/i;

/** Right before the noun: a round of it talked over ("discussed the next round of trade ", "reviewed the third round of "). */
// ("They talked about the energy ceasefire and the next round of technical talks": a topic after others, too.)
const ROUND_DISCUSSED = /\b(?:discuss\w*|review\w*|address\w*|prepar\w*|exchanged\s+views\s+on|(?:talked|spoke)\s+about)\s+(?:[^.;]{0,60}?\s+and\s+)?(?:the|a|an)\s+(?:[\w-]+\s+)?round\s+of\s+(?:[\w-]+\s+){0,2}$/i;

/** Right before the noun: its launch ("to start ", "launched formal ", "the opening of "). */
const TO_LAUNCH = /\b(?:start|launch|open|begin|commence)(?:s|ed|ing)?\s+(?:formal\s+|official\s+)?$|\b(?:start|launch|opening)\s+of\s+(?:formal\s+)?$/i;
/** Right after the noun: the text negotiated ("on a defence equipment accord", "toward a free trade agreement"). */
const TOWARD_A_TEXT = /^\s+(?:on|over|toward|towards|for)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:accord|agreement|deal|treaty|pact)s?\b/i;

/** Out of office at the time told: "as First Lady", "while still a senator", "the then senator", "as a candidate". */
const NO_OFFICE_THEN =
  /\b(?:as\s+(?:a\s+|the\s+)?(?:first\s+lady|private\s+citizen|(?:presidential\s+)?candidate|senator|congressman|congresswoman)|while\s+(?:still\s+)?(?:a|an)\s+(?:senator|candidate|congressman|congresswoman|opposition\s+(?:leader|mp))|(?:the\s+)?then[\s-]+senator|when\s+(?:he|she)\s+was\s+(?:still\s+)?(?:a\s+)?(?:senator|candidate|first\s+lady))\b/i;

/** "was not there to ", "wasn't on hand to ", "were not present at the airport to ": absent, right before the trigger. */
const NOT_THERE_TO = /\b(?:(?:was|were|is|are)\s+not|wasn['’]t|weren['’]t|isn['’]t|aren['’]t)\s+(?:(?:there|on\s+hand|present|waiting)(?:\s+(?:at|on|in)\s+the\s+[\w-]+)?|(?:at|on|in)\s+the\s+(?:airport|tarmac|border|station|door|steps)\b)\s+to\s+$/i;

/** "would like to", "would also like one day to", "'d love to": a wish, right before the trigger. */
const WISH = /\b(?:would|['’]d)\s+(?:also\s+|very\s+much\s+|really\s+)?(?:like|love)\s+(?:one\s+day\s+|some\s*day\s+|eventually\s+)?to\s+$/i;

/** "attend the African Union mid-year coordination ": a body's name (capitalised) and at most three words more (no preposition or article: "attended Mass before a meeting" is two things). */
const ATTENDS_BODY_MEETING = /\battend(?:s|ed|ing)?\s+(?:the\s+|a\s+|an\s+|this\s+year['’]s\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,5}(?:(?!(?:before|after|and|or|with|for|then|a|an|the|to|of|in|on|at|by)\s)[\p{Ll}\d-]+\s+){0,3}$/u;

/** "hoped to ", "expressed his hope to ", "hopes one day to ": a hope, right before the trigger. */
const HOPE = /\bhop(?:e|es|ed|ing)\s+(?:one\s+day\s+|some\s*day\s+|soon\s+|also\s+|eventually\s+)?to\s+$/i;

/** "should", "ought to", right before the trigger's verb (a few adverbs may stand between). */
const URGED = /\b(?:should|ought\s+to)\s+(?:(?:also|now|first|soon|instead|really|personally|still|at\s+least)\s+)?$/i;
/** "should be in Canada ", "ought to be here ": before a participle, urged as much ("should be in Canada negotiating"). */
const URGED_BE = /\b(?:should|ought\s+to)\s+(?:(?:also|now|instead|really)\s+)?be\s+(?:(?:in|at)\s+(?:home|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+|here\s+|there\s+)?$/;

export function tellsNoExchange(doc: DocumentView, s: SentenceView, t: TriggerHit, all: TriggerHit[], k: Clause): boolean {
  const { left, right, sentLeft } = k;
  // Quoted speech: "“Hope this meeting can help …”" points at an exchange, it does not tell one.
  if (t.rule.nominal && insideQuote(sentLeft) && /\b(?:this|that|the|these)\s+(?:\w+\s+){0,2}$/i.test(sentLeft)) return true;
  // "Mottley, who skipped the summit … and joined only the opening session by video link": a gathering's session taken part
  // in from afar is no call with the others the sentence names.
  if (t.rule.type === 'video_call' && SESSION_JOINED.test(doc.text.slice(Math.max(s.s.start, t.start - 80), t.start))) return true;
  // "Prabowo, who has made more than 30 foreign trips since taking office": journeys counted with no place are a tally,
  // no journey of their own.
  if (t.rule.type === 'visit' && COUNTED_JOURNEYS.test(doc.text.slice(Math.max(s.s.start, t.start - 40), t.end)) && !G.PLACE_AFTER(s.grams, right)) return true;
  // "spoke with X at the meeting": the talk is part of the other exchange its clause tells ("…, ahead of a meeting of
  // the council" is another clause's).
  if (t.rule.id === 'spoke-with' && all.some((o) => o !== t && o.rule.type !== 'phone_call' && o.rule.type !== 'visit' && o.start >= k.lo && o.end <= k.hi)) return true;
  // ("will not attend the G20 summit": the negation is the refusal the 'not-attend' rule tells.)
  // (A negation ends within a few words of the trigger: the clause's last 160 characters hold any that can match.)
  const near = left.length > 160 ? left.slice(-160) : left;
  if ((G.NEGATION(s.grams, near) && !G.SAYS_NO_TO(s.grams, near) && t.rule.id !== 'not-attend') || (/plan/i.test(left) && G.NO_PLANS_FOR(s.grams, left))) return true;
  // "The call came a week after Bessent and He Lifeng held talks in Geneva, and a day after Xi received Lula": the
  // exchange told before, timed by others; the people of its time clauses are theirs, not its.
  // (The noun's trigger may hold its article: "The call".)
  if (t.rule.nominal && G.THE_SUBJECT(s.grams, sentLeft + doc.text.slice(t.start, t.end).replace(/\S+$/, '')) && CAME_AFTER.test(doc.text.slice(t.end, Math.min(s.s.end, t.end + 80)))) return true;
  // "an official told reporters on a conference call", "said in a press call": a briefing by telephone, no exchange.
  if ((t.rule.type === 'phone_call' || t.rule.type === 'video_call') && BRIEFING_CALL.test(doc.text.slice(Math.max(s.s.start, t.start - 40), t.end))) return true;
  // "They discussed the next round of trade talks": a round of negotiations talked over is the topic, not their exchange.
  if (t.rule.nominal && t.rule.type === 'meeting' && /\bround/i.test(left) && G.ROUND_DISCUSSED(s.grams, left.length > 80 ? left.slice(-80) : left)) return true;
  // "agreed to start talks on a defence equipment accord": negotiations launched toward a text, no meeting of the leaders.
  if (t.rule.nominal && t.rule.type === 'meeting' && G.TO_LAUNCH(s.grams, left.length > 40 ? left.slice(-40) : left) && G.TOWARD_A_TEXT(s.grams, right.length > 80 ? right.slice(0, 80) : right)) return true;
  // "telephoned President Kibaki in February last year, while still a senator", "came to Kenya as First Lady in 1998":
  // one who held no office of state then made no exchange between states (up to the next exchange the sentence tells).
  if (mayMatch(NO_OFFICE_THEN, s.grams)) {
    const next = all.find((o) => o !== t && o.start >= t.end);
    const rest = doc.text.slice(t.end, next ? next.start : s.s.end).split(/[;:]|,\s*(?:and|but|who|whom|which|whose)\b/)[0];
    if (G.NO_OFFICE_THEN(s.grams, left) || NO_OFFICE_THEN.test(rest)) return true;
  }
  // "Mark Carney was not there to meet her", "no minister was on hand to greet him": one absent from where the
  // exchange would have been tells that it was not.
  if (/n['’]t\b|\bnot\b/i.test(left) && G.NOT_THERE_TO(s.grams, left)) return true;
  // "said he would also like one day to go to China": a wish in the conditional, with no time and so no plan behind it.
  if (/\b(?:like|love)\b/i.test(left) && G.WISH(s.grams, left) && !s.dates.some((d) => d.start >= t.end && d.end <= k.hi)) return true;
  // "expressed his hope to visit Japan again", "said he hoped to meet Putin": a hope with no time is no plan either.
  if (/\bhop/i.test(left) && G.HOPE(s.grams, left) && !s.dates.some((d) => d.start >= t.end && d.end <= k.hi)) return true;
  // "Why Prabowo should go to Canberra", "Biden ought to visit Kyiv": urged, with no time and so no plan behind it
  // ("should arrive in Delhi on Monday", with its day, is an expectation, a possible plan).
  const urged = G.URGED(s.grams, left) || (G.URGED_BE(s.grams, left) && /^\w+ing\b/i.test(doc.text.slice(t.start, t.end)));
  if (/\b(?:should|ought)\b/i.test(left) && urged && !s.dates.some((d) => d.start >= t.end && d.end <= k.hi)) return true;
  // "to attend the African Union mid-year coordination meeting": a body's gathering attended, named by its capitalised
  // name and a few words more than the trigger's own look-behind allows.
  if (t.rule.id === 'meet' && /\battend/i.test(left) && G.ATTENDS_BODY_MEETING(s.grams, left.length > 120 ? left.slice(-120) : left)) return true;
  // "Turkey was ready to host talks", "offered to host a summit": an offer, no exchange planned yet.
  const offersToHost = /^(?:host|hosting)$/i.test(doc.text.slice(t.start, t.end)) && /\b(?:ready|willing|prepared|offer\w*|propos\w*)\s+to\s+$/i.test(sentLeft);
  if (t.rule.type === 'meeting' && (G.OFFER_TO_HOST(s.grams, sentLeft) || offersToHost)) return true;
  // A denied report tells no exchange: "denied reports that X would travel", "reports that X met Y were denied".
  // ("A Gulf newspaper reported that X would meet Y. The ministry denied the report on Friday.": denied in the next sentence.)
  if (G.DENIED_BEFORE(s.grams, sentLeft)) return true;
  // "agreed to resume mutual visits by naval vessels", "a port visit of two frigates": the ships' visit, no one's trip.
  if (t.rule.type === 'visit' && t.rule.nominal && G.SHIPS_VISIT(s.grams, right.length > 60 ? right.slice(0, 60) : right)) return true;
  // "A widely shared image of Rubio shaking hands with Lavrov was generated by artificial intelligence", "An account
  // impersonating the president claimed he had met Wang Yi": a fake shows or claims an exchange that never was.
  if (mayMatch(FAKED, s.grams) && FAKED.test(s.s.text) && (G.IMPERSONATOR(s.grams, sentLeft) || (G.PICTURED(s.grams, sentLeft) && FAKED.test(doc.text.slice(t.end, s.s.end))))) return true;
  // "A video shared on Facebook claims that Tinubu flew to Moscow and met Putin", "debunked a post that claimed …", "falsely
  // claimed that …": what a post or a clip says happened is the thing a fact-check weighs, not an exchange anyone vouches for.
  if ((sentLeft.includes('claim') || sentLeft.includes('purport') || sentLeft.includes('alleg')) && G.POST_CLAIMS(s.grams, sentLeft)) return true;
  if (G.REPORT_BEFORE(s.grams, sentLeft)) {
    const after = doc.text.slice(t.end, s.s.end);
    if (DENIED_AFTER.test(after) || DENIED_IT.test(after) || DENIED_THE_REPORT.test(doc.text.slice(s.s.end, s.s.end + 200).trimStart())) return true;
  }
  // "… met Hayashi on the sidelines of the visit": the visit framed is one told before, not a new trip.
  if (t.rule.type === 'visit' && G.SIDELINES_OF_THE(s.grams, left) && !/^\s+(?:to|in)\s+\p{Lu}/u.test(right)) return true;
  // "met Xi in Lima in what was expected to be their last meeting": the noun describes the exchange a verb of its
  // sentence told, whatever it was expected to be; it tells no other.
  // (An adjective before the noun is one too: "their final face-to-face encounter".)
  const nounLike = t.rule.nominal || /^\s+(?:encounter|meeting|talks|summit)\b/i.test(doc.text.slice(t.end, t.end + 12));
  if (nounLike && G.IN_WHAT(s.grams, sentLeft.length > 80 ? sentLeft.slice(-80) : sentLeft) && all.some((o) => o !== t && !o.rule.nominal && o.rule.type === t.rule.type && o.end <= t.start))
    return true;
  // "spoke by phone with Putin on Nov 15, their first call in nearly two years": an ordinal noun set off after an exchange
  // of its kind describes that exchange (however its medium was told: "by phone" is a noun too); it tells no other.
  // (The noun's trigger may hold its determiner and ordinal: "their first call". Not a journey's: "toured Kunashir on
  // Monday, the first visit by a Kremlin leader to the Southern Kurils" says where the tour went.)
  if (nounLike && t.rule.type !== 'visit' && G.APPOSED_ORDINAL(s.grams, (sentLeft.length > 60 ? sentLeft.slice(-60) : sentLeft) + doc.text.slice(t.start, t.end).replace(/\S+$/, '')) && all.some((o) => o !== t && o.rule.type === t.rule.type && o.end <= t.start && o.start >= s.s.start))
    return true;
  // "debt ceiling talks", "coalition talks", "wage talks": a negotiation the noun's modifier makes a domestic or
  // business one, whoever else the sentence names.
  if (t.rule.nominal && t.rule.type === 'meeting' && G.DOMESTIC_TALKS(s.grams, sentLeft.length > 40 ? sentLeft.slice(-40) : sentLeft)) return true;
  // "He later chaired a meeting of the Cabinet Committee on Security": a leader chairing his own government's body.
  if (t.rule.nominal && t.rule.type === 'meeting' && G.CHAIRED(s.grams, left.length > 60 ? left.slice(-60) : left) && G.HOME_BODY(s.grams, right)) return true;
  // ("to join a video call with Trump and European leaders hosted by German Chancellor Friedrich Merz": "hosted by" after a
  // call in its clause tells who hosts that one, not a meeting of its own; after talks it is those talks, merged.)
  if (/^hosted$/i.test(doc.text.slice(t.start, t.end)) && /^\s+by\b/i.test(right) && all.some((o) => o !== t && (o.rule.type === 'video_call' || o.rule.type === 'phone_call') && o.end <= t.start && o.start >= k.lo)) return true;
  if (unknownCounterpart(doc, s, t)) return true;
  if (envoyTakesLeave(doc, s, t, k)) return true;
  if (meetsNoOfficial(doc, s, t, k) || hostedByABody(doc, s, t, k) || gatheringHostedByACountry(doc, s, t) || meetsOnlyAGroup(doc, s, t, k)) return true;
  // "The talks were attended by Sheikh Mansour and Sheikh Abdullah", "The Goma meeting was prepared by the two foreign
  // ministers": those who sat in on an exchange told before, or readied it, are no sides of another between them.
  if (t.rule.nominal && t.rule.type === 'meeting' && G.ATTENDED_BY(s.grams, right) && /\b(?:the|these|those|their|both)\s+(?:[\w-]+\s+){0,2}$/i.test(left)) return true;
  // "have met several times": a count of exchanges tells none of them, unless it goes on to the latest ("…, most
  // recently in Arusha in November"), which is one.
  // (The latest may come past a clause of time: "several times since the chancellor's election, most recently last week".)
  if (mayMatch(COUNT_OF_TIMES, s.grams) && G.COUNT_OF_TIMES(s.grams, right) && !MOST_RECENTLY.test(doc.text.slice(t.end, s.s.end))) return true;
  // "a visit by Xi would be welcome at any time": an openness to an exchange, no plan of one.
  if (t.rule.nominal && G.WELCOME_PREDICATE(s.grams, right)) return true;
  // "if Xi were to attend, it would be his first visit to India": what a counterfactual's main clause tells is supposed.
  if (G.WERE_TO(s.grams, sentLeft)) return true;
  // "Araghchi invited his Lebanese counterpart to visit Tehran": an invitation is an offer, not yet a
  // plan of both sides (one accepted, or declined, is told as such).
  // ("… invited Putin to pay a visit to China in November. "The invitation was accepted with gratitude"": accepted
  // right after, it is a plan.)
  // ("Merz had invited Li in a letter to hold talks": talks an invitation offers are no more planned than a visit.)
  // ("Kagame invited Kabila to pay a visit to Rwanda, and the Congolese leader accepted": accepted in the sentence's
  // next clause, too.)
  if (
    (t.rule.type === 'visit' || t.rule.type === 'meeting') &&
    (G.INVITED_TO(s.grams, left) || t.rule.id === 'invited-to') &&
    !/\b(?:accept\w*|agreed|declin\w*|refus\w*|reject\w*|turn\w*\s+down)\b/i.test(left) &&
    !ACCEPTED_NEXT.test(doc.text.slice(s.s.end, s.s.end + 160)) &&
    !ACCEPTED_AFTER.test(doc.text.slice(t.end, s.s.end)) &&
    // ("…, but Beijing rejected the invitation": refused in a later clause, a declined exchange.)
    !REFUSED_LATER.test(doc.text.slice(k.hi, s.s.end))
  )
    return true;
  // "Kan called the visit "regrettable"", "Beijing condemned the trip": a judgement of an exchange told before, whose
  // speaker is no side of it ("condemned the visit of X to Y" still tells that visit).
  if (t.rule.nominal && G.JUDGED(s.grams, sentLeft.slice(-60)) && !/^\s+(?:of|by|to|from|in|at|with|between)\b/i.test(right)) return true;
  // "suspend talks on joining the bloc until 2028", "accession talks", "membership negotiations": a country's process of
  // joining a bloc, no exchange between people.
  if (t.rule.type === 'meeting' && t.rule.nominal && (G.ACCESSION_AFTER(s.grams, right.slice(0, 40)) || G.ACCESSION_BEFORE(s.grams, left.slice(-24)))) return true;
  // "remains open to talks", "offered him only a meeting with": a willingness or an offer, no exchange yet.
  if (t.rule.type === 'meeting' && t.rule.nominal && G.OPEN_TO(s.grams, left)) return true;
  // "has demanded that Germany pay reparations, a call Berlin rejects": the noun sums up a demand, no phone call.
  if ((t.rule.id === 'call-noun' || t.rule.id === 'called') && G.DEMAND_SUMMED(s.grams, sentLeft)) return true;
  if (t.rule.id === 'called') {
    const callee = s.people.find((p) => p.mention.start >= t.end && p.mention.start <= t.end + 60);
    if (callee && !AFTER_CALLEE.test(doc.text.slice(callee.mention.end, s.s.end))) return true;
    // "called Serbia an "ironclad friend"", "called Washington a bully": a country or a capital named so is no one phoned.
    const named = callee ? null : CALLED_PLACE.exec(doc.text.slice(t.end, s.s.end));
    if (named && !AFTER_CALLEE.test(named[1])) return true;
  }
  // "he would be willing to visit Pyongyang": a readiness under conditions, no plan.
  if (G.WOULD_BE_WILLING(s.grams, left.length > 80 ? left.slice(-80) : left)) return true;
  // "If Modi were to call after the election, Khan should take the call": the consequent of a condition
  // contrary to fact is no more told than its condition.
  if (G.COUNTERFACTUAL(s.grams, sentLeft)) return true;
  // "Xi's long-promised visit to Islamabad … has yet to happen", "a trip by Biden is not expected": the noun's
  // own predicate says the exchange has not taken place and is not planned.
  if (t.rule.nominal && G.NOT_YET_PREDICATE(s.grams, right.length > 120 ? right.slice(0, 120) : right)) return true;
  // "asked the visitor to convey a warm greeting to President Petro": the noun followed by whom it goes to (or comes
  // from) is a message passed on, no one greeted in person ("after greeting the President" is still the verb).
  if (t.rule.id === 'greeted' && /^\s+(?:to|from)\s/i.test(right) && /^greeting$/i.test(doc.text.slice(t.start, t.end))) return true;
  // "flew to The Hague on Tuesday to visit her father", "travelled home to see his ailing mother": a trip to one's
  // family is a private one, whoever travels, and "visit" with a relative for its object visits no country.
  // ("Her office said the trip was personal": so is one the noun's own predicate calls private.)
  if (t.rule.type === 'visit' && ((mayMatch(KIN_PURPOSE, s.grams) && G.KIN_PURPOSE(s.grams, right.length > 120 ? right.slice(0, 120) : right)) || (t.rule.nominal && G.PRIVATE_PREDICATE(s.grams, right)))) return true;
  // Only the last words can hold it ("if" or "whether" and at most 60 characters after): the pattern
  // run over a long clause tried every position of it. One character more keeps \b at the start exact.
  if (G.HYPOTHETICAL(s.grams, left.length > 68 ? left.slice(-68) : left)) return true;
  return false;
}

/** Right after a trip's verb or noun: its purpose a relative of the traveller, or the relative visited. */
const KIN_PURPOSE =
  /^(?:[^.;]{0,80}?\bto\s+(?:visit|see|be\s+with|spend\s+time\s+with)\s+|\s+)(?:his|her|their)\s+(?:\w+\s+)?(?:father|mother|parents|son|daughter|children|grandchildren|family|relatives|wife|husband|brother|sister)\b(?!['’])/i;

const PRIVATE_PREDICATE = /^(?:\s+(?:to|in)\s+[^,.;]{1,40}?)?\s+(?:was|is|had\s+been|has\s+been)\s+(?:a\s+)?(?:purely\s+|strictly\s+|entirely\s+)?(?:personal|private)\b/i;

/** Right before "talks"/"negotiations": a modifier of a negotiation between parties at home or between firms and staff. */
const DOMESTIC_TALKS =
  /\b(?:debt[- ]ceiling|coalition|government[- ]formation|wage|pay|salary|pension|contract|labou?r|union|strike|merger|takeover|buyout|acquisition|licensing|sponsorship|transfer|budget[- ]deal|shutdown)\s+$/i;

/** Chairing (not co-chairing) right before the meeting's noun: "chaired a", "presided over an emergency". */
const CHAIRED = /(?:^|[^\w-])(?:chaired|chairs|chairing|presided\s+over|presides\s+over|convened|convenes)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$/i;
/** After the noun, a body of the chair's own government or party: "of the Cabinet Committee on Security", "of his cabinet". */
const HOME_BODY =
  /^\s+of\s+(?:the|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?:cabinet|security\s+cabinet|council\s+of\s+ministers|national\s+security\s+council|politburo|central\s+committee|party|government|ministers|security\s+chiefs|service\s+chiefs)\b/i;

/**
 * "in what was expected to be their last", "for what is expected to be their final", "…, a meeting both sides called
 * constructive", ", becoming the first European leader to hold
 * talks with him": a description of the exchange just told.
 */
const IN_WHAT = /,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$|\b(?:in|for)\s+what\s+(?:[\w'’-]+\s+){1,5}?(?:their|the|his|her)\s+(?:[\w-]+\s+){0,2}$|,\s*(?:becoming|making\s+(?:him|her|them)|which\s+made\s+(?:him|her|them))\s+the\s+(?:first|second|third|latest|last|only)\s+(?:[\w'’-]+\s+){0,5}?to\s+(?:hold|have|conduct)\s+(?:[\w-]+\s+){0,2}$/i;

/** ", their first ", ", the latest ": an ordinal noun phrase set off by a comma, right before the trigger. */
const APPOSED_ORDINAL = /,\s+(?:their|the)\s+(?:first|second|third|fourth|fifth|last|latest|only|previous)\s+(?:[\w-]+\s+){0,2}$/i;

/** "would be willing to", "would be ready to": a readiness on conditions, before up to two words and the trigger. */
const WOULD_BE_WILLING = /\b(?:would|['’]d)\s+be\s+(?:\w+\s+)?(?:willing|ready|prepared|happy|open)\s+to\s+(?:\w+\s+){0,2}$/i;

/** A sentence opening with a condition contrary to fact ("If X were to …,", "If X had …,", "Had X …,") and a modal consequent. */
// ("Should the president go himself, he would be the first …": an inverted condition too.)
const COUNTERFACTUAL = /^\W*(?:(?:even\s+)?if\b[^,;]{0,80}?\b(?:were|had)\b[^,;]{0,80},|had\s+(?:[\w.'’-]+\s+){1,6}?\w+ed\b[^,;]{0,80},|should\s+(?:the\s+|he\s+|she\s+|they\s+|\p{Lu}[\p{L}.'’-]*\s+)(?:[\w.'’-]+\s+){0,5}?[a-z]+\b[^,;]{0,80},)\s+[^;]{0,80}?\b(?:should|would|could|might|must)\b/iu;

/** The visitors right after a visit's noun are ships: "visits by naval vessels", "visit of two Japanese destroyers". */
const SHIPS_VISIT =
  /^\s+(?:by|of)\s+(?:(?:the|their|its|a|an|two|three|four|several)\s+)?(?:[\p{Lu}][\p{L}-]*\s+)?(?:(?:naval|navy|coast\s+guard|military|training|war)\s+)?(?:vessels?|ships?|warships?|destroyers?|frigates?|submarines?|carriers?|fleets?|flotillas?)\b/iu;

/** A post, a clip or a caption as the teller of a claim, or a claim called false: the claim's clause runs to the trigger. */
const POST_CLAIMS =
  /\b(?:(?:video|clip|footage|post|tweet|caption|meme|graphic|image|photo|account|blog|message|broadcast)s?\b[^.;]{0,80}?\b(?:claim|alleg|purport)(?:s|ed|es|ing)?|falsely\s+(?:claim|alleg|report|stat)(?:s|ed|es|ing)?)\b(?:\s+to\s+show)?\s+(?:that\s+)?[^.;]*$/i;

/** What makes a picture or an account a fake: made by AI, doctored, an impersonator's. */
const FAKED = /\b(?:generated|parody|impostor|imposter|artificial\s+intelligence|AI-generated|deepfake|doctored|fabricated|manipulated|fake|impersonating|impersonated)\b/i;
/** The trigger told inside a picture's description: "an image of Rubio shaking hands with …", "a video showing …". */
const PICTURED = /\b(?:image|photo|photograph|picture|video|clip|footage)\s+(?:[\w'’-]+\s+){0,2}?(?:of|showing|purporting\s+to\s+show)\s+[^.;]{0,100}$/i;
/** The claim's teller is a fake account: "An account impersonating X claimed", "a parody account said". */
const IMPERSONATOR = /\b(?:account|profile|page)\s+(?:that\s+was\s+)?impersonat\w+|\b(?:fake|parody|impostor|imposter)\s+(?:account|profile|page)\b/i;

/** The noun's predicate: "has yet to happen", "is not expected", "never took place". */
const NOT_YET_PREDICATE =
  /^[^;]{0,80}?\b(?:(?:has|have|had|is|are|was|were)\s+yet\s+to\s+(?:happen|take\s+place|materiali[sz]e|be\s+held|go\s+ahead|occur)|(?:is|are|was|were)\s+not\s+(?:\w+\s+)?(?:expected|planned|scheduled|foreseen|envisaged)|never\s+(?:happened|took\s+place|materiali[sz]ed|went\s+ahead|occurred))\b/i;

/** A speaker's verb of judgement right before the noun: "called the visit", "condemned this trip". */
const JUDGED = /\b(?:call(?:ed|s)?|describ(?:ed|es)|term(?:ed|s)|brand(?:ed|s)|label(?:l?ed|s)|condemn(?:ed|s)|critici[sz](?:ed|es)|denounc(?:ed|es)|slam(?:med|s)|protest(?:ed|s)|deplor(?:ed|es))\s+(?:the|this|that|his|her|their|its)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * The invitation accepted in a clause after it: ", and the Congolese leader accepted", ", which Kabila accepted",
 * ", and Prime Minister Takaichi expressed her intention to visit" (the guest's stated intention is an acceptance).
 */
const ACCEPTED_AFTER =
  /^[^.;]*?,\s*(?:and|which)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:has\s+|had\s+)?accepted\b|(?:has\s+|had\s+)?(?:expressed|conveyed|reaffirmed|voiced)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:intention|wish|desire|willingness|readiness)\s+to\s+(?:visit|come|accept|make)\b)/i;
/**
 * The invitation accepted in the words right after its sentence: "The invitation was accepted", "Both invitations
 * were accepted", "X accepted the invitation", "Mrs Simpson Miller has accepted, her office said".
 */
const ACCEPTED_NEXT =
  /^[^.!?]*?[.!?]?\s*["“]?[^.!?]{0,40}?\b(?:(?:the|this|that|both|these|those|the\s+two)\s+invitations?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?accepted|accepted\s+the\s+invitations?|(?:has|had|have)\s+(?:already\s+|since\s+)?accepted\s*(?:[,.;]|$))/i;

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
 * "received outgoing Indonesian Ambassador Denny Abdi, who paid a farewell courtesy call at the end of his term": an
 * envoy taking leave of the post where he serves is protocol, no exchange between states (a visiting minister's
 * "farewell call" on his hosts names no envoy and stays).
 */
function envoyTakesLeave(doc: DocumentView, s: SentenceView, t: TriggerHit, k: Clause): boolean {
  if (t.rule.type !== 'meeting' || !/farewell|\bend\s+of\s+(?:his|her|their)\b/i.test(s.s.text)) return false;
  const envoys = s.people.filter((p) => p.mention.office?.id === 'ambassador');
  // ("received Ambassador Denny Abdi, who paid a farewell courtesy call": a farewell call whose subject is the envoy.)
  const farewell = /\bfarewell\s+$/i.test(doc.text.slice(Math.max(s.s.start, t.start - 12), t.start));
  return envoys.some(
    (p) =>
      (farewell && p.mention.end <= t.start && WHO_THEN.test(doc.text.slice(p.mention.end, t.start))) ||
      (p.mention.start >= k.lo && p.mention.start < k.hi && TAKES_LEAVE.test(doc.text.slice(p.mention.start, Math.min(s.s.end, p.mention.end + 120)))),
  );
}
/** From a person to a trigger: his relative clause's verb ("…, who paid a farewell "). */
const WHO_THEN = /^\s*,\s*who\s+(?:[\w-]+\s+){1,4}$/i;
/** "paid a farewell call", "a farewell courtesy call", "to bid farewell", "at the end of her tenure". */
const TAKES_LEAVE = /\bfarewell\s+(?:courtesy\s+)?(?:call|visit|meeting)\b|\bbid(?:s|ding)?\s+(?:\w+\s+)?farewell\b|\bend\s+of\s+(?:his|her|their)\s+(?:tenure|term|tour\s+of\s+duty|assignment|mission|posting)\b/i;

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

/**
 * "met the governors of the 36 states", "held talks with opposition lawmakers", "met a group of Japanese business
 * leaders", "received U.S. envoys": the ones met are a group no state sends to another as its side (its own
 * governors, legislators, party chiefs, business people, the press, ambassadors met together), whatever country a
 * demonym gives them. An official named after the group in the same clause is met still ("met business leaders and
 * President X"), as is one named before it (the group must follow the verb); another clause's exchange
 * ("…, as the president held talks with Obama") has its own trigger.
 */
function meetsOnlyAGroup(doc: DocumentView, s: SentenceView, t: TriggerHit, k: Clause): boolean {
  if (!GROUP_VERBS.has(t.rule.id) && !(t.rule.type === 'meeting' && GROUP_VERB_TEXT.test(doc.text.slice(t.start, t.end)))) return false;
  const head = k.right.length > 120 ? k.right.slice(0, 120) : k.right;
  const m = GROUP_OBJECT.exec(head) ?? NON_OFFICIALS.exec(head);
  if (!m) return false;
  const after = t.end + m[0].length;
  return !s.people.some((p) => isOfficial(p) && p.mention.start >= after && p.mention.start < k.hi);
}

/**
 * A state's official: one the knowledge lists, or titled with an office of a country named, not a region's
 * ("Nairobi Governor X") nor a firm's ("including Apple's Tim Cook").
 */
const isOfficial = (p: SentenceView['people'][number]) =>
  !!p.entity && (!!p.entity.official || (!!p.mention.office && !p.mention.local && !!(p.entity.country ?? p.mention.country)));

const GROUP_VERBS = new Set(['met', 'meet', 'talks', 'discussions', 'received', 'hosted']);
const GROUP_VERB_TEXT = /^(?:met|meet|meets|meeting|hosted|received)$/i;
/** The object right after the verb (past a day, an adverb, "with" and up to three words), ending in a group noun. */
const GROUP_OBJECT = new RegExp(
  String.raw`^\s*(?:on\s+\w+\s+|(?:again|twice|also|separately|jointly|briefly|privately)\s+)?(?:with\s+)?(?:(?!(?:and|or)\s)(?:[a-z][\w'’-]*|\d[\d,]*)\s+){0,3}?(?:\p{Lu}[\p{L}.'’-]*\s+)?` +
    String.raw`(?:(?:state\s+|provincial\s+|regional\s+)?governors|chief\s+ministers|mayors|lawmakers|legislators|MPs|parliamentarians|senators|congressmen|` +
    String.raw`members\s+of\s+(?:[Cc]ongress|[Pp]arliament|the\s+(?:[Hh]ouse|[Ss]enate|[Nn]ational\s+[Aa]ssembly|[Pp]arliament|[Ll]egislature))|` +
    String.raw`(?:party|opposition|union|business|community|religious|church|tribal|traditional|civic|industry|club)\s+(?:leaders|chiefs|chieftains|presidents)|` +
    String.raw`chieftains|leaders\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}parties|(?:his|her)\s+(?:own\s+)?(?:ministers|cabinet|economic\s+team|advisers|aides)|` +
    String.raw`ambassadors|envoys|residents|students|farmers|workers|executives|investors|businessmen|entrepreneurs|refiners|regulators|service\s+chiefs|journalists|editors|scholars|academics|activists)\b`,
  'u',
);

/** "at a dinner hosted by the Keidanren": hosted by a body that no person, country or place of the sentence names. */
function hostedByABody(doc: DocumentView, s: SentenceView, t: TriggerHit, k: Clause): boolean {
  if (!/^hosted$/i.test(doc.text.slice(t.start, t.end))) return false;
  const by = /^\s+by\s+(?:the\s+)?\p{Lu}[\p{L}-]*/u.exec(k.right);
  if (!by) return false;
  const span = { start: t.end, end: t.end + by[0].length };
  const named = (a: { start: number; end: number }) => a.start < span.end && a.end > span.start;
  return !s.people.some((p) => named(p.mention)) && !s.countries.some(named) && !s.places.some(named);
}

/** A gathering's noun right before its participle: "the second Mercosur summit hosted by Brazil". */
const GATHERING_BEFORE = /\b(?:summit|conference|forum|meeting|gathering|session|games|olympics|cup|expo|exhibition|fair|festival|dialogue|assembly|talks)\s+(?:(?:being|to\s+be|that\s+was|which\s+was|that\s+is|which\s+is)\s+)?$/i;

/**
 * "the second Mercosur summit hosted by Brazil that Milei has missed": a gathering a country hosts is no meeting of the
 * sentence's people with anyone ("a state banquet hosted by King Charles" is the King's, and stays).
 */
function gatheringHostedByACountry(doc: DocumentView, s: SentenceView, t: TriggerHit): boolean {
  // "before the Mercosur summit that Paraguay will host next week", "the regional meeting on migration that Tegucigalpa
  // will host in November": a gathering's relative clause names where it is held, not a host with a guest.
  if (t.rule.id === 'hosted' && HOSTS_THE_GATHERING.test(doc.text.slice(Math.max(s.s.start, t.start - 90), t.start))) return true;
  if (!/^hosted$/i.test(doc.text.slice(t.start, t.end))) return false;
  if (!GATHERING_BEFORE.test(doc.text.slice(Math.max(s.s.start, t.start - 40), t.start))) return false;
  const by = /^\s+by\s+(?:the\s+)?/i.exec(doc.text.slice(t.end, t.end + 12));
  return !!by && s.countries.some((c) => c.start === t.end + by[0].length);
}

/** A gathering's noun, its relative pronoun and a capitalised host, up to the verb: "the summit that Paraguay will ". */
const HOSTS_THE_GATHERING =
  /\b(?:summit|meeting|conference|forum|gathering|assembly|congress|session|games|tournament|dialogue|consultations)\b[^,;.]{0,40}?,?\s+(?:that|which)\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}(?:will\s+|would\s+|is\s+to\s+|was\s+to\s+|is\s+due\s+to\s+|(?:has|had)\s+(?:agreed|offered)\s+to\s+)?$/u;

/** Business people, the press, academics and community figures, after the verb ("met a group of German executives", "jointly met the press"). */
const NON_OFFICIALS =
  /^\s+(?:with\s+)?(?:(?:a|an|the)\s+(?:small\s+|large\s+)?(?:group|delegation|gathering|number|team|roundtable)\s+of\s+)?(?:(?:some|several|senior|top|leading|prominent|visiting|dozens\s+of)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:business\s+(?:leaders|people|executives|figures|representatives|community)|businesspeople|businessmen|businesswomen|(?:chief\s+)?executives|CEOs|investors|industrialists|entrepreneurs|bankers|students|journalists|reporters|correspondents|the\s+(?:press|media)|editors|academics|scholars|diaspora|(?:community|religious|faith|civil\s+society)\s+(?:leaders|representatives))\b/u;

/** "… would be welcome at any time", "is always welcome": after the noun, an openness, not a plan. */
const WELCOME_PREDICATE = /^[^;.]{0,60}?\b(?:would|will|is|was)\s+(?:always\s+|also\s+)?(?:be\s+)?(?:most\s+|very\s+|more\s+than\s+)?welcome\b/i;

/** "if Xi were to attend, …", "If he were to go": a counterfactual, in the sentence before the trigger. */
const WERE_TO = /\bif\s+[^,;.]{0,40}\bwere\s+to\b/i;

/** Up to three lower-case words ending in a plural right after the verb: "business leaders", "members of parliament" is not one. */
const COMMON_OBJECT = /^\s+(?:with\s+)?((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\b(?!\s+of\b|['’])/;
/**
 * Words that open no object: prepositions, adverbs, determiners, pronouns ("met on Tuesday", "met twice", "meet his
 * counterparts"), and a count of times ("have met several times").
 */
const NOT_OBJECT = /^(?:on|in|at|for|to|behind|after|before|during|over|via|by|without|within|across|as|this|these|those|his|her|their|its|our|the|a|an|both|all|each|again|also|always|briefly|privately|separately|regularly|twice|is|was|has|are|were|will|would|can|could)\b|\bcounterparts$|\btimes\b|ly\b/;

/** A capitalised two-or-more-word name right after a verb ("met Ricardo Alvarenga"). */
const OBJECT_NAME = /^[ \t\n]+(?:with[ \t\n]+)?(\p{Lu}[\p{L}'’-]+)((?:[ \t\n]+\p{Lu}[\p{L}'’-]+)+)/u;

/** "invited his counterpart to visit", "invites Lula to", "invited Li to hold talks", "an invitation to Yunus to visit": an offer made. */
const INVITED_TO = /\binvit(?:ed|es|ing|ations?\s+to)\s+(?:[\w.'’-]+\s+){0,10}?to\s+(?:make\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}|pay\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}|hold\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2})?$/i;

/** Right after the noun: "on joining the bloc", "on accession", "on EU membership". */
const ACCESSION_AFTER = /^\s+(?:on|about|over)\s+(?:(?:its|their|the|EU|NATO)\s+)?(?:joining|accession|membership|entry)\b/i;
/** Right before the noun: "accession ", "membership ". */
const ACCESSION_BEFORE = /\b(?:accession|membership)\s+$/i;

/** "open to talks", "willing to hold talks", "offered him only a meeting": right before the noun. */
const OPEN_TO = /\b(?:(?:open|ready|willing)\s+(?:to|for)\s+(?:hold\s+|have\s+)?|offer(?:s|ed|ing)?\s+(?:[\w.'’-]+\s+){0,5}?(?:only\s+)?(?:an?\s+)?)(?:new\s+|further\s+|direct\s+|fresh\s+)?$/i;

/** A demand, then a comma and the noun that sums it up ("…, a call Berlin rejects"). */
const DEMAND_SUMMED = /\b(?:demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?|insist(?:s|ed|ing)?)\b[^;.]*,\s*(?:(?:a|an|the|that|this)\s+(?:[\w-]+\s+){0,2})?$/i;

/**
 * "called Zelensky illegitimate", "called Trump a liar", "called Chirac "a great partner"": naming someone, not
 * phoning (a quote right after the callee is what he was called). Words that may follow a callee who was phoned.
 */
/** The capitalised words right after 'called' that no person was found in, then what follows them. */
const CALLED_PLACE = /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}.-]*\s+){1,3}(?![’']s\b)(\S.*)$/su;

const AFTER_CALLEE = /^[\s,]*(?:$|[^a-z\s"“'‘]|(?:on|to|for|about|and|after|before|last|yesterday|today|tonight|this|late|early|over|in|at|from|shortly|twice|again|with|by|during|amid|as|when|while|following|ahead|earlier|later|since|overnight|said|says|told|the\s+\w+\s+said|according)\b)/;

/** A count of journeys ending at the trigger: "more than 30 foreign trips", "some 12 overseas visits". */
const COUNTED_JOURNEYS =
  /\b(?:more\s+than\s+|over\s+|some\s+|nearly\s+|almost\s+|at\s+least\s+|about\s+)?(?:\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|a\s+dozen)\s+(?:[\w-]+\s+)?(?:trips|visits|journeys|tours)$/i;

/** Right after a journey noun: the place it went to or in. */
const PLACE_AFTER = /^\s+(?:to|in)\s+(?:the\s+)?\p{Lu}/u;

/** Right before the medium: a gathering's session joined ("joined only the opening session by", "joined the summit via"). */
const SESSION_JOINED =
  /\b(?:join(?:ed|s|ing)?|attend(?:ed|s|ing)?|took\s+part\s+in|addressed)\s+(?:only\s+)?(?:the|its|a)\s+(?:[\w-]+\s+){0,2}(?:session|summit|conference|plenary|forum|ceremony|debate|assembly)s?\s+(?:only\s+)?(?:by|via|over|through)\s+(?:a\s+)?$/i;

/** The patterns the exclusions ask of parts of the trigger's sentence, each behind its literal filter. */
const G = gatesOf({ ACCESSION_AFTER, ACCESSION_BEFORE, APPOSED_ORDINAL, ATTENDED_BY, ATTENDS_BODY_MEETING, CHAIRED, COUNTERFACTUAL, COUNT_OF_TIMES, DEMAND_SUMMED, DENIED_BEFORE, DOMESTIC_TALKS, HOME_BODY, HOPE, HYPOTHETICAL, IMPERSONATOR, INVITED_TO, IN_WHAT, JUDGED, KIN_PURPOSE, NEGATION, NOT_THERE_TO, NOT_YET_PREDICATE, NO_OFFICE_THEN, NO_PLANS_FOR, OFFER_TO_HOST, OPEN_TO, PICTURED, PLACE_AFTER, POST_CLAIMS, PRIVATE_PREDICATE, REPORT_BEFORE, ROUND_DISCUSSED, SAYS_NO_TO, SHIPS_VISIT, SIDELINES_OF_THE, THE_SUBJECT, TOWARD_A_TEXT, TO_LAUNCH, URGED, URGED_BE, WELCOME_PREDICATE, WERE_TO, WISH, WOULD_BE_WILLING });
