// Pure: the questions `readout knowledge` asks of the officials table — who held office on a date,
// who answers to a name — and the rows it prints. The command file only reads flags and writes.
import { covers, type KnowledgeIndex } from './index.js';
import { normalizeName } from './index.js';
import type { Official, Term } from './types.js';

export interface OfficialQuery {
  /** Alpha-3 or organisation code. */
  country?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: keep officials (and terms) in office then. */
  date?: string;
  /** Name or alias, or a part of one (case and accents ignored). */
  text?: string;
}

export interface OfficialRow {
  id: string;
  name: string;
  country: string;
  office: string;
  rank: number | null;
  start: string;
  end: string | null;
}

const firstStart = (o: Official) => o.terms.reduce((m, t) => (t.start < m ? t.start : m), '9999');

/** Officials matching the query: exact name/alias hits before partial ones, then by country, in order of office. */
export function findOfficials(kb: KnowledgeIndex, q: OfficialQuery): Official[] {
  const needle = q.text ? normalizeName(q.text) : null;
  const score = (o: Official): number => {
    if (!needle) return 1;
    const names = [o.name, ...o.aliases].map(normalizeName);
    if (names.includes(needle)) return 2;
    return names.some((n) => n.includes(needle)) ? 1 : 0;
  };
  return kb.knowledge.officials
    .filter((o) => !q.country || o.country === q.country || o.terms.some((t) => t.org === q.country))
    .filter((o) => !q.date || o.terms.some((t) => covers(t, q.date as string)))
    .map((o) => ({ o, s: score(o) }))
    .filter((x) => x.s > 0)
    .sort(
      (a, b) =>
        b.s - a.s ||
        a.o.country.localeCompare(b.o.country) ||
        firstStart(a.o).localeCompare(firstStart(b.o)) ||
        a.o.name.localeCompare(b.o.name),
    )
    .map((x) => x.o);
}

/** One row per term (only the terms covering `date` when one is given). */
export function officialRows(kb: KnowledgeIndex, officials: Official[], date?: string): OfficialRow[] {
  return officials.flatMap((o) =>
    o.terms
      .filter((t: Term) => !date || covers(t, date))
      .map((t) => ({
        id: o.id,
        name: o.name,
        country: t.org ?? o.country,
        office: t.office,
        rank: kb.termRank(t, o.country),
        start: t.start,
        end: t.end,
      })),
  );
}

export function officialTable(rows: OfficialRow[]): string {
  const header = ['NAME', 'COUNTRY', 'OFFICE', 'RANK', 'FROM', 'TO'];
  const cells = rows.map((r) => [
    r.name,
    r.country,
    r.office,
    r.rank === null ? '' : String(r.rank),
    r.start,
    r.end ?? 'in office',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), ...cells.map(line)].join('\n') + '\n';
}
