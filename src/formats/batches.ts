// Groups events from a dataset by the story (or URL) that told them: each group is stored as one
// import document, so an exchange two stories tell gets two sources, as news would.
import type { ExchangeEvent } from '../types.js';
import { dedupeMirrored } from './dyadic.js';

export interface RecordBatch {
  key: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  events: ExchangeEvent[];
}

export interface Skipped {
  line: number;
  reason: string;
}

export interface DatasetRead {
  batches: RecordBatch[];
  /** Rows read (not counting a header). */
  rows: number;
  /** Rows that are exchanges (before folding mirrored ones). */
  exchanges: number;
  skipped: Skipped[];
}

export class BatchCollector {
  private groups = new Map<string, RecordBatch>();
  add(meta: Omit<RecordBatch, 'events'>, event: ExchangeEvent): void {
    const g = this.groups.get(meta.key);
    if (g) g.events.push(event);
    else this.groups.set(meta.key, { ...meta, events: [event] });
  }
  batches(): RecordBatch[] {
    return [...this.groups.values()].map((b) => ({ ...b, events: dedupeMirrored(b.events) }));
  }
}

/** Tab-separated lines; these exports never quote, so a tab always separates. */
export function tsvLines(text: string): string[][] {
  return text.split(/\r?\n/).map((l) => (l.trim() ? l.split('\t') : []));
}
