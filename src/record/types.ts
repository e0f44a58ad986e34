// The record's contract: one interface over SQLite and PostgreSQL. The CLI, server, workers,
// analysis shell and importers use only this; the dialect is chosen by openStore().
import type { Article, CoverageClaim, EventStatus, EventType, ExchangeEvent, Extraction } from '../types.js';

export interface TimelineQuery {
  /** One or two country codes (alpha-3 or organisation). One alone means all its exchanges. */
  countries: string[];
  since?: string | null;
  until?: string | null;
  /** Default 'occurred'. */
  status?: EventStatus | 'all';
  maxRank?: number | null;
  limit?: number;
  /** Opaque cursor returned as `next` by the previous page. */
  cursor?: string | null;
}

export interface TimelinePage {
  events: ExchangeEvent[];
  next: string | null;
}

export interface StoredDocument {
  id: string;
  content_hash: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  /** 'article' for news text, or the dataset a record came from ('state-dept', 'icews', 'gdelt', 'jsonl', 'csv'). */
  kind: string;
}

export interface IngestResult {
  document: string;
  /** false when the same document was already stored (nothing was added). */
  created: boolean;
  /** The stored events this document tells (new or merged), with ids and sources. */
  events: ExchangeEvent[];
  /** Of those, how many this call created and how many it merged into stored ones (0 when not created). */
  added?: number;
  merged?: number;
}

/** A source's declared coverage, as stored. */
export interface CoverageRecord extends CoverageClaim {
  document: string;
}

export interface StoreStats {
  documents: number;
  events: number;
  sources: number;
  participants: number;
  corrections: number;
  by_type: Record<string, number>;
  by_status: Record<string, number>;
  first_date: string | null;
  last_date: string | null;
}

/** A person's edit of an event that survives re-extraction of its sources. */
export interface Correction {
  event: string;
  /** Fields to overwrite, e.g. {"date": "2022-03-14"} or {"status": "cancelled"}; {"deleted": true} hides it. */
  patch: Partial<ExchangeEvent> & { deleted?: boolean };
  author: string | null;
  note: string | null;
}

export interface EventFilter {
  countries?: string[];
  since?: string | null;
  until?: string | null;
  status?: EventStatus | 'all';
  maxRank?: number | null;
  /** Only these types. */
  types?: EventType[];
  /** Only events hosted by this country. */
  host?: string | null;
  /**
   * With two countries: only events that can be senior contacts at rank ≤ N (DESIGN.md "Rank"): a
   * participant of rank ≤ N on each side, or on one side of a visit whose other side has no ranked
   * participant (a host side may be unnamed).
   */
  senior?: number | null;
  /**
   * Events whose date is disputed pass since/until whatever their stated date: answers judge them at
   * the inferred date, which the record keeps only inside the event.
   */
  disputedAnyDate?: boolean;
  /**
   * Only events dated to the day, and those with a disputed date (judged at the inferred date,
   * whatever its precision). For readers that take dates as stored: `readout ask` infers dates from
   * an event's evidence after reading, which can make a partial date a day.
   */
  dayDates?: boolean;
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Applies pending migrations (idempotent). openStore() runs it unless told not to. */
  migrate(): Promise<void>;
  /**
   * Stores one extracted document and its events in one transaction. Idempotent by content hash:
   * the same document twice adds nothing. An event that tells an exchange already stored (from any
   * document) becomes a source of that event, not a new event. With `{events: false}` the result's
   * events are left empty: reading them back with every source is most of the cost of a merge.
   */
  ingest(extraction: Extraction, opts?: { events?: boolean }): Promise<IngestResult>;
  /**
   * ingest() of several documents, in order; each is stored whole or not at all. A document that
   * cannot be stored (no text, an event the record cannot order) has its error as its entry and the
   * others are stored. A database failure throws, and then none of these documents may be stored
   * (on SQLite they share one transaction: fewer commits, and a killed process leaves no part of one).
   */
  ingestMany(extractions: Extraction[], opts?: { events?: boolean }): Promise<(IngestResult | Error)[]>;
  /**
   * Stores records from a dataset (Office of the Historian, ICEWS, GDELT, an export) as a document of
   * that kind, merged with the rest like any document's events.
   */
  importRecords(
    doc: Omit<StoredDocument, 'id' | 'content_hash'> & { key: string },
    events: ExchangeEvent[],
    coverage?: CoverageClaim[],
  ): Promise<IngestResult>;
  hasDocument(article: Article): Promise<boolean>;
  timeline(q: TimelineQuery): Promise<TimelinePage>;
  getEvent(id: string): Promise<ExchangeEvent | null>;
  /**
   * Every matching event with sources, in date order (for analysis and export). With
   * `{sources: false}` the events come without `sources`, for answers that need them only on the few
   * events they rest on: withSources() adds them there.
   */
  events(filter?: EventFilter, opts?: { sources?: boolean }): Promise<ExchangeEvent[]>;
  /**
   * A question's slice of a pair (src/analysis *Slice), in date order, each event carrying only what
   * the questions read: id, type, status, people, host, place, dates, disputed date and rank (its
   * certainty, topics, tone, evidence and codes are empty). Read from the pair's index range alone.
   * Hand the events an answer rests on to withSources(), which reads them whole.
   */
  sliceEvents(filter: EventFilter): Promise<ExchangeEvent[]>;
  /**
   * The events with `sources` as events() gives them (any sources they carry are replaced); events
   * from sliceEvents() are read whole.
   */
  withSources(events: ExchangeEvent[]): Promise<ExchangeEvent[]>;
  /**
   * The latest first day of a matching event's date (a disputed date counts at its inferred date), or
   * null when none is dated: what src/analysis latestDate() finds over events(filter), without reading them.
   */
  latestDate(filter?: EventFilter): Promise<string | null>;
  coverage(): Promise<CoverageRecord[]>;
  correct(c: Correction): Promise<ExchangeEvent>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
