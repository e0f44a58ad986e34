// ICEWS event rows (tab-separated, with the header line of the Dataverse files; the columns are in
// ../shared/data/anchors/icews/SOURCE.md) → exchanges, grouped by story.
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { CodeTable } from '../knowledge/types.js';
import type { Location } from '../types.js';
import { BatchCollector, tsvLines, type DatasetRead, type Skipped } from './batches.js';
import { orgByReadout } from './orgCodes.js';
import { CAMEO_EXCHANGES, normalizeCameo, rowToEvent, type DyadActor } from './dyadic.js';

export const ICEWS_COLUMNS = [
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Sectors',
  'Source Country',
  'Event Text',
  'CAMEO Code',
  'Intensity',
  'Target Name',
  'Target Sectors',
  'Target Country',
  'Story ID',
  'Sentence Number',
  'Publisher',
  'City',
  'District',
  'Province',
  'Country',
  'Latitude',
  'Longitude',
] as const;

type Col = (typeof ICEWS_COLUMNS)[number];

// Exchanges are between officials: a side must be a government-like sector or a known official.
const OFFICIAL_SECTORS =
  /government|executive|elite|legislat|cabinet|ministr|diplomat|foreign|military|intergovernmental/i;

export function readIcews(text: string, opts: { kb: KnowledgeIndex; codes?: CodeTable }): DatasetRead {
  const lines = tsvLines(text);
  const first = lines.findIndex((l) => l.length > 0);
  if (first < 0) return { batches: [], rows: 0, exchanges: 0, skipped: [] };
  const hasHeader = lines[first][0]?.trim() === 'Event ID';
  const header: string[] = hasHeader ? lines[first].map((h) => h.trim()) : [...ICEWS_COLUMNS];
  const missing = ['Event Date', 'Source Country', 'CAMEO Code', 'Target Country'].filter(
    (c) => !header.includes(c),
  );
  if (missing.length) throw new SyntaxError(`ICEWS header lacks ${missing.join(', ')}`);
  const collector = new BatchCollector();
  const skipped: Skipped[] = [];
  let rows = 0;
  let exchanges = 0;
  for (let i = hasHeader ? first + 1 : first; i < lines.length; i++) {
    const cells = lines[i];
    if (!cells.length) continue;
    rows++;
    const get = (c: Col) => (cells[header.indexOf(c)] ?? '').trim();
    if (!CAMEO_EXCHANGES[normalizeCameo(get('CAMEO Code'))]) continue; // not an exchange: not an error either
    const date = get('Event Date');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      skipped.push({ line: i + 1, reason: `Event Date "${date}" is not YYYY-MM-DD` });
      continue;
    }
    const actor = (side: 'Source' | 'Target'): DyadActor | string => {
      const name = get(`${side} Name`);
      const countryName = get(`${side} Country`);
      const country = countryName
        ? opts.kb.countryByName(countryName)?.code
        : opts.kb.countryByName(name)?.code;
      if (!country) return `${side.toLowerCase()} country "${countryName || name}" not known`;
      const official = opts.kb.officialsByAliasAt(name, date).length > 0;
      // An organisation (the UN, the EU …) is a side in its own right.
      if (!official && !orgByReadout(country) && !OFFICIAL_SECTORS.test(get(`${side} Sectors`)))
        return `${side.toLowerCase()} "${name}" is not an official`;
      return { country, name: name || null };
    };
    const source = actor('Source');
    const target = actor('Target');
    if (typeof source === 'string' || typeof target === 'string') {
      skipped.push({ line: i + 1, reason: typeof source === 'string' ? source : (target as string) });
      continue;
    }
    const event = rowToEvent(
      {
        code: get('CAMEO Code'),
        date,
        source,
        target,
        goldstein: get('Intensity') === '' ? null : Number(get('Intensity')),
        location: location(get, opts.kb),
      },
      opts,
    );
    if (!event) {
      skipped.push({ line: i + 1, reason: 'both sides are of one country' });
      continue;
    }
    exchanges++;
    const story = get('Story ID') || `event-${get('Event ID') || i + 1}`;
    collector.add(
      {
        key: `icews:${story}`,
        url: null,
        outlet: get('Publisher') || null,
        published: date,
        title: `ICEWS story ${story}`,
      },
      event,
    );
  }
  return { batches: collector.batches(), rows, exchanges, skipped };
}

function location(get: (c: Col) => string, kb: KnowledgeIndex): Location | null {
  const city = get('City') || null;
  const country = get('Country') ? (kb.countryByName(get('Country'))?.code ?? null) : null;
  const lat = get('Latitude') === '' ? null : Number(get('Latitude'));
  const lon = get('Longitude') === '' ? null : Number(get('Longitude'));
  if (!city && !country) return null;
  return { city, country, lat: Number.isFinite(lat) ? lat : null, lon: Number.isFinite(lon) ? lon : null };
}
