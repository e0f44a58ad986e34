// Phrase tables built from knowledge once per index (cached), so per-document work is lookups only.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { CountryDef, OfficeDef, Official, PlaceDef } from '../../knowledge/types.js';
import { PhraseTable, RootIndex } from './phrase-table.js';

export interface Gazetteer {
  countries: PhraseTable<CountryDef>;
  demonyms: PhraseTable<CountryDef>;
  places: PhraseTable<PlaceDef>;
  /** Cities that share a name, keyed by it, most populous first: the table above keeps only the first. */
  namesakes: Map<string, PlaceDef[]>;
  officials: PhraseTable<Official>;
  offices: PhraseTable<OfficeDef>;
  /** Lower-case keys of every official's name token, to tell a surname from an ordinary word. */
  officialTokens: Set<string>;
  /** Lower-case keys of what names an official alone: the last token of a name, or a one-word alias ("Xi", "Biden"). */
  officialShortNames: Set<string>;
  /** The knowledge the tables were built from, for stages that ask it about terms and dates. */
  kb: KnowledgeIndex;
}

const cache = new WeakMap<KnowledgeIndex, Gazetteer>();

const CALENDAR_WORDS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

export function gazetteer(kb: KnowledgeIndex): Gazetteer {
  let g = cache.get(kb);
  if (g) return g;
  const k = kb.knowledge;
  const roots = new RootIndex();
  const countries = new PhraseTable<CountryDef>(roots);
  const demonyms = new PhraseTable<CountryDef>(roots);
  for (const c of k.countries) {
    for (const n of [c.name, ...c.names]) {
      // "Korea, Republic of" is a catalogue form, never how a story names a country.
      if (n.includes(',')) continue;
      countries.add(n.replace(/^the /, ''), c);
    }
    for (const d of c.demonyms) demonyms.add(d, c);
  }
  const places = new PhraseTable<PlaceDef>(roots);
  const namesakes = new Map<string, PlaceDef[]>();
  // (A list only for a name met twice: one per city of the 49,000 cost a quarter of a second at every start.)
  const firstCity = new Map<string, PlaceDef>();
  for (const p of k.places) {
    if (p.kind === 'city') {
      const first = firstCity.get(p.name);
      if (!first) firstCity.set(p.name, p);
      else {
        const same = namesakes.get(p.name);
        if (same) same.push(p);
        else namesakes.set(p.name, [first, p]);
      }
    }
    for (const n of [p.name, ...p.aliases]) {
      // "in March" is the month, not the Cambridgeshire town.
      if (CALENDAR_WORDS.has(n.toLowerCase())) continue;
      // First definition wins: curated, then capitals, then by population (the loader's order).
      places.add(n, p, true);
    }
  }
  const officials = new PhraseTable<Official>(roots);
  const officialTokens = new Set<string>();
  const officialShortNames = new Set<string>();
  for (const o of k.officials) {
    for (const n of [o.name, ...o.aliases]) {
      officials.add(n, o);
      if (!/\s/.test(n)) officialShortNames.add(n.toLowerCase());
    }
    const ts = o.name.split(/\s+/);
    for (const t of ts) officialTokens.add(t.toLowerCase());
    officialShortNames.add(ts[ts.length - 1].toLowerCase());
  }
  const offices = new PhraseTable<OfficeDef>(roots);
  for (const o of k.offices)
    for (const p of o.phrases) {
      offices.add(p, o);
      // "Top diplomats of North Korea and China", "foreign ministers": the plural names the same office.
      if (/[a-z]$/i.test(p) && !/s$/i.test(p)) offices.add(`${p}s`, o);
    }
  g = { countries, demonyms, places, namesakes, officials, offices, officialTokens, officialShortNames, kb };
  cache.set(kb, g);
  return g;
}

/** The office a phrase names for a country: an entry limited to that country first, then a general one. */
export function pickOffice(list: OfficeDef[], country: string | null): OfficeDef | undefined {
  return (country ? list.find((o) => o.countries?.includes(country)) : undefined) ?? list.find((o) => !o.countries);
}
