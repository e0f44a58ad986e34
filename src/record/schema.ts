// Row shapes of the record's tables, as Kysely sees them. JSON columns are text in both
// databases, so one set of queries serves SQLite and PostgreSQL alike.
export interface DocumentRow {
  id: string;
  content_hash: string;
  kind: string;
  /** The input's own id (file path, JSONL id, dataset key). */
  name: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  text: string | null;
  ingested_at: string;
}

export interface EventRow {
  id: string;
  type: string;
  status: string;
  certainty: string;
  date: string | null;
  end_date: string | null;
  date_disputed: string | null;
  host_country: string | null;
  location: string | null;
  duration_minutes: number | null;
  topics: string;
  tone: string | null;
  cameo: string | null;
  plover: string | null;
  goldstein: number | null;
  rank: number | null;
  /** First day of the date's period (or UNDATED_KEY): the timeline's order. */
  date_start: string;
  /** Last day of the (end) date's period: for range filters that keep overlapping periods. */
  date_end: string;
  /** Spans of the first source. */
  evidence: string;
  /** type|sorted countries: candidates for a merge share it. */
  merge_key: string;
  /** The event as the sources tell it, before corrections; the columns above hold it corrected. */
  base: string;
  deleted: number;
  created_at: string;
  updated_at: string;
}

/** What an event is printed from: its row without the merge bookkeeping and the uncorrected copy. */
export type PrintedEventRow = Omit<EventRow, 'merge_key' | 'base' | 'deleted' | 'created_at' | 'updated_at'>;

export interface ParticipantRow {
  event_id: string;
  position: number;
  name: string | null;
  role: string | null;
  country: string | null;
  rank: number | null;
}

/** The timeline index: one row per country of an event and per pair of its countries. */
export interface EventCountryRow {
  event_id: string;
  /** A country code ('USA') or a sorted pair ('CHN-USA'). */
  country: string;
  /** The event's sort keys, copied so the index alone orders and bounds a timeline. */
  date_start: string;
  date_end: string;
  /** The event's status, type and host, so a question's slice is read from the index. */
  status: string;
  type: string;
  host_country: string | null;
  /** Best participant rank of the key's first country ('CHN' of 'CHN-USA', or the one country) and of its second. */
  rank_first: number | null;
  rank_second: number | null;
  /** 1 when the event's date is disputed (answers judge it at the inferred date), else 0. */
  disputed: number;
  /** On pair rows of visible events: what the questions read of the event (rows.ts briefOf), else null. */
  brief: string | null;
  /** On pair rows: the rank at which the event is a senior contact of the pair (rows.ts contactRank), else null. */
  contact_rank: number | null;
}

export interface SourceRow {
  event_id: string;
  document_id: string;
  /** Index of the event in its document's extraction, so a document's events come back in order. */
  position: number;
  evidence: string;
}

export interface CoverageRow {
  document_id: string;
  position: number;
  countries: string;
  since: string | null;
  until: string | null;
  max_rank: number | null;
  evidence: string;
  /** JSON of the claim's other limits (types, visitor, host, offices), or null. */
  scope: string | null;
}

export interface CorrectionRow {
  id: string;
  event_id: string;
  /** Order of corrections on one event; later ones win. */
  seq: number;
  patch: string;
  author: string | null;
  note: string | null;
  created_at: string;
}

export interface Tables {
  documents: DocumentRow;
  events: EventRow;
  participants: ParticipantRow;
  event_countries: EventCountryRow;
  sources: SourceRow;
  coverage: CoverageRow;
  corrections: CorrectionRow;
}
