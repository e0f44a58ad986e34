// For a pair of countries: the monthly temperature (cooperation index) and the silences between
// senior contacts, as the record's /api/ask endpoints answer them.
import { api, ApiError } from './api.js';
import type { Filters } from './timeline-view.js';
import { figure, temperatureChart, type MonthValue } from './charts.js';
import { h } from './dom.js';

/** Accepts the answer as a list of {month, value} (or a similarly named number), or an object holding one. */
export function monthsOf(answer: unknown): MonthValue[] {
  const list = Array.isArray(answer)
    ? answer
    : answer && typeof answer === 'object'
      ? ((Object.values(answer).find(Array.isArray) as unknown[] | undefined) ?? [])
      : [];
  const out: MonthValue[] = [];
  for (const row of list) {
    if (!row || typeof row !== 'object') continue;
    const r = row as Record<string, unknown>;
    const month = typeof r.month === 'string' ? r.month : null;
    const value = ['value', 'temperature', 'score', 'index', 'goldstein']
      .map((k) => r[k])
      .find((v) => typeof v === 'number') as number | undefined;
    if (month && value !== undefined) out.push({ month, value });
  }
  return out;
}

export interface Silence {
  from: string | null;
  to: string | null;
  days: number;
}

/** Silences as a list of gaps ({from, to, days}); a single object is one gap. */
export function silencesOf(answer: unknown): Silence[] {
  const list = Array.isArray(answer)
    ? answer
    : answer && typeof answer === 'object'
      ? ((Object.values(answer).find(Array.isArray) as unknown[] | undefined) ?? [answer])
      : [];
  const out: Silence[] = [];
  for (const row of list) {
    if (!row || typeof row !== 'object') continue;
    const r = row as Record<string, unknown>;
    const days = typeof r.days === 'number' ? r.days : null;
    if (days === null) continue;
    const str = (...keys: string[]) =>
      (keys.map((k) => r[k]).find((v) => typeof v === 'string') as string | undefined) ?? null;
    out.push({
      from: str('from', 'start', 'after', 'last'),
      to: str('to', 'end', 'before', 'until', 'next'),
      days,
    });
  }
  return out;
}

export async function pairPanel(box: HTMLElement, f: Filters): Promise<void> {
  const p = { between: `${f.a},${f.b}`, since: f.since || undefined, until: f.until || undefined };
  const [temp, silence] = await Promise.allSettled([api.ask('temperature', p), api.ask('silence', p)]);
  const tempBox = h('div', { class: 'temperature' }, h('h3', {}, 'Temperature by month'));
  if (temp.status === 'fulfilled') {
    const months = monthsOf(temp.value.answer);
    if (months.length)
      tempBox.append(
        figure(
          'Cooperation index by month (Goldstein scale of the exchanges); higher is warmer.',
          temperatureChart(months, box),
        ),
      );
    else tempBox.append(h('p', {}, 'No months with exchanges in this range.'));
  } else tempBox.append(h('p', { class: 'error' }, failure(temp.reason)));

  const silBox = h('div', { class: 'silences' }, h('h3', {}, 'Silences between senior contacts'));
  if (silence.status === 'fulfilled') {
    const gaps = silencesOf(silence.value.answer).sort((a, b) => b.days - a.days);
    if (gaps.length) {
      silBox.append(
        h(
          'ol',
          { class: 'gaps' },
          ...gaps
            .slice(0, 10)
            .map((g) =>
              h('li', {}, h('strong', {}, `${g.days} days`), ` ${g.from ?? '…'} → ${g.to ?? 'now'}`),
            ),
        ),
      );
    } else silBox.append(h('p', {}, 'No senior contacts in this range.'));
  } else silBox.append(h('p', { class: 'error' }, failure(silence.reason)));
  box.append(tempBox, silBox);
}

function failure(err: unknown): string {
  return err instanceof ApiError ? err.message : 'not available';
}
