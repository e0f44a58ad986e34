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
