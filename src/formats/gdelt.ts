// GDELT 2.0 event exports (*.export.CSV: 61 tab-separated columns, no header, per the GDELT 2.0
// Event Codebook) → exchanges, grouped by SOURCEURL. Only rows whose EventRootCode is 04 (CONSULT)
// or whose EventCode is 036 (intent to meet) are read.
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { CodeTable } from '../knowledge/types.js';
import type { Location } from '../types.js';
import { BatchCollector, tsvLines, type DatasetRead, type Skipped } from './batches.js';
import { CAMEO_EXCHANGES, rowToEvent, type DyadActor } from './dyadic.js';
import { orgByGdelt } from './orgCodes.js';

const ACTOR = [
  'Code',
  'Name',
  'CountryCode',
  'KnownGroupCode',
  'EthnicCode',
  'Religion1Code',
  'Religion2Code',
  'Type1Code',
  'Type2Code',
  'Type3Code',
];
const GEO = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];

export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...ACTOR.map((c) => `Actor1${c}`),
  ...ACTOR.map((c) => `Actor2${c}`),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...GEO.map((c) => `Actor1Geo_${c}`),
  ...GEO.map((c) => `Actor2Geo_${c}`),
  ...GEO.map((c) => `ActionGeo_${c}`),
  'DATEADDED',
  'SOURCEURL',
];

const col = (name: string) => GDELT_COLUMNS.indexOf(name);

// Actor types of officials and states; a row with a business, media or rebel actor is no
// diplomatic exchange. An empty type is a state acting as itself ("the United States").
const OFFICIAL_TYPES = new Set(['', 'GOV', 'ELI', 'LEG', 'MIL', 'IGO']);

export function readGdelt(text: string, opts: { kb: KnowledgeIndex; codes?: CodeTable }): DatasetRead {
  const collector = new BatchCollector();
  const skipped: Skipped[] = [];
  let rows = 0;
  let exchanges = 0;
  tsvLines(text).forEach((cells, i) => {
    if (!cells.length) return;
    rows++;
    const line = i + 1;
    if (cells.length !== GDELT_COLUMNS.length) {
      skipped.push({
        line,
        reason: `${cells.length} columns, not the ${GDELT_COLUMNS.length} of a GDELT 2.0 event row`,
      });
      return;
    }
    const get = (name: string) => (cells[col(name)] ?? '').trim();
    const code = get('EventCode');
    if (get('EventRootCode') !== '04' && code !== '036') return;
    if (!CAMEO_EXCHANGES[code]) return; // 045 mediation
    const day = /^(\d{4})(\d{2})(\d{2})$/.exec(get('SQLDATE'));
    if (!day) {
      skipped.push({ line, reason: `SQLDATE "${get('SQLDATE')}" is not YYYYMMDD` });
      return;
    }
    const date = `${day[1]}-${day[2]}-${day[3]}`;
    const actor = (n: 1 | 2): DyadActor | string => {
      const p = `Actor${n}`;
      if (!OFFICIAL_TYPES.has(get(`${p}Type1Code`)))
        return `${p} is ${get(`${p}Type1Code`)}, not an official`;
      const group = orgByGdelt(get(`${p}KnownGroupCode`));
      const cc = get(`${p}CountryCode`);
      const country = group?.readout ?? (cc ? opts.kb.country(cc)?.code : undefined);
      if (!country) return `${p} has no country Readout knows (${cc || get(`${p}Code`) || 'empty'})`;
      return { country, name: get(`${p}Name`) || null };
    };
    const source = actor(1);
    const target = actor(2);
    if (typeof source === 'string' || typeof target === 'string') {
      skipped.push({ line, reason: typeof source === 'string' ? source : (target as string) });
      return;
    }
    const goldstein = get('GoldsteinScale') === '' ? null : Number(get('GoldsteinScale'));
    const event = rowToEvent({ code, date, source, target, goldstein, location: place(get, opts.kb) }, opts);
    if (!event) return; // both actors of one country: domestic consultation
    exchanges++;
    const url = get('SOURCEURL') || null;
    const added = /^(\d{4})(\d{2})(\d{2})/.exec(get('DATEADDED'));
    collector.add(
      {
        key: `gdelt:${url ?? get('GLOBALEVENTID')}`,
        url,
        outlet: url ? hostOf(url) : 'GDELT',
        published: added ? `${added[1]}-${added[2]}-${added[3]}` : date,
        title: null,
      },
      event,
    );
  });
  return { batches: collector.batches(), rows, exchanges, skipped };
}

/**
 * ActionGeo names the place "City, Region, Country"; its country code is FIPS 10-4, not ISO, so
 * the country is read from the name. Types 3 and 4 are cities (US and world).
 */
function place(get: (n: string) => string, kb: KnowledgeIndex): Location | null {
  const full = get('ActionGeo_FullName');
  if (!full) return null;
  const parts = full.split(',').map((s) => s.trim());
  const country = kb.countryByName(parts[parts.length - 1])?.code ?? null;
  const type = get('ActionGeo_Type');
  const city = type === '3' || type === '4' ? parts[0] : null;
  const lat = Number(get('ActionGeo_Lat'));
  const lon = Number(get('ActionGeo_Long'));
  return {
    city,
    country: type === '2' || type === '3' ? 'USA' : country,
    lat: get('ActionGeo_Lat') !== '' && Number.isFinite(lat) ? lat : null,
    lon: get('ActionGeo_Long') !== '' && Number.isFinite(lon) ? lon : null,
  };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
