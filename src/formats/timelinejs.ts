// TimelineJS 3 JSON (timeline.knightlab.com/docs/json-format.html): a title slide and one slide
// per dated exchange. Dates carry only the precision the record has (a month-precision event has
// no "day"), which TimelineJS displays as such. Slide text is HTML, so ours is escaped.
import type { ExchangeEvent } from '../types.js';
import { details, headline } from './describe.js';

export interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineSlide {
  start_date: TimelineDate;
  end_date?: TimelineDate;
  text: { headline: string; text: string };
  group?: string;
  unique_id?: string;
}

export interface TimelineJs {
  title?: { text: { headline: string; text: string } };
  events: TimelineSlide[];
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function toDate(d: string): TimelineDate {
  const [year, month, day] = d.split('-').map(Number);
  const out: TimelineDate = { year };
  if (month) out.month = month;
  if (day) out.day = day;
  return out;
}

/** TimelineJS's group: the countries of the exchange, so each pair gets its own row. */
function group(e: ExchangeEvent): string | undefined {
  // The host counts: a visit with only the visitor named is still between two countries.
  const cs = [
    ...new Set([...e.participants.map((p) => p.country), e.host_country].filter((c): c is string => !!c)),
  ].sort();
  return cs.length ? cs.join('–') : undefined;
}

export function eventsToTimelineJs(events: ExchangeEvent[], title?: string): TimelineJs {
  const slides: TimelineSlide[] = [];
  for (const e of events) {
    if (!e.date) continue; // TimelineJS requires a start year
    const slide: TimelineSlide = {
      start_date: toDate(e.date),
      text: {
        headline: escapeHtml(headline(e)),
        text: details(e)
          .map((l) => `<p>${escapeHtml(l)}</p>`)
          .join(''),
      },
    };
    if (e.end_date && e.end_date > e.date) slide.end_date = toDate(e.end_date);
    const g = group(e);
    if (g) slide.group = g;
    if (e.id) slide.unique_id = e.id;
    slides.push(slide);
  }
  const out: TimelineJs = { events: slides };
  if (title) out.title = { text: { headline: escapeHtml(title), text: '' } };
  return out;
}
