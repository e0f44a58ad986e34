// Pure: turns loaded knowledge tables into the lookups the pipeline and analysis use.
// Built once per process; every lookup is a Map hit, so stages can call them per token.
import type { CountryDef, Knowledge, OfficeDef, Official, PlaceDef, Term } from './types.js';

export interface OfficeMatch {
  office: OfficeDef;
  phrase: string;
}

export interface KnowledgeIndex {
  knowledge: Knowledge;
  /** By code: alpha-3, alpha-2 or organisation code. */
  country(code: string): CountryDef | undefined;
  /** By any name or alias as written ("United States", "US", "Britain"); case-insensitive except short all-caps forms. */
  countryByName(name: string): CountryDef | undefined;
  /** By nationality adjective or noun ("Chinese", "Americans"). */
  countryByDemonym(word: string): CountryDef | undefined;
  /** A CLI or API argument: alpha-3, alpha-2 or a name. */
  resolveCountry(input: string): string | undefined;
  place(name: string): PlaceDef | undefined;
  /** Officials whose name or an alias equals this string (case-insensitive). */
  officialsByAlias(alias: string): Official[];
  /**
   * Officials whose name or an alias equals this string and who held some office on `date`
   * (any precision). More than one means the alias is ambiguous on that date ("Wang" in 2023).
   */
  officialsByAliasAt(alias: string, date: string): Official[];
  /** Officials holding some office on `date`, optionally of one country or organisation. */
  officialsInOffice(date: string, country?: string): Official[];
  /** Every official of one country or organisation, in the knowledge's order. */
  officialsOf(country: string): Official[];
  /** The office for a lower-case phrase, preferring an entry limited to `country`. */
  office(phrase: string, country?: string | null): OfficeDef | undefined;
  /** Every office phrase, longest first (for building matchers). */
  officePhrases: string[];
  /** The term an official held on a date (YYYY[-MM[-DD]]), or the latest before it. */
  termAt(official: Official, date: string | null): Term | undefined;
  /** Rank of a term: its own, else its office's. */
  termRank(term: Term, country: string): number | null;
}

/** How names and aliases are compared: accents, curly quotes, spacing and case do not matter. */
export const normalizeName = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const norm = normalizeName;

/** Short all-capital names ("US", "UN", "AU") must be written in capitals, or "us" and "un" would match. */
function nameKey(name: string): string {
  return /^[A-Z.]{1,4}$/.test(name) ? `=${name.replace(/\./g, '')}` : norm(name);
}

export function buildIndex(k: Knowledge): KnowledgeIndex {
  const byCode = new Map<string, CountryDef>();
  const byName = new Map<string, CountryDef>();
  const byDemonym = new Map<string, CountryDef>();
  for (const c of k.countries) {
    byCode.set(c.code, c);
    if (c.alpha2) byCode.set(c.alpha2, c);
  }
  for (const c of k.countries) {
    for (const n of [c.name, ...c.names]) {
      const key = nameKey(n);
      // The first claim wins, so curated additions (loaded first) beat library aliases such as "Congo".
      if (!byName.has(key)) byName.set(key, c);
      if (n.startsWith('the ') && !byName.has(nameKey(n.slice(4)))) byName.set(nameKey(n.slice(4)), c);
    }
    for (const d of c.demonyms) {
      const key = nameKey(d);
      if (!byDemonym.has(key)) byDemonym.set(key, c);
    }
  }

  const places = new Map<string, PlaceDef>();
  for (const p of k.places) {
    for (const n of [p.name, ...p.aliases]) {
      const key = norm(n);
      if (!places.has(key)) places.set(key, p);
    }
  }

  const officials = new Map<string, Official[]>();
  for (const o of k.officials) {
    for (const n of new Set([o.name, ...o.aliases].map(norm))) {
      const list = officials.get(n) ?? [];
      list.push(o);
      officials.set(n, list);
    }
  }
  // Callers that take the first hit ("Wang" → ?) get the likeliest person: the one whose full name
  // it is, then one for whom it is not a marked-ambiguous alias, then the latest in office, then the
  // best rank. Resolving by date (officialsByAliasAt) is still the right way.
  const lastEnd = (o: Official) =>
    o.terms.reduce((m, t) => (t.end === null || (m !== null && t.end > m) ? t.end : m), '' as string | null);
  const bestRank = (o: Official) => Math.min(...o.terms.map((t) => t.rank ?? officeRank(t.office_id)));
  const officeRank = (id: string) => k.offices.find((x) => x.id === id)?.rank ?? 9;
  for (const [key, list] of officials) {
    const weight = (o: Official) => [
      norm(o.name) === key ? 0 : 1,
      (o.ambiguous_aliases ?? []).some((a) => norm(a) === key) ? 1 : 0,
    ];
    list.sort((a, b) => {
      const [wa, wb] = [weight(a), weight(b)];
      if (wa[0] !== wb[0]) return wa[0] - wb[0];
      if (wa[1] !== wb[1]) return wa[1] - wb[1];
      const [ea, eb] = [lastEnd(a), lastEnd(b)];
      if (ea !== eb) return ea === null ? -1 : eb === null ? 1 : ea < eb ? 1 : -1;
      return bestRank(a) - bestRank(b);
    });
  }

  const offices = new Map<string, OfficeDef[]>();
  for (const o of k.offices) {
    for (const p of o.phrases) {
      const key = norm(p);
      const list = offices.get(key) ?? [];
      list.push(o);
      offices.set(key, list);
    }
  }
  const officeById = new Map(k.offices.map((o) => [o.id, o]));
  const officePhrases = [...offices.keys()].sort((a, b) => b.length - a.length);

  const lookupName = (name: string) => byName.get(nameKey(name)) ?? byName.get(norm(name));
  const byCountry = new Map<string, Official[]>();
  for (const o of k.officials) {
    const list = byCountry.get(o.country);
    if (list) list.push(o);
    else byCountry.set(o.country, [o]);
  }

  return {
    knowledge: k,
    country: (code) => byCode.get(code.toUpperCase()),
    countryByName: (name) => lookupName(name),
    countryByDemonym: (word) => byDemonym.get(nameKey(word)) ?? byDemonym.get(norm(word)),
    resolveCountry(input) {
      const s = input.trim();
      if (!s) return undefined;
      const byC = byCode.get(s.toUpperCase());
      if (byC && /^[A-Za-z]{2,6}$/.test(s)) return byC.code;
      return (lookupName(s) ?? byDemonym.get(norm(s)))?.code;
    },
    place: (name) => places.get(norm(name)),
    officialsByAlias: (alias) => officials.get(norm(alias)) ?? [],
    officialsByAliasAt: (alias, date) =>
      (officials.get(norm(alias)) ?? []).filter((o) => o.terms.some((t) => covers(t, date))),
    officialsInOffice: (date, country) =>
      (country ? (byCountry.get(country) ?? []) : k.officials).filter((o) => o.terms.some((t) => covers(t, date))),
    officialsOf: (country) => byCountry.get(country) ?? [],
    office(phrase, country) {
      const list = offices.get(norm(phrase));
      if (!list) return undefined;
      return (
        (country ? list.find((o) => o.countries?.includes(country)) : undefined) ??
        list.find((o) => !o.countries)
      );
    },
    officePhrases,
    termAt(official, date) {
      if (!official.terms.length) return undefined;
      if (!date) return official.terms[official.terms.length - 1];
      const inside = official.terms.filter((t) => covers(t, date));
      if (inside.length) return inside.sort((a, b) => rankOf(a) - rankOf(b))[0];
      const before = official.terms
        .filter((t) => t.start <= date)
        .sort((a, b) => (a.start < b.start ? 1 : -1));
      return before[0];
    },
    termRank(term) {
      return term.rank ?? officeById.get(term.office_id)?.rank ?? null;
    },
  };

  function rankOf(t: Term): number {
    return t.rank ?? officeById.get(t.office_id)?.rank ?? 9;
  }
}

/** A term covers a date given at any precision when the date's period overlaps the term. */
export function covers(term: Term, date: string): boolean {
  const lo = date;
  const hi = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  return term.start <= hi && (term.end === null || term.end >= lo);
}
