// Shared by the bench scripts: the corpus (seed story + dev articles, varied so nothing is cached),
// CPU and wall clocks, options, and the one result line bench/run.js collects.
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = join(ROOT, '..', 'shared');
export const DEV_BATCH = join(SHARED, 'data', 'dev', 'batch.jsonl');

/** `--name value` from argv, or the fallback. */
export function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

export function machine() {
  const c = cpus();
  return { cores: c.length, cpu: c[0]?.model?.trim() ?? 'unknown', node: process.version };
}

/** Seconds of CPU this process has used (user + system): steadier than wall time on a shared machine. */
export function cpuSeconds() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

export function wallSeconds() {
  return performance.now() / 1000;
}

export function peakRssMiB() {
  return process.resourceUsage().maxRSS / 1024;
}

/** Prints the machine-readable line bench/run.js picks up; everything else a script prints is for people. */
export function report(name, figures) {
  console.log(`BENCH_RESULT ${JSON.stringify({ name, ...figures })}`);
}

export const fmt = (n, d = 2) => (n === null || n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(d));

/**
 * The base articles: the seed story (examples/seed) and, when ../shared is present, the dev
 * articles read from it at run time (never copied into the repo). Lines given only as HTML are skipped.
 */
export function baseArticles() {
  const seedBatch = join(ROOT, 'examples', 'seed', 'batch.jsonl');
  const seedText = readFileSync(join(ROOT, 'examples', 'seed', 'article.txt'), 'utf8');
  const seedLine = existsSync(seedBatch) ? JSON.parse(readFileSync(seedBatch, 'utf8').split('\n')[0]) : {};
  const articles = [{ id: 'seed', text: seedText, published: seedLine.published ?? '2023-06-18' }];
  let source = 'seed story only (../shared/data/dev absent)';
  if (existsSync(DEV_BATCH)) {
    for (const line of readFileSync(DEV_BATCH, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const o = JSON.parse(line);
      if (typeof o.text === 'string' && o.text.trim())
        articles.push({ id: String(o.id), text: o.text, published: o.published ?? null });
    }
    source = `seed story + ${articles.length - 1} dev articles from ../shared`;
  }
  return { articles, source };
}

const NAMES = [
  'Laurie Chen',
  'Ama Mensah',
  'Rafael Ortiz',
  'Ingrid Holm',
  'Kenji Sato',
  'Priya Nair',
  'Omar Haddad',
  'Zofia Nowak',
];
const DESKS = ['Beijing', 'Nairobi', 'Lima', 'Oslo', 'Osaka', 'Chennai', 'Amman', 'Krakow'];

/** Copy n of an article: its own id and its own closing line, so no cache keyed on text or id can help. */
export function variant(a, n) {
  const by = NAMES[n % NAMES.length];
  const ed = NAMES[(n * 3 + 1) % NAMES.length];
  const desk = DESKS[(n >> 3) % DESKS.length];
  const tail = `\n\n(Reporting by ${by} in ${desk}; additional reporting by ${ed}; story no. ${n + 1000}.)\n`;
  return {
    id: `${a.id}-v${n}`,
    text: a.text + tail,
    published: a.published,
    url: null,
    outlet: null,
    title: null,
  };
}

/** Varied copies of the base articles until about `mb` megabytes (UTF-8) of text. */
export function* corpus(base, mb) {
  const limit = mb * 1e6;
  let bytes = 0;
  for (let n = 0; bytes < limit; n++)
    for (const a of base) {
      const v = variant(a, n);
      bytes += Buffer.byteLength(v.text);
      yield v;
      if (bytes >= limit) return;
    }
}

/** Exchange types and office titles (by rank, 1 first) for the synthetic records of the query benches. */
export const SYNTHETIC_TYPES = ['visit', 'meeting', 'phone_call', 'video_call', 'handshake', 'message'];
export const SYNTHETIC_ROLES = [
  'President',
  'Prime Minister',
  'Foreign Minister',
  'Defence Minister',
  'Deputy Foreign Minister',
  'Ambassador',
  'Envoy',
];
