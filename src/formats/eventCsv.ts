// Events ↔ CSV rows. Scalars get a column each so a spreadsheet can sort and filter; nested values
// (participants, evidence, sources, location, topics) are JSON in their cell so that `import csv`
// gives back exactly what `export --format csv` wrote.
import type { ExchangeEvent } from '../types.js';
import { parseCsv, toCsv } from './csv.js';

export const CSV_COLUMNS = [
  'id',
  'date',
  'end_date',
  'type',
  'status',
  'certainty',
  'rank',
  'countries',
  'people',
  'host_country',
  'city',
  'duration_minutes',
  'tone',
  'cameo',
  'plover_event',
  'plover_mode',
  'goldstein',
  'topics',
  'location',
  'participants',
  'evidence',
  'sources',
  'date_disputed',
] as const;

const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
const js = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v));

function row(e: ExchangeEvent): string[] {
  const countries = [...new Set(e.participants.map((p) => p.country).filter(Boolean))].join(';');
  const people = e.participants
    .map((p) => `${p.name ?? '(unnamed)'}${p.country ? ` (${p.country})` : ''}`)
    .join('; ');
  const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
    id: e.id ?? '',
    date: e.date ?? '',
    end_date: e.end_date ?? '',
    type: e.type,
    status: e.status,
    certainty: e.certainty,
    rank: num(e.rank),
    countries,
    people,
    host_country: e.host_country ?? '',
    city: e.location?.city ?? '',
    duration_minutes: num(e.duration_minutes),
    tone: e.tone ?? '',
    cameo: e.cameo ?? '',
    plover_event: e.plover?.event ?? '',
    plover_mode: e.plover?.mode ?? '',
    goldstein: num(e.goldstein),
    topics: js(e.topics ?? []),
    location: js(e.location),
    participants: js(e.participants),
    evidence: js(e.evidence),
    sources: js(e.sources ?? []),
    date_disputed: js(e.date_disputed),
  };
  return CSV_COLUMNS.map((c) => cells[c]);
}

export function eventsToCsv(events: ExchangeEvent[]): string {
  return toCsv([[...CSV_COLUMNS], ...events.map(row)]);
}

/**
 * Reads the CSV `eventsToCsv` writes. `countries`, `people` and `city` are for readers and are
 * ignored; the JSON columns are the truth. A bad row names its line.
 */
export function csvToEvents(text: string): ExchangeEvent[] {
  const rows = parseCsv(text).filter((r) => r.some((c) => c !== ''));
  if (!rows.length) return [];
  const header = rows[0];
  const missing = ['type', 'status', 'date', 'participants'].filter((c) => !header.includes(c));
  if (missing.length)
    throw new SyntaxError(
      `header lacks ${missing.join(', ')} (expected the columns export --format csv writes)`,
    );
  const at = (r: string[], c: string) => {
    const i = header.indexOf(c);
    return i < 0 ? '' : (r[i] ?? '');
  };
  return rows.slice(1).map((r, n) => {
    const where = `row ${n + 2}`;
    const parseJson = <T>(c: string, empty: T): T => {
      const v = at(r, c);
      if (v === '') return empty;
      try {
        return JSON.parse(v) as T;
      } catch {
        throw new SyntaxError(`${where}: column ${c} is not JSON`);
      }
    };
    const number = (c: string): number | null => {
      const v = at(r, c);
      if (v === '') return null;
      const x = Number(v);
      if (!Number.isFinite(x)) throw new SyntaxError(`${where}: column ${c} is not a number`);
      return x;
    };
    const ploverEvent = at(r, 'plover_event');
    const e: ExchangeEvent = {
      type: at(r, 'type') as ExchangeEvent['type'],
      status: at(r, 'status') as ExchangeEvent['status'],
      certainty: (at(r, 'certainty') || 'stated') as ExchangeEvent['certainty'],
      participants: parseJson('participants', []),
      host_country: at(r, 'host_country') || null,
      location: parseJson('location', null),
      date: at(r, 'date') || null,
      end_date: at(r, 'end_date') || null,
      duration_minutes: number('duration_minutes'),
      topics: parseJson('topics', []),
      tone: at(r, 'tone') || null,
      evidence: parseJson('evidence', []),
      cameo: at(r, 'cameo') || null,
      plover: ploverEvent ? { event: ploverEvent, mode: at(r, 'plover_mode') || null } : null,
      goldstein: number('goldstein'),
      rank: number('rank'),
      sources: parseJson('sources', []),
    };
    const id = at(r, 'id');
    if (id) e.id = id;
    const disputed = parseJson('date_disputed', null);
    if (disputed) e.date_disputed = disputed;
    return e;
  });
}
