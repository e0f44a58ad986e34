// The export formats by name: each a pure function of the events (and the little context a format
// needs, passed in), so the CLI, the server and tests all write the same bytes.
import type { CodeTable } from '../knowledge/types.js';
import type { ExchangeEvent } from '../types.js';
import { eventsToCsv } from './eventCsv.js';
import { eventsToIcs } from './ics.js';
import { eventsToJsonl } from './jsonl.js';
import { eventsToPhoenix } from './phoenix.js';
import { eventsToPlover } from './plover.js';
import { eventsToTimelineJs } from './timelinejs.js';

export interface ExportContext {
  /** DTSTAMP for iCalendar. */
  now: Date;
  /** Title for TimelineJS. */
  title?: string;
  /** CAMEO table, for PLOVER contexts. */
  codes?: CodeTable;
}

export const EXPORT_FORMATS = {
  csv: { extension: 'csv', write: (e: ExchangeEvent[]) => eventsToCsv(e) },
  jsonl: { extension: 'jsonl', write: (e: ExchangeEvent[]) => eventsToJsonl(e) },
  ics: { extension: 'ics', write: (e: ExchangeEvent[], c: ExportContext) => eventsToIcs(e, { now: c.now }) },
  timelinejs: {
    extension: 'json',
    write: (e: ExchangeEvent[], c: ExportContext) =>
      JSON.stringify(eventsToTimelineJs(e, c.title), null, 2) + '\n',
  },
  cameo: { extension: 'tsv', write: (e: ExchangeEvent[]) => eventsToPhoenix(e) },
  plover: {
    extension: 'json',
    write: (e: ExchangeEvent[], c: ExportContext) =>
      JSON.stringify(eventsToPlover(e, c.codes), null, 2) + '\n',
  },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const isExportFormat = (f: string): f is ExportFormat => Object.hasOwn(EXPORT_FORMATS, f);

export function writeEvents(format: ExportFormat, events: ExchangeEvent[], ctx: ExportContext): string {
  return EXPORT_FORMATS[format].write(events, ctx);
}

/** A format written a page of events at a time, for exports larger than memory. */
export interface PagedWriter {
  /** The text of the next page (with what goes before the first page when it is the first). */
  page(events: ExchangeEvent[]): string;
  /** What follows the last page (the whole empty document when no page was written). */
  end(): string;
}

/** The text after the first n line ends. */
function afterLines(text: string, n: number, eol: string): string {
  let at = 0;
  for (let i = 0; i < n; i++) at = text.indexOf(eol, at) + eol.length;
  return text.slice(at);
}

const ICS_HEAD_LINES = 4;
const ICS_TAIL = 'END:VCALENDAR\r\n';

/**
 * Page by page, the same bytes as writeEvents over all the pages' events at once (a test checks it),
 * for the formats made of a head, one part per event and a tail; null for the formats that are one
 * JSON document (TimelineJS, PLOVER), which are written whole.
 */
export function pagedWriter(format: ExportFormat, ctx: ExportContext): PagedWriter | null {
  const whole = (events: ExchangeEvent[]) => writeEvents(format, events, ctx);
  let started = false;
  const first = () => !started && (started = true);
  switch (format) {
    case 'jsonl':
      return { page: whole, end: () => '' };
    case 'csv':
    case 'cameo': {
      // One header line, then a line (CSV: CRLF) per event.
      const eol = format === 'csv' ? '\r\n' : '\n';
      return {
        page: (events) => (first() ? whole(events) : afterLines(whole(events), 1, eol)),
        end: () => (started ? '' : whole([])),
      };
    }
    case 'ics':
      return {
        page: (events) => {
          const body = whole(events).slice(0, -ICS_TAIL.length);
          return first() ? body : afterLines(body, ICS_HEAD_LINES, '\r\n');
        },
        end: () => (started ? ICS_TAIL : whole([])),
      };
    default:
      return null;
  }
}
