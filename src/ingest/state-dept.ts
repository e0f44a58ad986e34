// Reader for the US Office of the Historian's records (history.state.gov, CC0):
//   travels/{president,secretary}-travels/*.xml  <trips><trip role who>…</trip></trips>
//   visits/data/*.xml                             <visits><visit>…</visit></visits>
// (schemas: travels/schema/trips.rnc, visits/schema/visits.rnc). The parsing is pure; only
// readStateDeptDir touches the file system.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { badInput } from '../errors.js';
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { CoverageClaim, ExchangeEvent, Participant } from '../types.js';
import { HISTORIAN_COUNTRY_IDS } from './state-dept-ids.js';

export const HISTORIAN_URL = {
  travels: 'https://history.state.gov/departmenthistory/travels',
  visits: 'https://history.state.gov/departmenthistory/visits',
};
export const HISTORIAN_OUTLET = 'US Office of the Historian';

export interface HistorianFile {
  /** "travels/secretary-travels/pompeo-michael-r.xml" */
  path: string;
  collection: 'travels' | 'visits';
  xml: string;
}

export interface HistorianBatch {
  key: string;
  collection: 'travels' | 'visits';
  url: string;
  events: ExchangeEvent[];
  /** Records whose country id could not be mapped (kept out, reported). */
  skipped: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s
    .replace(/<[^>]+>/g, '') // inline markup such as <em> in descriptions
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : (ENTITIES[e] ?? all),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The records of one element name, each as a map of child element → text (and attribute id). */
export function records(xml: string, element: string): Array<Record<string, string>> {
  const out: Array<Record<string, string>> = [];
  const re = new RegExp(`<${element}\\b[^>]*>([\\s\\S]*?)</${element}>`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const rec: Record<string, string> = {};
    const child = /<([a-z-]+)((?:\s+[a-z-]+="[^"]*")*)\s*(?:\/>|>([\s\S]*?)<\/\1>)/g;
    let c: RegExpExecArray | null;
    while ((c = child.exec(m[1]))) {
      rec[c[1]] = decode(c[3] ?? '');
      const id = /\bid="([^"]*)"/.exec(c[2] ?? '');
      if (id) rec[`${c[1]}@id`] = id[1].trim();
    }
    out.push(rec);
  }
  return out;
}

export function countryOf(
  kb: KnowledgeIndex,
  id: string | undefined,
  name: string | undefined,
): string | null {
  if (id && HISTORIAN_COUNTRY_IDS[id]) return HISTORIAN_COUNTRY_IDS[id];
  const byName = name ? kb.resolveCountry(name.replace(/\s*\(.*\)\s*$/, '')) : undefined;
  if (byName) return byName;
  return (id && kb.resolveCountry(id.replace(/-/g, ' '))) || null;
}

function baseEvent(): Omit<
  ExchangeEvent,
  'participants' | 'host_country' | 'location' | 'date' | 'end_date'
> {
  return {
    type: 'visit',
    status: 'occurred',
    certainty: 'stated',
    duration_minutes: null,
    topics: [],
    tone: null,
    evidence: [],
    cameo: '042',
    plover: { event: 'CONSULT', mode: 'visit' },
    goldstein: 1.9,
    rank: null,
  };
}

const TRAVELLER: Record<string, { role: string; rank: number }> = {
  president: { role: 'President', rank: 1 },
  secretary: { role: 'Secretary of State', rank: 3 },
};

/** One trip abroad → a visit by the traveller (USA) to the host country. */
export function tripEvents(kb: KnowledgeIndex, xml: string): { events: ExchangeEvent[]; skipped: string[] } {
  const events: ExchangeEvent[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  for (const r of records(xml, 'trip')) {
    const who = TRAVELLER[r.role];
    const host = countryOf(kb, r['country@id'], r.country);
    if (!who || !host || !r['start-date']) {
      skipped.push(`trip ${r.id ?? '?'} (${r['country@id'] ?? r.country ?? 'no country'})`);
      continue;
    }
    // The files hold a few trips twice under different ids; one exchange is one event.
    const key = [r.name, r['start-date'], r['end-date'], host, r.locale].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    const traveller: Participant = { name: r.name, role: who.role, country: 'USA', rank: who.rank };
    const city = r.locale ? r.locale.split(/[,;]| and /)[0].trim() || null : null;
    events.push({
      ...baseEvent(),
      participants: [traveller],
      host_country: host,
      location: { city, country: host },
      date: r['start-date'],
      end_date: r['end-date'] && r['end-date'] !== r['start-date'] ? r['end-date'] : null,
      rank: who.rank,
    });
  }
  return { events, skipped };
}

/** "Prime Minister Kyriakos Mitsotakis" → title and name, by the longest known office phrase it starts with. */
export function splitVisitor(
  kb: KnowledgeIndex,
  visitor: string,
  country: string | null,
): { role: string | null; name: string | null; rank: number | null } {
  const lc = visitor.toLowerCase();
  let best: { phrase: string; at: number } | null = null;
  for (const phrase of kb.officePhrases) {
    const at = lc.indexOf(phrase);
    // The title comes first, perhaps after a qualifier ("Interim President", "Crown Prince").
    if (
      at >= 0 &&
      at <= 25 &&
      /^[\w\s.-]*$/.test(lc.slice(0, at)) &&
      (at === 0 || lc[at - 1] === ' ') &&
      /^(\s|$|,)/.test(lc.slice(at + phrase.length))
    ) {
      if (!best || at + phrase.length > best.at + best.phrase.length) best = { phrase, at };
    }
  }
  if (!best) return { role: null, name: visitor || null, rank: null };
  const cut = best.at + best.phrase.length;
  const def = kb.office(best.phrase, country);
  return {
    role: visitor.slice(0, cut).trim(),
    name:
      visitor
        .slice(cut)
        .replace(/^[\s,]+/, '')
        .trim() || null,
    rank: def?.rank ?? null,
  };
}

/** One visit of a foreign leader → a visit hosted by the USA. */
export function visitEvents(kb: KnowledgeIndex, xml: string): { events: ExchangeEvent[]; skipped: string[] } {
  const events: ExchangeEvent[] = [];
  const skipped: string[] = [];
  for (const r of records(xml, 'visit')) {
    const from = countryOf(kb, r['from@id'], r.from);
    if (!from || !r['start-date'] || !r.visitor) {
      skipped.push(`visit ${r.id ?? '?'} (${r['from@id'] ?? r.from ?? 'no country'})`);
      continue;
    }
    const v = splitVisitor(kb, r.visitor, from);
    events.push({
      ...baseEvent(),
      participants: [{ name: v.name, role: v.role, country: from, rank: v.rank }],
      host_country: 'USA',
      location: null,
      date: r['start-date'],
      end_date: r['end-date'] && r['end-date'] !== r['start-date'] ? r['end-date'] : null,
      rank: v.rank,
    });
  }
  return { events, skipped };
}

export function parseHistorianFile(kb: KnowledgeIndex, f: HistorianFile): HistorianBatch {
  const { events, skipped } = f.collection === 'travels' ? tripEvents(kb, f.xml) : visitEvents(kb, f.xml);
  return {
    key: `state-dept:${f.path}`,
    collection: f.collection,
    url: HISTORIAN_URL[f.collection],
    events,
    skipped,
  };
}

/** What each collection says it covers, over the years its records span. */
export function historianCoverage(
  batches: HistorianBatch[],
): Array<{ collection: 'travels' | 'visits'; claim: CoverageClaim }> {
  const out: Array<{ collection: 'travels' | 'visits'; claim: CoverageClaim }> = [];
  for (const collection of ['travels', 'visits'] as const) {
    const dates = batches
      .filter((b) => b.collection === collection)
      .flatMap((b) => b.events.flatMap((e) => [e.date, e.end_date]))
      .filter((d): d is string => !!d)
      .sort();
    if (!dates.length) continue;
    const span = { since: dates[0], until: dates[dates.length - 1] };
    out.push({
      collection,
      claim:
        collection === 'travels'
          ? {
              countries: ['USA'],
              ...span,
              max_rank: 3,
              evidence: [],
              types: ['visit'],
              visitor: 'USA',
              offices: ['President', 'Secretary of State'],
            }
          : { countries: ['USA'], ...span, max_rank: 2, evidence: [], types: ['visit'], host: 'USA' },
    });
  }
  return out;
}

/** Reads every XML file of both collections under DIR (the folder holding travels/ and visits/). */
export function readStateDeptDir(dir: string): HistorianFile[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw badInput(`not a directory: ${dir}`);
  const files: HistorianFile[] = [];
  const add = (sub: string, collection: 'travels' | 'visits') => {
    const d = join(dir, sub);
    if (!existsSync(d)) return;
    for (const name of readdirSync(d)
      .filter((n) => n.endsWith('.xml'))
      .sort()) {
      files.push({ path: `${sub}/${basename(name)}`, collection, xml: readFileSync(join(d, name), 'utf8') });
    }
  };
  add('travels/president-travels', 'travels');
  add('travels/secretary-travels', 'travels');
  add('visits/data', 'visits');
  if (!files.length)
    throw badInput(
      `no Office of the Historian files under ${dir} (expected travels/*-travels/*.xml or visits/data/*.xml)`,
    );
  return files;
}
