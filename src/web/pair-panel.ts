// For a pair of countries: the monthly temperature (cooperation index) and the silences between
// senior contacts, as the record's /api/ask endpoints answer them.
import type { Silence } from '../analysis/silence.js';
import type { MonthTemperature } from '../analysis/temperature.js';
import { api, ApiError } from './api.js';
import { figure, temperatureChart } from './charts.js';
import { h } from './dom.js';
import type { Filters } from './timeline-view.js';

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** Fills `out`, already in the page, so the chart can take the width of its column. */
function temperatureBox(
  out: HTMLElement,
  answer: MonthTemperature[] | null,
  explanation: string,
): HTMLElement {
  const months = (answer ?? []).map((m) => ({ month: m.month, value: m.index }));
  if (months.some((m) => m.value !== 0)) {
    out.append(
      figure(
        'Cooperation index by month: the sum of the exchanges’ Goldstein scores; higher is warmer.',
        temperatureChart(months, out),
      ),
    );
  } else out.append(h('p', {}, 'No scored exchanges in this range.'));
  out.append(h('p', { class: 'explain' }, explanation));
  return out;
}

function silenceBox(out: HTMLElement, s: Silence | null, explanation: string): HTMLElement {
  const gaps = [...(s?.gaps ?? [])].sort((a, b) => b.days - a.days).slice(0, 8);
  if (s?.last && s.days_since_last !== null) {
    out.append(
      h(
        'p',
        {},
        h('strong', {}, days(s.days_since_last)),
        ` since the last senior contact (${s.last.label}) as of ${s.as_of}.`,
      ),
    );
  }
  if (gaps.length) {
    out.append(
      h(
        'ol',
        { class: 'gaps', 'aria-label': 'Longest gaps' },
        ...gaps.map((g) =>
          h('li', {}, h('strong', {}, days(g.days)), ` from ${g.from.date} to ${g.to.date}`),
        ),
      ),
    );
  } else if (!s?.contacts) out.append(h('p', {}, 'No senior contacts in this range.'));
  out.append(h('p', { class: 'explain' }, explanation));
  return out;
}

export async function pairPanel(box: HTMLElement, f: Filters): Promise<void> {
  const p = { between: `${f.a},${f.b}`, since: f.since || undefined, until: f.until || undefined };
  const tempBox = h('div', { class: 'temperature' }, h('h3', {}, 'Temperature by month'));
  const silBox = h('div', { class: 'silences' }, h('h3', {}, 'Silences between senior contacts'));
  box.append(tempBox, silBox);
  const [temp, silence] = await Promise.allSettled([api.ask('temperature', p), api.ask('silence', p)]);
  if (temp.status === 'fulfilled')
    temperatureBox(tempBox, temp.value.answer as MonthTemperature[] | null, temp.value.explanation);
  else tempBox.append(failure(temp.reason));
  if (silence.status === 'fulfilled')
    silenceBox(silBox, silence.value.answer as Silence | null, silence.value.explanation);
  else silBox.append(failure(silence.reason));
}

function failure(err: unknown): HTMLElement {
  return h('p', { class: 'error' }, err instanceof ApiError ? err.message : 'not available');
}
