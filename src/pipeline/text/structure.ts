// The shape of a news page: its headline, dated list headings ("Biden and Xi meet in Bali —
// November 14, 2022") that date the paragraph under them, bare year headings of a chronology
// ("2018"), chronology lines ("May 7-8 -- …") and a dateline ("SEOUL, June 20 (Yonhap) --").
import { findDates, parseRef, type DateMention, type RefDate } from '../mentions/dates.js';
import type { Line } from './sentences.js';

export interface LineInfo {
  line: Line;
  /** The headline or a list/section heading: a short line with no closing punctuation. */
  heading: boolean;
  headline: boolean;
  /** Date a dated heading gives to itself and the lines under it. */
  date: DateMention | null;
  /** The date the line's sentences fall back to: its own heading date, its section's, or a chronology line's lead date. */
  sectionDate: DateMention | null;
  /**
   * Under a liveblog's clock-time heading ("14:12 GMT"): the day of the entries, which tell what happened
   * that day (the page's date, or the last heading dated to the day above).
   */
  entryDay: string | null;
  /** Year from a bare-year heading above ("2018"). */
  yearContext: number | null;
  /** Characters at the line start that are a dateline or chronology date, not part of any event's wording. */
  leadDate: DateMention | null;
  /** The lead date is a dateline ("SEOUL, June 20 (Yonhap) --"): when the news broke, not when things happened. */
  dateline: boolean;
}

/** A heading's closing date after a dash or a colon: "… meet in Bali — November 14, 2022", "PM call with President Ramaphosa: 24 January 2026". */
/** A heading that is only a time of day: a liveblog entry's stamp ("14:12 GMT", "9.15am ET"). */
const CLOCK_HEADING = /^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|BST|CET|CEST|EET|EST|EDT|ET|PT|PST|PDT|IST|JST|AEST|AEDT|local\s+time|[A-Z]{2,5}(?:[+-]\d{1,2})?)?\s*$/i;

/** A liveblog's own title: "Live updates: …", "LIVE: …", "… as it happened". */
const LIVE_TITLE = /^\s*(?:live\b|[^\n]{0,80}\b(?:live\s+(?:updates|blog|coverage)|as\s+it\s+happened)\b)/i;

const DASH_DATE = /(?:\s[—–-]{1,2}\s*|:\s+)([^—–:]+)$/;
/** "Published: …", "Updated on …", "Posted …": a page's stamp. */
const STAMP_LINE = /^\s*(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified))\b/i;
const YEAR_LINE = /^\s*((?:19|20)\d{2})\s*:?\s*$/;
/** A line that opens with a full date and holds only it, a time and a place: "March 11, 2026, 18:40", "12 March 2026, Moscow". */
export const DATE_LINE =
  /^\s*(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+(?:19|20)\d{2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d{2})(?:,\s*\d{1,2}[:.]\d{2})?(?:,\s*[\p{Lu}][\p{L}.'’ -]{1,60}){0,3}\s*$/u;
// A chronology line dated by its year alone, or its month and year ("1998 - …", "June 2020 — …").
// (A list's bullet may stand before the date: "* March 2023 - Moscow, …", "• June 2020 — …".)
const LEAD_YEAR =
  /^\s*(?:[*•▪‣◦]\s+)?((?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+)?((?:19|20)\d{2}))\s*(?:--|—|–|:|-)\s+(?=\S)/;
// The day may come first, after a weekday ("Mon 14 Jul —", "Tuesday, 15 July 2025 —"): digests and
// diaries outside the United States write it so.
// ("BRASILIA, Aug 5 (EFE).- …": Spanish-language agencies close the dateline with a period before the dash.)
// ("Maputo, 25 jun 2025 (Lusa) - …": Portuguese agencies write the month's abbreviation in lower case, with the year.)
const LEAD_DATE =
  /^\s*(?:[*•▪‣◦]\s+)?(?:[A-Z][A-Za-z .'-]{1,40},\s+)?((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?(?:,\s*\d{4})?|\d{1,2}\.\d{1,2}\.\d{4}|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+\d{4})?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+\d{4})(?:\s*\([^)]{1,30}\))?\.?\s*(?:--|—|–|:|-)\s/;

export function analyseStructure(lines: Line[], published: string | null, dayFirst = false): LineInfo[] {
  const ref = parseRef(published);
  if (ref) ref.dayFirst = dayFirst;
  const out: LineInfo[] = [];
  let section: DateMention | null = null;
  let year: number | null = null;
  // The day a liveblog's entries fall on: the page's date, or the last heading dated to the day. Asked only
  // at a clock heading, so the other headings' dates are not read here (the sentences' own pass reads them).
  const stamped: Array<{ line: Line; date: DateMention | null; year: number | null }> = [];
  let day: string | null = published?.length === 10 ? published : null;
  let read = 0;
  const dayAt = (): string | null => {
    for (; read < stamped.length; read++) {
      const h = stamped[read];
      // ("Updated 18:05 GMT, 10 February 2026": a page's stamp gives the entries' day though it heads no section.)
      const stamp = h.date ?? findDates(h.line.text, h.line.start, yearRef(ref, h.year)).find((d) => d.explicitYear);
      if (stamp?.value.length === 10) day = stamp.value;
    }
    return day;
  };
  let entries: string | null = null;
  /** The line before was a clock stamp: a heading now is the entry's title. */
  let titled = false;
  // A liveblog stamps entry after entry; one time of day at the head of a transcript ("1:42 p.m. EDT") is when the
  // briefing began, and what is said under it tells its own days.
  // (A page that calls itself live, "Live updates: …", stamps its entries even when it has yet only one.)
  let clocks = LIVE_TITLE.test(lines.find((l) => l.text.trim())?.text ?? '') ? 2 : 0;
  for (const l of lines) if (l.text.length <= 40 && CLOCK_HEADING.test(l.text)) clocks++;
  const heads = headDates(lines, ref);
  lines.forEach((line, i) => {
    const t = line.text.trim();
    const info: LineInfo = {
      line,
      heading: false,
      headline: i === 0,
      date: null,
      sectionDate: null,
      entryDay: null,
      yearContext: null,
      leadDate: null,
      dateline: false,
    };
    const ym = YEAR_LINE.exec(t);
    if (ym) {
      year = +ym[1];
      section = null;
      info.heading = true;
      info.yearContext = year;
      out.push(info);
      return;
    }
    const closes = /[.!?"”’)]$/.test(t);
    const shortLine = t.length <= 140 && line.sentences.length <= 1;
    if (!closes && shortLine) {
      info.heading = true;
      const dm = DASH_DATE.exec(line.text);
      if (dm) {
        const at = line.text.length - dm[1].length;
        const dates = findDates(dm[1], line.start + at, yearRef(ref, year));
        if (dates.length && dates[0].explicitYear) info.date = dates[0];
      }
      if (!info.date && !dm) info.date = heads.get(line) ?? null;
      // A new heading starts a new section, dated or not; the headline dates nothing below it, nor does a page's
      // stamp ("Published: January 14, 2025"), which dates the news, not what the story goes on to tell.
      section = i === 0 || STAMP_LINE.test(t) ? null : info.date;
      // ("9:14 am / Sa'ar lands in Berlin for talks": an entry's own title right under its stamp is still that entry,
      // and its "last night" is no new day for the entries below.)
      if (i > 0 && !titled) stamped.push({ line, date: info.date, year });
      const clock = i > 0 && clocks >= 2 && CLOCK_HEADING.test(t);
      entries = clock ? dayAt() : titled ? entries : null;
      titled = clock;
    } else {
      titled = false;
      if (i === 0) info.headline = false;
    }
    const lm = LEAD_DATE.exec(line.text);
    if (lm && !info.heading) {
      const at = lm.index + lm[0].indexOf(lm[1]);
      const dates = findDates(lm[1], line.start + at, yearRef(ref, year));
      if (dates.length) {
        const d = dates[0];
        if (year && !d.explicitYear) d.value = `${year}${d.value.slice(4)}`;
        if (year && d.endValue && !d.explicitYear) d.endValue = `${year}${d.endValue.slice(4)}`;
        info.leadDate = d;
        info.dateline = /^\s*[A-Z][A-Za-z .'-]{1,40},\s/.test(line.text) || /\(\s*[A-Za-z]/.test(lm[0]);
      }
    }
    const ly = !info.heading && !info.leadDate ? LEAD_YEAR.exec(line.text) : null;
    if (ly) {
      const at = ly.index + ly[0].indexOf(ly[1]);
      const [d] = ly[1] === ly[2] ? [] : findDates(ly[1], line.start + at, ref);
      info.leadDate = d?.explicitYear
        ? d
        : {
            start: line.start + at,
            end: line.start + at + ly[2].length,
            text: ly[2],
            value: ly[2],
            endValue: null,
            explicitYear: true,
            weekday: false,
            anchor: false,
            vague: false,
            season: null,
          };
    }
    info.yearContext = year;
    info.sectionDate = info.leadDate ?? section;
    info.entryDay = entries;
    out.push(info);
  });
  return out;
}

const WEEKDAY_REST = /^[\s,.]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[\s,.]*$/i;

const CAPITALS_HEADING = /^(?=.*\p{Lu}\p{Lu})[^\p{Ll}\d]{3,60}$/u;

/**
 * Lines that are only a date and head what follows them, each with its date. Two kinds, each counted only when the page
 * has two or more (one such line alone is a byline's or a page's stamp and dates nothing):
 * - a feed's items, each under its title with a line of its own date ("March 11, 2026, 18:40", "12 March 2026, The
 *   Kremlin"), counted right under a title of a few words (a release's date at its top and again under its place at
 *   its foot is one date, no feed);
 * - a diary's days under a place in capitals ("WINDSOR CASTLE / 3rd December 2025").
 */
function headDates(lines: Line[], ref: RefDate | null): Map<Line, DateMention> {
  const out = new Map<Line, DateMention>();
  let underTitles = 0;
  for (let i = 1; i < lines.length && underTitles < 2; i++) {
    const above = lines[i - 1];
    // (Right under: one newline between, no blank line.)
    if (lines[i].start - above.end === 1 && /\S+\s+\S+\s+\S+\s+\S+/.test(above.text) && DATE_LINE.test(lines[i].text)) underTitles++;
  }
  if (underTitles > 1)
    for (const line of lines) {
      const t = line.text.trim();
      if (!DATE_LINE.test(t)) continue;
      const d = findDates(t, line.start + line.text.indexOf(t), ref)[0];
      if (d?.explicitYear) out.set(line, d);
    }
  for (const [line, d] of diaryDates(lines, ref)) if (!out.has(line)) out.set(line, d);
  return out;
}

/** The lines that are only a date under a place in capitals, when they give two days or more: a diary's day headings. */
function diaryDates(lines: Line[], ref: RefDate | null): Map<Line, DateMention> {
  const found = new Map<Line, DateMention>();
  const days = new Set<string>();
  let before = '';
  for (const line of lines) {
    const t = line.text.trim();
    const under = before;
    if (t) before = t;
    // (Under a place in capitals, "WINDSOR CASTLE": a readout's date under its title is the readout's own.)
    if (t.length > 40 || !/\d/.test(t) || /\d[:.]\d\d/.test(t) || !CAPITALS_HEADING.test(under)) continue;
    const d = onlyDate(line.text, line.start, ref);
    if (!d) continue;
    found.set(line, d);
    days.add(d.value);
  }
  return days.size >= 2 ? found : new Map();
}

/** The date a line holds when it holds nothing else (a weekday aside), with its year written. */
function onlyDate(text: string, start: number, ref: RefDate | null): DateMention | null {
  const dates = findDates(text, start, ref);
  if (dates.length !== 1 || !dates[0].explicitYear || dates[0].value.length !== 10) return null;
  const d = dates[0];
  const rest = text.slice(0, d.start - start) + text.slice(d.end - start);
  return WEEKDAY_REST.test(rest) ? d : null;
}

/** Under a year heading, dates without a year belong to that year. */
export function yearRef(ref: RefDate | null, year: number | null): RefDate | null {
  if (year) return { year, month: 7, day: 1, dayFirst: ref?.dayFirst };
  return ref;
}
