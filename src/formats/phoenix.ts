// CAMEO-coded TSV in the column layout of the Phoenix event data (Open Event Data Alliance's
// phoenix_pipeline output), with a header line. One row per dyad of an exchange; the columns and
// how Readout fills them are documented in docs/formats.md.
import type { ExchangeEvent, Participant } from '../types.js';
import { orgByReadout } from './orgCodes.js';
import { dyads } from './sides.js';

export const PHOENIX_COLUMNS = [
  'eid',
  'date8',
  'year',
  'month',
  'day',
  'source',
  'src_actor',
  'src_agent',
  'src_other_agent',
  'target',
  'tgt_actor',
  'tgt_agent',
  'tgt_other_agent',
  'code',
  'root_code',
  'quad_class',
  'goldstein',
  'joined_issues',
  'lat',
  'lon',
  'placename',
  'statename',
  'countryname',
  'aid',
  'url',
  'publisher',
] as const;

/** Phoenix quad classes: 0 neutral, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export function quadClass(code: string): number {
  const root = Number(code.slice(0, 2));
  if (root === 1) return 0;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

function actor(side: Participant[]): { code: string; root: string; agent: string } {
  const country = side[0]?.country ?? '';
  if (!country) return { code: '', root: '', agent: '' };
  const org = orgByReadout(country);
  if (org) return { code: org.phoenix, root: 'IGO', agent: org.phoenix.slice(3) };
  // Everyone in this record is an official: heads, ministers, envoys are all CAMEO "GOV".
  return { code: `${country}GOV`, root: country, agent: 'GOV' };
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/[\t\r\n]+/g, ' ');

/** Phoenix needs a day; month- or year-precision events are left out (see docs/formats.md). */
export function eventsToPhoenix(events: ExchangeEvent[]): string {
  const lines = [PHOENIX_COLUMNS.join('\t')];
  for (const e of events) {
    if (!e.cameo || !e.date || !/^\d{4}-\d{2}-\d{2}$/.test(e.date)) continue;
    const [y, m, d] = e.date.split('-');
    const first = e.sources?.[0];
    dyads(e).forEach((dy, i) => {
      const s = actor(dy.source);
      const t = actor(dy.target);
      lines.push(
        [
          `${e.id ?? 'event'}${i ? `-${i + 1}` : ''}`,
          `${y}${m}${d}`,
          y,
          String(Number(m)),
          String(Number(d)),
          s.code,
          s.root,
          s.agent,
          '',
          t.code,
          t.root,
          t.agent,
          '',
          e.cameo as string,
          (e.cameo as string).slice(0, 2),
          String(quadClass(e.cameo as string)),
          e.goldstein === null ? '' : String(e.goldstein),
          (e.topics ?? []).map(clean).join(';'),
          e.location?.lat == null ? '' : String(e.location.lat),
          e.location?.lon == null ? '' : String(e.location.lon),
          clean(e.location?.city),
          '',
          clean(e.location?.country ?? e.host_country),
          clean(first?.document),
          clean(first?.url),
          clean(first?.outlet),
        ].join('\t'),
      );
    });
  }
  return lines.join('\n') + '\n';
}
