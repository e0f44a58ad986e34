// The data shapes every layer shares. Field names follow ../shared/schema/event.schema.json
// (snake_case where the contract prints them), so an event can be printed as it is.

export type EventType = 'visit' | 'meeting' | 'phone_call' | 'video_call' | 'handshake' | 'message';
export type EventStatus = 'occurred' | 'planned' | 'postponed' | 'cancelled' | 'declined';
export type Certainty = 'stated' | 'possible';

export const EVENT_TYPES: readonly EventType[] = [
  'visit',
  'meeting',
  'phone_call',
  'video_call',
  'handshake',
  'message',
];
export const EVENT_STATUSES: readonly EventStatus[] = [
  'occurred',
  'planned',
  'postponed',
  'cancelled',
  'declined',
];

/** A document as ingest hands it to the pipeline. */
export interface Article {
  id: string;
  text: string;
  /** YYYY-MM-DD, or null when unknown (relative dates then stay unresolved). */
  published: string | null;
  url?: string | null;
  outlet?: string | null;
  title?: string | null;
}

/** A character range of the article text; `text` is exactly article.text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Participant {
  /** Full name, or null for an unnamed side ("the Indian delegation"). */
  name: string | null;
  /** Office held on the event's date. */
  role: string | null;
  /** ISO 3166 alpha-3, or an organisation code (UNO, EUR, NATO, AFR, ASEAN …). */
  country: string | null;
  /** 1 head of state … 7 other; null when unknown. */
  rank: number | null;
}

export interface Location {
  city: string | null;
  country: string | null;
  venue?: string | null;
  lat?: number | null;
  lon?: number | null;
}

export interface PloverCode {
  event: string;
  mode: string | null;
}

/** A date the text states one way and implies another (a list heading's wrong year). */
export interface DisputedDate {
  as_written: string;
  inferred: string;
  reason: string;
  evidence: Span[];
}

export interface Source {
  document: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  evidence: Span[];
}

/** One diplomatic exchange. `extract` prints these; the record stores them with id and sources. */
export interface ExchangeEvent {
  id?: string;
  article?: string;
  type: EventType;
  status: EventStatus;
  certainty: Certainty;
  participants: Participant[];
  host_country: string | null;
  location: Location | null;
  date: string | null;
  end_date: string | null;
  date_disputed?: DisputedDate | null;
  duration_minutes: number | null;
  topics: string[];
  tone: string | null;
  evidence: Span[];
  cameo: string | null;
  plover: PloverCode | null;
  goldstein: number | null;
  /** Best (lowest) participant rank. */
  rank: number | null;
  sources?: Source[];
  /** Why the pipeline kept this event: rule reasons, for debugging (`--trace`). */
  trace?: string[];
}

/** What the pure pipeline returns for one article. */
export interface Extraction {
  article: Article;
  events: ExchangeEvent[];
  warnings: string[];
  /** Dated list headings and similar statements of coverage the article makes ("since Biden took office"). */
  coverage: CoverageClaim[];
}

/** A source's statement of what it covers: "Top US-China exchanges since Biden took office". */
export interface CoverageClaim {
  countries: string[];
  since: string | null;
  until: string | null;
  /** The kinds of exchange covered, e.g. senior contacts (max rank). */
  max_rank: number | null;
  evidence: Span[];
  /** Only these event types (absent: every type). A dataset of trips covers visits only. */
  types?: EventType[] | null;
  /** Only visits made by officials of this country (a record of one country's trips abroad). */
  visitor?: string | null;
  /** Only visits hosted by this country (a record of foreign leaders' visits to it). */
  host?: string | null;
  /** Only officials holding these offices (titles), e.g. President and Secretary of State. */
  offices?: string[] | null;
}
