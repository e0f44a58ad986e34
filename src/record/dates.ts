// Dates in the record are kept at the precision the text gave (YYYY, YYYY-MM, YYYY-MM-DD). Ordering
// and range filters work on derived keys: the first and the last day of the period a date names.

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const YEAR = /^\d{4}$/;

/** Sort key for events with no date: after every real date, so undated events end a timeline. */
export const UNDATED_KEY = '9999-99-99';

export function isPartialDate(s: string): boolean {
  if (YEAR.test(s)) return true;
  if (!MONTH.test(s) && !DAY.test(s)) return false;
  // Only days on the calendar: Date would take 2023-02-30 as 2 March and 2023-13 not at all.
  const first = DAY.test(s) ? s : `${s}-01`;
  const t = Date.parse(`${first}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === first;
}

/** First day of the period: '2023' → '2023-01-01', '2023-06' → '2023-06-01'. */
export function periodStart(date: string): string {
  if (YEAR.test(date)) return `${date}-01-01`;
  if (MONTH.test(date)) return `${date}-01`;
  return date;
}

/** Last day of the period: '2023' → '2023-12-31', '2024-02' → '2024-02-29'. */
export function periodEnd(date: string): string {
  if (YEAR.test(date)) return `${date}-12-31`;
  if (MONTH.test(date)) {
    const [y, m] = date.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${date}-${String(last).padStart(2, '0')}`;
  }
  return date;
}

/** Sort keys of an event: where its period starts and where it (or its end_date) ends. */
export function dateKeys(date: string | null, endDate: string | null): { start: string; end: string } {
  if (!date) return { start: UNDATED_KEY, end: UNDATED_KEY };
  return { start: startKey(date), end: periodEnd(endDate && endDate >= date ? endDate : date) };
}

/** dateKeys(date, …).start alone. */
export function startKey(date: string | null): string {
  return date ? periodStart(date) : UNDATED_KEY;
}

/** Whole days from a to b (both YYYY-MM-DD). */
export function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function isDay(s: string | null): s is string {
  return !!s && DAY.test(s);
}

/** The finer of two dates that agree ('2023-06' and '2023-06-18' → '2023-06-18'). */
export function finer(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return b.length > a.length && b.startsWith(a) ? b : a;
}

/** YYYY-MM-DD moved by n days. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
