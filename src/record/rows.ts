// Converts between events as the rest of Readout sees them and the record's rows.
import type {
  Certainty,
  DisputedDate,
  EventStatus,
  EventType,
  ExchangeEvent,
  Location,
  Participant,
  Source,
  Span,
} from '../types.js';
import { dateKeys } from './dates.js';
import { bestRank, countrySet, mergeKey } from './merge.js';
import type {
  DocumentRow,
  EventCountryRow,
  EventRow,
  ParticipantRow,
  PrintedEventRow,
  SourceRow,
} from './schema.js';

const json = (v: unknown) => JSON.stringify(v ?? null);
const parse = <T>(s: string | null): T => (s === null ? (null as T) : (JSON.parse(s) as T));

/** Only what a stored event keeps of an extraction: no article id, trace or sources. */
export function baseOf(e: ExchangeEvent): ExchangeEvent {
  const { id: _id, article: _article, trace: _trace, sources: _sources, ...rest } = e;
  void _id;
  void _article;
  void _trace;
  void _sources;
  return { ...rest, topics: rest.topics ?? [], evidence: rest.evidence ?? [] };
}

export function eventRow(
  id: string,
  effective: ExchangeEvent,
  base: ExchangeEvent,
  deleted: boolean,
  evidence: Span[],
  now: string,
): Omit<EventRow, 'created_at'> {
  const keys = dateKeys(effective.date, effective.end_date);
  return {
    id,
    type: effective.type,
    status: effective.status,
    certainty: effective.certainty ?? 'stated',
    date: effective.date ?? null,
    end_date: effective.end_date ?? null,
    date_disputed: effective.date_disputed ? json(effective.date_disputed) : null,
    host_country: effective.host_country ?? null,
    location: effective.location ? json(effective.location) : null,
    duration_minutes: effective.duration_minutes ?? null,
    topics: json(effective.topics ?? []),
    tone: effective.tone ?? null,
    cameo: effective.cameo ?? null,
    plover: effective.plover ? json(effective.plover) : null,
    goldstein: effective.goldstein ?? null,
    rank: effective.rank ?? null,
    date_start: keys.start,
    date_end: keys.end,
    evidence: json(evidence),
    merge_key: mergeKey(effective),
    base: json(baseOf(base)),
    deleted: deleted ? 1 : 0,
    updated_at: now,
  };
}

export function participantRows(id: string, e: ExchangeEvent): ParticipantRow[] {
  return e.participants.map((p, position) => ({
    event_id: id,
    position,
    name: p.name ?? null,
    role: p.role ?? null,
    country: p.country ?? null,
    rank: p.rank ?? null,
  }));
}

/** The timeline index's key: a country ('USA'), or a pair in sorted order ('CHN-USA'). */
export function indexKey(countries: string[]): string {
  return [...countries].sort().join('-');
}

/**
 * Rows of the timeline index (table event_countries): one per country of the event and one per
 * pair of its countries, each with the event's sort keys, so both "all of USA's" and "USA with
 * China" read one index range in date order.
 */
export function countryRows(id: string, e: ExchangeEvent, hidden = false): EventCountryRow[] {
  const keys = dateKeys(e.date, e.end_date);
  const cs = countrySet(e);
  // Questions are asked of pairs, so only pair rows carry the brief; a hidden event has none, and
  // a reader that finds none reads the event itself (which also tells it is hidden).
  const brief = hidden || cs.length < 2 ? null : briefOf(e);
  const side = (c: string) => bestRank(e.participants.filter((p) => p.country === c));
  const rows = cs.map((c) => ({
    country: indexKey([c]),
    rank_first: side(c),
    rank_second: null as number | null,
    brief: null as string | null,
    contact_rank: null as number | null,
  }));
  // countrySet is sorted, so cs[i] comes first in the pair's key.
  for (let i = 0; i < cs.length; i++)
    for (let j = i + 1; j < cs.length; j++)
      rows.push({
        country: indexKey([cs[i], cs[j]]),
        rank_first: side(cs[i]),
        rank_second: side(cs[j]),
        brief,
        contact_rank: contactRank(e.type, side(cs[i]), side(cs[j])),
      });
  return rows.map((r) => ({
    event_id: id,
    ...r,
    date_start: keys.start,
    date_end: keys.end,
    status: e.status,
    type: e.type,
    host_country: e.host_country ?? null,
    disputed: e.date_disputed ? 1 : 0,
  }));
}

/**
 * The rank at which an event is a senior contact of a pair (src/analysis isSeniorContact): with both
 * sides ranked, the lower-ranked side's; for a visit with one side unranked, the other's; else none.
 * So "senior at rank ≤ N" is one index range.
 */
export function contactRank(type: string, first: number | null, second: number | null): number | null {
  if (first !== null && second !== null) return Math.max(first, second);
  return type === 'visit' ? (first ?? second) : null;
}

type BriefPerson = [name: string | null, role: string | null, country: string | null, rank: number | null];
export type Brief = [
  date: string | null,
  end_date: string | null,
  date_disputed: DisputedDate | null,
  location: Location | null,
  rank: number | null,
  participants: BriefPerson[],
];

/**
 * What the record's questions (highest-ranking, silence) read of an event beyond the index row's
 * own columns, copied onto its pair rows so a question's slice is one index range, not a lookup of
 * every event and its people.
 */
export function briefOf(e: ExchangeEvent): string {
  const brief: Brief = [
    e.date ?? null,
    e.end_date ?? null,
    e.date_disputed ?? null,
    e.location ?? null,
    e.rank ?? null,
    e.participants.map((p) => [p.name ?? null, p.role ?? null, p.country ?? null, p.rank ?? null]),
  ];
  return json(brief);
}

/** The index row's columns a brief event is made from besides the brief. */
export type BriefRow = Pick<EventCountryRow, 'event_id' | 'type' | 'status' | 'host_country'> & {
  brief: string;
};

/**
 * An event as far as the brief tells it: the fields the questions read, in eventFromRows' order.
 * Its certainty, topics, tone, evidence and codes are left empty: answers hand back the events they
 * rest on read whole (Store.withSources), never these.
 */
export function eventFromBrief(row: BriefRow): ExchangeEvent {
  return eventOfBrief(row.event_id, row.type, row.status, row.host_country, parse<Brief>(row.brief));
}

/** eventFromBrief() of a brief already parsed (a slice read as one JSON text, read.ts sliceEvents). */
export function eventOfBrief(
  id: string,
  type: string,
  status: string,
  host: string | null,
  brief: Brief,
): ExchangeEvent {
  return new BriefEvent(id, type as EventType, status as EventStatus, host, brief);
}

/**
 * An event made from a brief, its fields in eventFromRows' order. A class so that Store.withSources()
 * tells these by `instanceof`, not by a WeakSet entry for each of a whole history's thousands (~3 ms
 * a question, and work for the collector), and so that V8 keeps every field inside the object; the
 * brief is read by index, as destructuring it went through the iterator protocol for each event and
 * each person. A copy ({...e}) is a plain event again.
 */
class BriefEvent {
  declare id: string;
  declare type: EventType;
  declare status: EventStatus;
  declare certainty: Certainty;
  declare participants: Participant[];
  declare host_country: string | null;
  declare location: Location | null;
  declare date: string | null;
  declare end_date: string | null;
  declare duration_minutes: null;
  declare topics: string[];
  declare tone: null;
  declare evidence: Span[];
  declare cameo: null;
  declare plover: null;
  declare goldstein: null;
  declare rank: number | null;
  declare date_disputed?: DisputedDate;

  constructor(id: string, type: EventType, status: EventStatus, host: string | null, brief: Brief) {
    this.id = id;
    this.type = type;
    this.status = status;
    this.certainty = 'stated';
    const people = brief[5];
    const participants: Participant[] = new Array<Participant>(people.length);
    for (let i = 0; i < people.length; i++) {
      const p = people[i];
      participants[i] = { name: p[0], role: p[1], country: p[2], rank: p[3] };
    }
    this.participants = participants;
    this.host_country = host;
    this.location = brief[3];
    this.date = brief[0];
    this.end_date = brief[1];
    this.duration_minutes = null;
    this.topics = [];
    this.tone = null;
    this.evidence = [];
    this.cameo = null;
    this.plover = null;
    this.goldstein = null;
    this.rank = brief[4];
    if (brief[2]) this.date_disputed = brief[2];
  }
}

/** Made from a brief (eventFromBrief, eventOfBrief): only the fields the questions read are filled. */
export function isBriefEvent(e: ExchangeEvent): boolean {
  return e instanceof BriefEvent;
}

export type SourceJoin = Pick<SourceRow, 'event_id' | 'evidence'> &
  Pick<DocumentRow, 'url' | 'outlet' | 'published'> & { document_id: string };

/** An event as the contract prints it: schema field order, id first, sources last. */
export function eventFromRows(
  row: PrintedEventRow,
  participants: ParticipantRow[],
  sources: SourceJoin[] | null,
): ExchangeEvent {
  const e: ExchangeEvent = {
    id: row.id,
    type: row.type as EventType,
    status: row.status as EventStatus,
    certainty: row.certainty as Certainty,
    participants: participants
      .slice()
      .sort((a, b) => a.position - b.position)
      .map((p) => ({
        name: p.name,
        role: p.role,
        country: p.country,
        rank: p.rank === null ? null : Number(p.rank),
      })),
    host_country: row.host_country,
    location: parse(row.location),
    date: row.date,
    end_date: row.end_date,
    duration_minutes: row.duration_minutes === null ? null : Number(row.duration_minutes),
    topics: parse<string[]>(row.topics) ?? [],
    tone: row.tone,
    evidence: parse<Span[]>(row.evidence) ?? [],
    cameo: row.cameo,
    plover: parse(row.plover),
    goldstein: row.goldstein === null ? null : Number(row.goldstein),
    rank: row.rank === null ? null : Number(row.rank),
  };
  if (row.date_disputed) e.date_disputed = parse(row.date_disputed);
  // null: read without sources (Store.events(f, {sources: false})), so the event has no such field.
  if (sources) e.sources = sources.map(sourceFromRow);
  return e;
}

export function sourceFromRow(s: SourceJoin): Source {
  return {
    document: s.document_id,
    url: s.url,
    outlet: s.outlet,
    published: s.published,
    evidence: parse<Span[]>(s.evidence) ?? [],
  };
}

export { json, parse };
