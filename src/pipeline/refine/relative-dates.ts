// Dates told as offsets from another moment of the story: "… following Kishida's summit with Yoon a
// week earlier", "two days later they met", "the following day", "four years after the late Shinzo Abe
// visited India". The offset counts from the time the sentence already stands at
// (its list line's or heading's date, or the date of the exchange it is set against), never from
// publication. The result states no more than the offset supports: a week's shift gives a month, a
// year's a year.
import type { Candidate } from '../events/candidates.js';
import { clauseBounds } from '../events/clause.js';
import type { DocumentView } from '../document.js';
import { seasonMonths, type DateMention, type Season } from '../mentions/dates.js';
import { mayMatch } from '../text/literal-filter.js';
import { numberWord } from '../text/numbers.js';


type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';

/**
 * "a week earlier", "almost five years after", "two days later". Group 1 the count, 2 the unit, 3 the
 * direction; what follows tells an adverb (the sentence's own exchange moves) from a conjunction (the
 * exchange of the clause it opens moves).
 */
const OFFSET =
  /\b(?:(?:about|almost|nearly|some|around|roughly|just|only|more than|less than|over|barely)\s+)?(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+(day|week|month|year|decade)s?\s+(earlier|later|afterwards?|previously|before|after)\b/gi;
/**
 * "the following day", "the next week", "the previous day", "the day before", "on the same day", "the same
 * evening"; "that same month", "later that year": the time told last (group 3, with no shift).
 */
// ("Earlier in the day, X and Y held talks": the day told last, too.)
const NEXT_DAY = /\b(?:the\s+(following|next|previous|preceding|same)\s+(day|week|month|year|morning|afternoon|evening|night)|(?:that\s+(?:very\s+)?same|(?:later|earlier)\s+that)\s+(day|week|month|year)|the\s+(day)\s+(before|after)|(?:later|earlier)\s+in\s+the\s+(day))\b/gi;
/** A part of a day counts as its day: "the same evening", "the next morning". */
const PART_OF_DAY = /^(?:morning|afternoon|evening|night)$/i;
/** After a directional word, a clause or noun phrase follows when the offset is a conjunction ("four years after Abe visited …"). */
const CONJUNCTION_NEXT = /^\s+(?!and\b|but\b|or\b|on\b|in\b|at\b|when\b|as\b)[\p{L}\d]/u;

interface Offset {
  at: number;
  end: number;
  /** Signed amount in `unit`s: negative is earlier. */
  amount: number;
  unit: Unit;
  /** The offset opens a clause ("… after X made a visit"): that clause's exchange is the one moved. */
  conjunction: boolean;
  /** "In parallel,": at the same time and on the same occasion as the exchange told before. */
  parallel?: boolean;
  /** "weeks after", "days before": a count the text does not give; `amount` is its sign. */
  vague?: boolean;
  /** "the following May": the month (1–12) after (amount 1) or before (-1) the time the story stands at. */
  month?: number;
  /** "that autumn", "that December": a season or a month (amount 0) of the year the story stands at. */
  ofThatYear?: Season | number;
}

/**
 * "weeks after Ruto travelled to Kampala", "just days before X met Y": a count not given, which opens a clause.
 * Group 1 the unit, 2 the direction.
 */
// (The count's absence is checked after the words match, not by lookbehinds at every word: the same matches.)
const VAGUE_OFFSET = /\b(?:(?:a\s+few|several|some|just|only|mere)\s+)?(days|weeks|months)\s+(after|before)\b(?<!(?:\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty))\s(?:(?:a\s+few|several|some|just|only|mere)\s+)?(?:days|weeks|months)\s+(?:after|before))/gi;
/** How many of a unit a count not given may mean, at least and at most: "days" are 2 to 20. */
const VAGUE_SPAN: Record<'day' | 'week' | 'month', [number, number]> = { day: [2, 20], week: [2, 10], month: [2, 11] };

function offsetsIn(doc: DocumentView, si: number): Offset[] {
  const { s, grams } = doc.sentences[si];
  const out: Offset[] = [];
  let m: RegExpExecArray | null;
  OFFSET.lastIndex = 0;
  while (mayMatch(OFFSET, grams) && (m = OFFSET.exec(s.text))) {
    const n = numberWord(m[1]);
    if (!n) continue;
    const dir = m[3].toLowerCase();
    const earlier = dir === 'earlier' || dir === 'before' || dir === 'previously';
    const directional = dir === 'before' || dir === 'after';
    const conjunction = directional && CONJUNCTION_NEXT.test(s.text.slice(m.index + m[0].length));
    // "five years after X" moves X back from the sentence's time: the direction turns round.
    const sign = conjunction ? (earlier ? 1 : -1) : earlier ? -1 : 1;
    const unit = m[2].toLowerCase() as Unit;
    out.push({ at: s.start + m.index, end: s.start + m.index + m[0].length, amount: sign * n, unit, conjunction });
  }
  VAGUE_OFFSET.lastIndex = 0;
  while (mayMatch(VAGUE_OFFSET, grams) && (m = VAGUE_OFFSET.exec(s.text))) {
    if (!CONJUNCTION_NEXT.test(s.text.slice(m.index + m[0].length))) continue;
    const unit = m[1].toLowerCase().slice(0, -1) as Unit;
    out.push({ at: s.start + m.index, end: s.start + m.index + m[0].length, amount: m[2].toLowerCase() === 'after' ? -1 : 1, unit, conjunction: true, vague: true });
  }
  NEXT_DAY.lastIndex = 0;
  while (mayMatch(NEXT_DAY, grams) && (m = NEXT_DAY.exec(s.text))) {
    const word = m[3] || m[6] ? 'same' : (m[1] ?? m[5]).toLowerCase();
    // "the day after the election" dates by something else; only the bare adverb counts.
    if (m[5] && CONJUNCTION_NEXT.test(s.text.slice(m.index + m[0].length))) continue;
    const earlier = word === 'previous' || word === 'preceding' || word === 'before';
    const unit = (PART_OF_DAY.test(m[2] ?? '') ? 'day' : (m[2] ?? m[3] ?? m[4] ?? m[6]).toLowerCase()) as Unit;
    const amount = word === 'same' ? 0 : earlier ? -1 : 1;
    out.push({ at: s.start + m.index, end: s.start + m.index + m[0].length, amount, unit, conjunction: false });
  }
  NAMED_MONTH.lastIndex = 0;
  while (mayMatch(NAMED_MONTH, grams) && (m = NAMED_MONTH.exec(s.text))) {
    const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1;
    const amount = /^(?:following|next)$/i.test(m[1]) ? 1 : -1;
    out.push({ at: s.start + m.index, end: s.start + m.index + m[0].length, amount, unit: 'month', conjunction: false, month });
  }
  THAT_TIME.lastIndex = 0;
  while (mayMatch(THAT_TIME, grams) && (m = THAT_TIME.exec(s.text))) {
    if (m[1] && /^\s+(?:from|up|out|back)\b/i.test(s.text.slice(m.index + m[0].length))) continue;
    const ofThatYear = m[1] ? (m[1].toLowerCase() as Season) : MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1;
    out.push({ at: s.start + m.index, end: s.start + m.index + m[0].length, amount: 0, unit: 'month', conjunction: false, ofThatYear });
  }
  // "In parallel, the foreign ministers held talks": an opening "at the same time" is the time of the exchange told before.
  const same = SAME_TIME.exec(s.text);
  if (same) out.push({ at: s.start + same.index + same[0].search(/\S/), end: s.start + same.index + same[0].length, amount: 0, unit: 'day', conjunction: false, parallel: true });
  return out;
}

/** "the following May", "the previous December": a month named from the time the story stands at, not the news. */
const NAMED_MONTH = /\bthe\s+(following|next|previous|preceding)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/gi;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * "had been due to visit India that autumn", "met again that December": a season or a month of the year the story stands at.
 * (Seasons in lower case, months capitalised: "that may", "problems that spring from" are no dates.)
 */
const THAT_TIME = /\b[Tt]hat\s+(?:(spring|summer|autumn|winter)|(January|February|March|April|May|June|July|August|September|October|November|December))\b/g;

/** A season's or a month's time in the anchor's year: YYYY-MM and the season's last month. */
function ofYear(anchor: string, which: Season | number): { value: string; endValue: string | null } {
  const year = +anchor.slice(0, 4);
  if (typeof which === 'number') return { value: `${year}-${String(which).padStart(2, '0')}`, endValue: null };
  return seasonMonths(which, { year, month: 7, day: 1 }, 'this');
}

/** The first such month after a time of a month or a day (or the last before it), YYYY-MM; null for a year alone. */
function namedMonthFrom(anchor: string, month: number, amount: number): string | null {
  if (anchor.length < 7) return null;
  const y = +anchor.slice(0, 4);
  const at = +anchor.slice(5, 7);
  const year = amount > 0 ? (month > at ? y : y + 1) : month < at ? y : y - 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * The time a named month counts from: the last date with its year the text writes before it, in its sentence or the two
 * before ("came to the White House in July 2015 … then came to Hanoi the following May"), whatever exchange it dates.
 */
function writtenBefore(doc: DocumentView, si: number, at: number, least = 7, reach = 2): string | null {
  for (let i = si; i >= Math.max(0, si - reach); i--) {
    const d = doc.sentences[i].dates.filter((d) => !d.anchor && d.explicitYear && d.end <= at && d.value.length >= least).pop();
    if (d) return d.value;
  }
  return null;
}

/** Opening a sentence, set off by a comma: "In parallel,", "At the same time,", "Simultaneously,". */
const SAME_TIME = /^\W*(?:in\s+parallel|at\s+the\s+same\s+time|simultaneously)\s*(?=,)/i;

/** Shifts a date by an offset, stating only what the offset supports. */
export function shiftDate(date: string, amount: number, unit: Unit): string | null {
  const y = +date.slice(0, 4);
  if (unit === 'year' || unit === 'decade') return String(y + amount * (unit === 'decade' ? 10 : 1)).padStart(4, '0');
  if (date.length < 7) return null;
  const m = +date.slice(5, 7);
  if (unit === 'month') {
    const d = new Date(Date.UTC(y, m - 1 + amount, 1));
    return d.toISOString().slice(0, 7);
  }
  if (date.length < 10) return null;
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + amount * (unit === 'week' ? 7 : 1));
  const iso = d.toISOString();
  return unit === 'day' ? iso.slice(0, 10) : iso.slice(0, 7);
}

/**
 * "weeks after" a day: the time the whole span of such a count allows, a month when it falls in one, else a year
 * ("weeks after" June 11 is a time from April to late May: 2024); none when it spans years.
 */
function spanDate(anchor: string, o: Offset): string | null {
  const span = VAGUE_SPAN[o.unit as 'day' | 'week' | 'month'];
  if (!span) return null;
  // The anchor's first and last day ("June" is June 1 to 30), each moved by the nearest and the farthest count.
  const first = anchor.length >= 10 ? anchor.slice(0, 10) : anchor.length >= 7 ? `${anchor.slice(0, 7)}-01` : `${anchor.slice(0, 4)}-01-01`;
  const last = anchor.length >= 10 ? first : anchor.length >= 7 ? lastDay(anchor.slice(0, 7)) : `${anchor.slice(0, 4)}-12-31`;
  const move = (d: string, n: number) => shiftDate(o.unit === 'month' ? d.slice(0, 7) : d, n * (o.unit === 'week' ? 7 : 1), o.unit === 'month' ? 'month' : 'day');
  const [far, near] = [span[1], span[0]];
  const a = o.amount < 0 ? move(first, -far) : move(first, near);
  const b = o.amount < 0 ? move(last, -near) : move(last, far);
  if (!a || !b) return null;
  if (a.slice(0, 7) === b.slice(0, 7)) return a.slice(0, 7);
  return a.slice(0, 4) === b.slice(0, 4) ? a.slice(0, 4) : null;
}

/** Exchanges an offset with no count sets before a time it does not let us date: background, left undated. */
function undatedPast(doc: DocumentView, moved: Candidate[], o: Offset): void {
  for (const c of moved) {
    if (c.date && c.dateFrom === 'sentence') continue;
    c.date = null;
    c.endDate = null;
    c.background = 'previously';
    c.trace.push(`no date: ${doc.text.slice(o.at, o.end)} a time no count is given for`);
  }
}

/** The last day of a month YYYY-MM. */
function lastDay(month: string): string {
  return new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 0)).toISOString().slice(0, 10);
}

/**
 * `settled` is false before default dates are given: anchors are then only dates the text states.
 * Once defaults are in, an offset still unresolved may count from a default ("his trip comes four
 * years after …" with the trip dated as the news of the month), for it moves by whole years only.
 */
export function relativeDates(doc: DocumentView, cands: Candidate[], settled = false): void {
  const bySentence = new Map<number, Candidate[]>();
  for (const c of cands) {
    const list = bySentence.get(c.sentence) ?? [];
    list.push(c);
    bySentence.set(c.sentence, list);
  }
  if (!settled) for (const [si, list] of bySentence) anniversaries(doc, cands, si, list);
  for (const [si, list] of bySentence) {
    const offsets = offsetsIn(doc, si);
    if (!offsets.length) continue;
    const s = doc.sentences[si];
    for (const o of offsets) {
      // The exchange the offset moves: the one of the clause the offset opens, else the nearest one
      // in the offset's own clause.
      const [lo, hi] = clauseBounds(s, o.at, o.end);
      // "A day earlier, in Almaty, the ministers held talks, hosted by …": an offset opening the sentence, set off by a
      // comma, dates the sentence's exchanges that have no date of their own, whatever clauses stand between.
      const opening = !o.conjunction && OPENS_SENTENCE.test(doc.text.slice(s.s.start, o.at)) && /^\s*,/.test(doc.text.slice(o.end, o.end + 3));
      // ("Weeks after Russia invaded Ukraine, Sullivan held talks": a count not given moves nothing past the comma that
      // closes its clause.)
      const inOwn = o.conjunction || opening ? [] : nearestIn(doc.text, list, lo, hi, o);
      // "The second came three months later, when he flew to Mexico City": a clause with no exchange of its own, whose
      // offset a "when" clause follows, dates the exchanges of that clause, counting from the time the story stands at.
      const whenAfter = !o.conjunction && !opening && !inOwn.length && WHEN_AFTER.test(doc.text.slice(o.end, o.end + 12));
      const nearest = o.conjunction
        ? list.filter((c) => c.triggerStart >= o.end && c.triggerStart < clauseEnd(s, o.end) && !(o.vague && /[,;]/.test(doc.text.slice(o.end, c.triggerStart))) && !MAIN_RESUMED.test(doc.text.slice(o.end, c.triggerStart)))
        : opening || whenAfter
          ? list.filter((c) => c.triggerStart >= o.end && c.dateFrom !== 'sentence' && !/;/.test(doc.text.slice(o.end, c.triggerStart)))
          : inOwn;
      // "… then flew to Kyiv the following day for talks with Y": the talks after the offset are nearest, but
      // the journey the offset follows, undated in the same clause, is at that time too.
      const journey = o.conjunction || !nearest.length || nearest[0].triggerStart < o.end ? [] : list.filter(
        (c) =>
          c.type === 'visit' &&
          c.dateFrom !== 'relative' &&
          !nearest.includes(c) &&
          c.triggerStart >= lo &&
          c.triggerEnd <= o.at &&
          !s.dates.some((d) => !d.anchor && d.start >= lo && d.end <= o.at) &&
          /^\s*for\s/i.test(doc.text.slice(o.end, nearest[0].triggerStart).replace(/^[\s,]*/, ' ')),
      );
      const moved = [...journey, ...nearest];
      if (!moved.length || moved[0].dateFrom === 'relative') continue;
      // ("came to Buenos Aires on December 16, 2025, two days after his run-off victory, and was received by Milei": an
      // offset set right after a date, with a comma, says what that date came after; an exchange past the next comma is
      // of that date. "on Friday, a day after arriving in Seoul" still moves the arrival it names.)
      const apposed = s.dates.some((d) => !d.anchor && d.end <= o.at && /^[\s,]*$/.test(doc.text.slice(d.end, o.at)) && /,/.test(doc.text.slice(d.start, o.at)));
      if (apposed && moved.every((c) => c.triggerStart >= o.end && /,/.test(doc.text.slice(o.end, c.triggerStart)))) continue;
      if (settled && o.unit !== 'year' && o.unit !== 'decade') continue;
      // A date written in the moved exchange's own clause wins over any offset — but not the offset itself,
      // which the date reader takes from publication ("two years earlier").
      const [mlo, mhi] = clauseBounds(s, moved[0].triggerStart, moved[0].triggerEnd);
      // (One written before the offset that stands before the exchange is what the offset counts from: "celebrated the
      // 2018 title in Moscow, and four years later travelled to Qatar".)
      const written = (d: DateMention) =>
        !d.anchor && d.start >= mlo && d.end <= mhi && !(d.start < o.end && d.end > o.at) && !(!o.conjunction && d.end <= o.at && o.end <= moved[0].triggerStart);
      if (moved[0].dateFrom === 'sentence' && s.dates.some(written)) continue;
      // ("Museveni said the talks came weeks after Ruto travelled to Kampala": an exchange no count dates, set before a
      // main clause the story does not date, is before the news.)
      // (A "when" clause after an offset counts from the last date written before it, a few sentences up at most: the
      // exchange told there may be one no trigger reads.)
      const anchor = o.ofThatYear ? writtenBefore(doc, si, o.at, 4) : o.month ? writtenBefore(doc, si, o.at) : whenAfter ? writtenBefore(doc, si, o.at, 7, WHEN_REACH) : (anchorFor(doc, cands, list, moved, o, settled, opening) ?? (o.vague && !moved[0].date ? doc.published : null));
      if (!anchor) continue;
      const season = o.ofThatYear ? ofYear(anchor, o.ofThatYear) : null;
      const value = season ? season.value : o.month ? namedMonthFrom(anchor, o.month, o.amount) : o.vague ? spanDate(anchor, o) : shiftDate(anchor, o.amount, o.unit);
      // ("months after" a day of June spans two years: a past the text does not date, not the story's day.)
      if (!value && o.vague && !settled) undatedPast(doc, moved, o);
      if (!value) continue;
      // ("… beside Putin, and four years later travelled to Qatar", with no time told before: counted from the news, what
      // happened would fall after it. A past the text does not date.)
      if (settled && !o.conjunction && o.amount > 0 && doc.published && value > doc.published.slice(0, value.length) && moved.every((c) => c.status === 'occurred')) {
        undatedPast(doc, moved, o);
        continue;
      }
      // "Erdogan will travel to Moscow, a year after his previous visit": what the offset puts before
      // the news happened; the plan of the main clause is not its status.
      const past = o.conjunction && !!doc.published && value < doc.published.slice(0, value.length);
      // "… travelled to Brasilia a day earlier and held talks with Vieira": an exchange joined by "and"
      // to a moved one, with no date of its own, happened at the same time.
      const last = moved[moved.length - 1];
      const joined = list.filter(
        (c) =>
          !moved.includes(c) &&
          !c.date &&
          c.triggerStart > last.triggerEnd &&
          /^[^;:.]*\band\s+(?:\w+\s+){0,2}$/i.test(doc.text.slice(last.triggerEnd, c.triggerStart)) &&
          !/\b(?:but|while|after|before|then|later|earlier)\b/i.test(doc.text.slice(Math.max(last.triggerEnd, o.end), c.triggerStart)),
      );
      // "… before travelling on to Riyadh for talks with X the same evening": the leg a moved meeting is the purpose
      // of, with no day of its own, is on that day too.
      const first = moved[0];
      const legs = list.filter(
        (c) =>
          c.type === 'visit' &&
          !moved.includes(c) &&
          !joined.includes(c) &&
          c.dateFrom !== 'sentence' &&
          c.triggerEnd <= first.triggerStart &&
          first.type !== 'visit' &&
          LEG_FOR.test(doc.text.slice(c.triggerEnd, first.triggerStart)),
      );
      // ("who had been due to visit India that autumn, put the trip off": the plan put off or called off after a moved plan,
      // the same journey, is at its time.)
      const sameSides = (a: Candidate, b: Candidate) =>
        a.type === b.type && a.host === b.host && a.travellers.length === b.travellers.length && a.travellers.every((t, i) => t.entity === b.travellers[i].entity);
      const calledOff = list.filter(
        (c) =>
          (c.status === 'postponed' || c.status === 'cancelled') &&
          !moved.includes(c) &&
          c.dateFrom !== 'sentence' &&
          moved.some((m) => m.status === 'planned' && c.triggerStart > m.triggerEnd && sameSides(c, m)),
      );
      // ("In parallel, the foreign ministers met": where the exchange it runs beside was held, too.)
      const beside = o.parallel ? cands.filter((c) => c.sentence < si && c.host && c.date === anchor && c.type !== 'visit').pop() : undefined;
      for (const c of [...moved, ...joined, ...legs, ...calledOff]) {
        if (beside && !c.host && c.type !== 'visit') {
          c.host = beside.host;
          c.trace.push(`host ${beside.host}: beside the exchange of sentence ${beside.sentence + 1}`);
        }
        c.date = value;
        c.endDate = season?.endValue ?? null;
        c.dateFrom = 'relative';
        c.trace.push(`date ${value}: ${doc.text.slice(o.at, o.end)} from ${anchor}`);
        if (past && c.status === 'planned') {
          c.status = 'occurred';
          c.certainty = 'stated';
          c.trace.push('status occurred: dated before the news by the offset');
        }
      }
    }
  }
}

/** Between a journey and the meeting it is for: "Riyadh for", "to Seoul for a". */
const LEG_FOR = /^\s*(?:to\s+)?[^,;.]{1,40}?\bfor\s+(?:a|an|the|his|her|their)?\s*(?:\w+\s+){0,2}$/i;

/** Where the clause that starts at `from` ends: the next clause break, or the sentence's end. */
function clauseEnd(s: DocumentView['sentences'][number], from: number): number {
  return clauseBounds(s, from, from)[1];
}

/** Right after an offset: ", when" and the clause it dates. */
const WHEN_AFTER = /^\s*,\s*when\b/i;
/** How many sentences back the date a "when" clause after an offset counts from may stand. */
const WHEN_REACH = 5;

/** Before an offset: nothing but the sentence's start (or "Just", "Only"). */
const OPENS_SENTENCE = /^\W*(?:(?:just|only|exactly)\s+)?$/i;

function nearestIn(text: string, list: Candidate[], lo: number, hi: number, o: Offset): Candidate[] {
  let inClause = list.filter((c) => c.triggerStart >= lo && c.triggerEnd <= hi);
  if (!inClause.length) return [];
  // ("Lula, who had arrived in Beijing the day before, left for Shanghai on Tuesday": an exchange on the offset's side
  // of a comma is the one it moves, not a nearer one past the comma.)
  const apart = (c: Candidate) => /[,;]/.test(c.triggerStart >= o.end ? text.slice(o.end, c.triggerStart) : text.slice(c.triggerEnd, o.at));
  if (inClause.some(apart) && inClause.some((c) => !apart(c))) inClause = inClause.filter((c) => !apart(c));
  const dist = (c: Candidate) => (c.triggerStart >= o.end ? c.triggerStart - o.end : o.at - c.triggerEnd);
  const best = inClause.reduce((a, b) => (dist(b) < dist(a) ? b : a));
  return inClause.filter((c) => c.triggerStart === best.triggerStart);
}

/**
 * The time the offset counts from: for a conjunction, the date of the exchange it is set against
 * ("his trip comes … after"); otherwise the sentence's own time — another exchange's date in it, its
 * line's or heading's date, or the exchange told just before.
 */
/**
 * ("received Petro on Thursday, two days after her inauguration, for talks on migration": past the comma that closes the
 * offset's object, a phrase of the main clause's resumes; its exchange is the main clause's, not the offset's.)
 */
const MAIN_RESUMED = /,\s*(?:for|to|in|at|with)\s+(?:[\w'’-]+\s+){0,3}$/i;

/** A reporting verb right before a date: "said on Tuesday", "announced Friday", "told reporters on Monday". */
const SAID_ON = /\b(?:said|says|announced|confirmed|reported|told\s+(?:[\w-]+\s+){1,2})\s*(?:on\s+)?$/i;

function anchorFor(doc: DocumentView, cands: Candidate[], list: Candidate[], moved: Candidate[], o: Offset, settled: boolean, opening = false): string | null {
  const others = list.filter((c) => !moved.includes(c) && c.date && c.dateFrom !== 'relative' && (settled || c.dateFrom !== 'default'));
  if (o.conjunction) {
    const sv = doc.sentences[moved[0].sentence];
    const s = sv.s;
    const main = others.filter((c) => c.triggerEnd <= o.at).pop();
    // ("X will travel to Washington in February, the ministry said on Tuesday, days after the two leaders spoke": the
    // offset follows the saying, whose day the sentence writes after the exchange it reports.)
    const saidOn = sv.dates.filter((d) => !d.anchor && d.end <= o.at && d.start >= (main?.triggerEnd ?? s.start) && SAID_ON.test(doc.text.slice(Math.max(s.start, d.start - 40), d.start))).pop();
    if (saidOn) return saidOn.value;
    const stated = main?.date ?? sv.info.sectionDate?.value;
    if (stated) return stated;
    // "The summit came nine months after …": a main clause that only refers back to the exchange just
    // told stands at that exchange's time.
    const told = doc.text.slice(s.start, o.at);
    if (!REFERS_BACK.test(told) && !PAIR_BACK.test(told)) return null;
    // ("They said on Friday …, a day after": a day the main clause writes is its time, not the exchange's before.)
    const own = sv.dates.find((d) => !d.anchor && d.start >= s.start && d.end <= o.at);
    if (own) return own.value;
    const prior = cands.filter((c) => c.sentence < moved[0].sentence && moved[0].sentence - c.sentence <= 2 && c.date && c.dateFrom === 'sentence').pop();
    return prior?.date ?? null;
  }
  const own = moved[0];
  // (An opening "A day earlier," or "In parallel," moves on from the exchange told before, not from the dateline's day.)
  if (own.dateFrom === 'heading' || (own.dateFrom === 'lead' && !opening)) return own.date;
  // (For "the same day", a trip of the same sentence spans days: "The same day, X received Y, who is on a visit from
  // March 9 to 12" stands at the day told before.)
  const sameDayOthers = o.amount === 0 && o.unit === 'day' ? others.filter((c) => c.type !== 'visit') : others;
  // ("Rubio flew on to Tokyo the next day and held talks there on the 11th", "Lula, who had arrived the day before, left on
  // Tuesday": a day the sentence tells after the offset is what follows from it, not what it counts from — unless the
  // story has no earlier moment to give.)
  const toldBefore = sameDayOthers.filter((c) => c.triggerEnd <= o.at);
  // ("On March 10, the government said the visit would be postponed, and Takaichi spoke by phone with Lee the following
  // day": a plan before the offset whose date the sentence does not write — taken from the one it names back — counts
  // for less than the day the sentence writes before the offset.)
  const sv = doc.sentences[own.sentence];
  const writtenDay = sv.dates.filter((d) => !d.anchor && d.end <= o.at && d.value.length === 10).pop();
  if (toldBefore.length && toldBefore[0].status !== 'occurred' && writtenDay && !sv.dates.some((d) => d.value === toldBefore[0].date)) return writtenDay.value;
  if (toldBefore.length) return toldBefore[0].date;
  // ("Macron celebrated France's 2018 title in Moscow, and four years later travelled to Qatar": the date the sentence
  // writes before the offset, which the moved exchange took for want of its own, is the time the offset counts from.)
  if (own.dateFrom === 'sentence' && own.date) {
    const written = doc.sentences[own.sentence].dates.find((d) => !d.anchor && d.end <= o.at && d.value === own.date);
    if (written) return written.value;
  }
  const earlier = cands.filter((c) => c.sentence < own.sentence && own.sentence - c.sentence <= 2 && c.date && c.dateFrom === 'sentence').pop();
  if (sameDayOthers.length && !earlier) return sameDayOthers[0].date;
  // "the same month" is the last month told: a year told since ("in 2003 and 2007") names no month.
  const precise = (c: Candidate) => o.amount !== 0 || c.date!.length >= PRECISION[o.unit];
  // (An offset opening its sentence moves the story on from the last exchange it dated, however far up: "Kobakhidze
  // travelled to Baku on Wednesday … A day earlier, in Almaty, …" — one that happened, for an exchange that did;
  // before the date of the section it stands in, which may be only the dateline's.)
  const reach = opening ? PARAGRAPHS_BACK : 2;
  const near = cands.filter(
    (c) => c.sentence < own.sentence && own.sentence - c.sentence <= reach && c.date && c.dateFrom === 'sentence' && precise(c) && (!opening || c.status === own.status),
  );
  // "The Sultan arrived on Wednesday … On the same day, Li met him": a trip spans days, so the day a story
  // stands at is that of the last exchange held on one day — told just before, else in the story's lead —
  // before the day a journey began.
  const held = () => (o.amount === 0 && o.unit === 'day' ? (near.filter((c) => c.type !== 'visit').pop() ?? leadDay(cands, own)) : undefined);
  if (opening) {
    const last = held() ?? near[near.length - 1];
    if (last?.date) return last.date;
  }
  const section = doc.sentences[own.sentence].info.sectionDate;
  if (section) return section.value;
  const sameDay = held();
  if (sameDay?.date) return sameDay.date;
  const prior = near.pop();
  // With no moment of its own, the story stands at the news: "two years earlier" counts from publication
  // ("the following day" has nothing to follow).
  return prior?.date ?? (o.amount < 0 ? doc.published : null);
}

/** The lead's exchange held on one day (no journey), dated by the text, when the story opens with one. */
function leadDay(cands: Candidate[], own: Candidate): Candidate | undefined {
  const first = cands.find((c) => c.date?.length === 10 && (c.dateFrom === 'sentence' || c.dateFrom === 'lead'));
  return first && first.type !== 'visit' && first.sentence <= 3 && first.sentence < own.sentence ? first : undefined;
}

/** How many sentences back an opening offset may find the time it counts from. */
const PARAGRAPHS_BACK = 8;

/** How long a date must be to name a unit's time: a month needs YYYY-MM. */
const PRECISION: Record<Unit, number> = { day: 10, week: 10, month: 7, year: 4, decade: 4 };

/** A main clause whose subject refers back: "The summit came …", "It was …", "The talks took place …". */
// ("The emir's visit, his first to Egypt in two years, came a day after …": an owner or a modifier before the noun, and
// an apposition after it, still refer back.)
const REFERS_BACK = /^\W*(?:(?:the\s+(?:[\p{L}'’-]+\s+){0,2}|(?:his|her|their)\s+(?:[\p{L}-]+\s+)?)(?:summit|talks|meeting|visit|trip|call|encounter)|this|that|it)\s*(?:,[^,;]{1,60},\s*)?(?:\w+\s+){0,3}$/iu;

/**
 * A main clause whose subject is the pair just told: "The two leaders said diplomacy was not exhausted, a
 * day after …" stands at the time of their exchange, whatever it says of them.
 */
const PAIR_BACK = /^\W*(?:the\s+two\s+(?:leaders|men|women|sides|ministers|presidents|premiers|heads\s+of\s+state)|both\s+(?:leaders|men|sides|ministers)|they)\b[^;:.?!]*$/i;

const ANNIVERSARY = /\banniversary\s+of\b/i;

/**
 * "The date is also the anniversary of a summit where A and B met 18 years ago": an anniversary is
 * the same calendar day, so the exchange it marks takes the day and
 * month of the moment the sentence stands at (a day it writes, or the exchange told just before) and
 * the year the text gives it.
 */
function anniversaries(doc: DocumentView, cands: Candidate[], si: number, list: Candidate[]): void {
  const s = doc.sentences[si];
  const m = ANNIVERSARY.exec(s.s.text);
  if (!m) return;
  const at = s.s.start + m.index;
  const marked = list.filter((c) => c.triggerStart > at && c.date?.length === 4 && c.dateFrom === 'sentence');
  if (!marked.length) return;
  const written = s.dates.find((d) => d.end <= at && d.value.length === 10);
  const prior = cands.filter((c) => c.sentence < si && si - c.sentence <= 2 && c.date?.length === 10 && c.dateFrom === 'sentence').pop();
  const day = written?.value ?? prior?.date;
  if (!day) return;
  for (const c of marked) {
    if (c.date! >= day.slice(0, 4)) continue;
    c.date = `${c.date}${day.slice(4)}`;
    c.dateFrom = 'relative';
    c.trace.push(`date ${c.date}: the anniversary of ${day}`);
  }
}
