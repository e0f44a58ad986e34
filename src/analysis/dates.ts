// Pure date arithmetic on the record's dates, which come at three precisions ("2023", "2023-06",
// "2023-06-18"). A partial date stands for a period: its first and last day bound every comparison,
// so nothing is stated more precisely than the text supports.
import type { ExchangeEvent } from '../types.js';

const DAY = 86_400_000;

/** First day of the period a date names. */
export function startOf(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date.slice(0, 10);
}

/** Last day of the period a date names. */
export function endOf(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    // From the calendar for a plain month (questions take the end of thousands of periods), else
    // from Date as before (Date.UTC reads years before 100 as 19xx).
    const y = digits(date, 0, 4);
    const mo = digits(date, 5, 7);
    if (date.charCodeAt(4) === 45 && y >= 100 && mo >= 1 && mo <= 12)
      return `${date}-${mo === 2 && isLeap(y) ? 29 : MONTH_DAYS[mo - 1]}`;
    const [yy, m] = date.split('-').map(Number);
    const last = new Date(Date.UTC(yy, m, 0)).getUTCDate();
    return `${date}-${String(last).padStart(2, '0')}`;
  }
  return date.slice(0, 10);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function toDay(date: string): number {
  const d = startOf(date);
  // A plain day from its digits: what Date.parse gives (it too takes any day 1–31 of any month),
  // without building and parsing a string; questions count days of thousands of events. Years
  // before 100 are left to Date.parse (Date.UTC reads them as 19xx), as is anything unusual.
  if (d.length === 10 && d.charCodeAt(4) === 45 && d.charCodeAt(7) === 45) {
    const y = digits(d, 0, 4);
    const m = digits(d, 5, 7);
    const day = digits(d, 8, 10);
    if (y >= 100 && m >= 1 && m <= 12 && day >= 1 && day <= 31) return Date.UTC(y, m - 1, day) / DAY;
  }
  return Date.parse(`${d}T00:00:00Z`) / DAY;
}

/** The number written by s[from..to), or -1 if any of those is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export function fromDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Whole days from a to b (b later gives a positive number), using each period's first day. */
export function daysBetween(a: string, b: string): number {
  return Math.round(toDay(b) - toDay(a));
}

export function addDays(date: string, days: number): string {
  return fromDay(toDay(date) + days);
}

/** Adds whole years (negative to go back), keeping month and day; 29 February falls to the 28th. */
export function addYears(date: string, years: number): string {
  const d = startOf(date);
  const y = Number(d.slice(0, 4)) + years;
  let out = `${String(y).padStart(4, '0')}${d.slice(4)}`;
  if (out.endsWith('-02-29') && !isLeap(y)) out = `${out.slice(0, 8)}28`;
  return out;
}

export function addMonths(date: string, months: number): string {
  const d = startOf(date);
  const [y, m, day] = d.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export interface Gap {
  years: number;
  months: number;
  days: number;
  totalDays: number;
}

/** Calendar gap from a to b (a ≤ b): whole years, then months, then days. */
export function gapBetween(a: string, b: string): Gap {
  const from = startOf(a);
  const to = startOf(b);
  let years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (addYears(from, years) > to) years--;
  const afterYears = addYears(from, years);
  let months = 0;
  while (addMonths(afterYears, months + 1) <= to) months++;
  const days = daysBetween(addMonths(afterYears, months), to);
  return { years, months, days, totalDays: daysBetween(from, to) };
}

/** Years as journalists round them: 4 years 8 months is "five years". */
export function roundedYears(g: Gap): number {
  return g.years + (g.months >= 6 ? 1 : 0);
}

export function formatGap(g: Gap): string {
  const parts: string[] = [];
  const unit = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (g.years) parts.push(unit(g.years, 'year'));
  if (g.months) parts.push(unit(g.months, 'month'));
  if (g.days || !parts.length) parts.push(unit(g.days, 'day'));
  return `${parts.join(' ')} (${g.totalDays} days)`;
}

/**
 * The date an answer should use: the inferred one when the pipeline found the written date
 * contradicted by the text (a list heading's wrong year), else the stated one.
 */
export function eventDate(e: ExchangeEvent): string | null {
  return e.date_disputed?.inferred ?? e.date;
}

/** Last day the event may have lasted to (its end date, else its date's period). */
export function eventEnd(e: ExchangeEvent): string | null {
  const d = eventDate(e);
  if (!d) return null;
  return e.end_date && !e.date_disputed ? endOf(e.end_date) : endOf(d);
}

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) return false;
  // Date.parse takes "2023-02-30" as 2 March; a day that is not on the calendar must not round-trip.
  const t = Date.parse(`${startOf(s)}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === startOf(s);
}
