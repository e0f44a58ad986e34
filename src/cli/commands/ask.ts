// `readout ask highest-ranking|first|silence|temperature …`: questions on the record, answered by
// the pure functions in src/analysis from the stored events and the sources' declared coverage.
// Options mirror the HTTP query parameters (DESIGN.md); countries may also be given positionally.
import type { Command } from 'commander';
import type { Answer } from '../../analysis/answer.js';
import { firstInYears, type FirstResult } from '../../analysis/first.js';
import { highestRanking, highestRankingSlice, type HighestRanking } from '../../analysis/highest-ranking.js';
import { officeInfo, officeTest } from '../../analysis/offices.js';
import { latestDate, widened, type RecordSlice } from '../../analysis/select.js';
import { silence, silenceSlice, type Silence } from '../../analysis/silence.js';
import { temperature, type MonthTemperature } from '../../analysis/temperature.js';
import { MAX_YEAR_SHIFT, inferDisputedDates } from '../../analysis/anchored-dates.js';
import { isIsoDate } from '../../analysis/dates.js';
import { usage } from '../../errors.js';
import { loadKnowledge } from '../../knowledge/load.js';
import { toCsv } from '../../formats/csv.js';
import { eventTable } from '../event-table.js';
import { resolveCountries } from './timeline.js';

interface AskFlags {
  visitor?: string;
  host?: string;
  between?: string;
  since?: string;
  until?: string;
  office?: string;
  rank?: string;
  years?: string;
  asOf?: string;
  db?: string;
  format: string;
}

const FORMATS = ['table', 'json', 'csv'];

export function register(program: Command): void {
  const ask = program
    .command('ask')
    .description('Answer a question on the record: highest-ranking, first, silence, temperature');
  const common = (c: Command) =>
    c
      .option('--db <path|url>', 'SQLite file or postgres:// URL (default $READOUT_DB or ./readout.db)')
      .option('--format <format>', 'table, json or csv', 'table');
  common(
    ask
      .command('highest-ranking')
      .description('The highest-ranking visitor from one country to another since a date')
      .argument('[visitor]', 'visiting country')
      .argument('[host]', 'host country')
      .option('--visitor <country>', 'visiting country')
      .option('--host <country>', 'host country')
      .option('--since <date>', 'from this date')
      .option('--until <date>', 'up to this date'),
  ).action(async (v: string | undefined, h: string | undefined, f: AskFlags) => {
    const [visitor, host] = await pairOf(v ?? f.visitor, h ?? f.host, 'give the visitor and host countries');
    const q = { visitor, host, since: day(f.since, '--since'), until: day(f.until, '--until') };
    const m = await sliceMaterial(f.db, highestRankingSlice(q));
    print(highestRanking(m.events, m.coverage, q), f.format, highestRows);
  });
  common(
    ask
      .command('first')
      .description(
        'The latest visit by an office (or rank) to a country, the one before it, and whether it is the first in N years',
      )
      .argument('[visitor]', 'visiting country')
      .argument('[host]', 'host country')
      .option('--visitor <country>', 'visiting country')
      .option('--host <country>', 'host country')
      .option('--office <title>', 'office, e.g. "Secretary of State" or "President"')
      .option('--rank <n>', 'or any visitor of rank ≤ N')
      .option('--years <n>', 'judge "the first in N years"')
      .option(
        '--as-of <date>',
        "judge the latest visit up to this date (default: the record's latest event)",
      ),
  ).action(async (v: string | undefined, h: string | undefined, f: AskFlags) => {
    const [visitor, host] = await pairOf(v ?? f.visitor, h ?? f.host, 'give the visitor and host countries');
    const kb = loadKnowledge();
    const info = f.office ? officeInfo(kb, f.office, visitor) : null;
    const m = await material(f.db, [visitor, host]);
    const answer = firstInYears(m.events, m.coverage, {
      visitor,
      host,
      office: info?.title ?? f.office ?? null,
      holds: f.office ? officeTest(kb, f.office, visitor) : undefined,
      maxRank: info?.rank ?? whole(f.rank, '--rank', 1, 7),
      years: whole(f.years, '--years', 1, 200),
      asOf: day(f.asOf, '--as-of'),
    });
    print(answer, f.format, firstRows);
  });
  pairCommand(
    ask,
    'silence',
    'Gaps between senior contacts (rank ≤ 3 on each side) of two countries; the longest, and days since the last',
  )
    .option(
      '--as-of <date>',
      "count days since the last contact up to this date (default: the record's latest event)",
    )
    .action(async (a: string | undefined, b: string | undefined, f: AskFlags) => {
      const [x, y] = await between(a, b, f);
      const q = { a: x, b: y, ...period(f), asOf: day(f.asOf, '--as-of') };
      const m = await sliceMaterial(f.db, silenceSlice(q), q.asOf ?? undefined);
      print(silence(m.events, m.coverage, { ...q, asOf: m.asOf }), f.format, silenceRows);
    });
  pairCommand(
    ask,
    'temperature',
    'Monthly cooperation index (sum of Goldstein scores) of two countries, with counts by type',
  ).action(
    pairAction(
      (m, x, y, f) => temperature(m.events, m.coverage, { a: x, b: y, ...period(f) }),
      temperatureRows,
    ),
  );
}

type Material = Awaited<ReturnType<typeof material>>;

/** Resolves the pair, reads its material and prints the answer. */
function pairAction<T>(
  answer: (m: Material, a: string, b: string, f: AskFlags) => Answer<T>,
  rows: (a: Answer<T>) => string[][],
) {
  return async (a: string | undefined, b: string | undefined, f: AskFlags): Promise<void> => {
    const [x, y] = await between(a, b, f);
    const m = await material(f.db, [x, y]);
    print(answer(m, x, y, f), f.format, rows);
  };
}

function period(f: AskFlags): { since: string | null; until: string | null } {
  return { since: day(f.since, '--since'), until: day(f.until, '--until') };
}

/** A question about a pair of countries: positional or --between, with a period. */
function pairCommand(ask: Command, name: string, description: string): Command {
  return ask
    .command(name)
    .description(description)
    .argument('[a]', 'one country')
    .argument('[b]', 'the other country')
    .option('--between <A,B>', 'the two countries')
    .option('--since <date>', 'from this date')
    .option('--until <date>', 'up to this date')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default $READOUT_DB or ./readout.db)')
    .option('--format <format>', 'table, json or csv', 'table');
}

async function pairOf(a: string | undefined, b: string | undefined, msg: string): Promise<[string, string]> {
  if (!a || !b) throw usage(msg);
  const [x, y] = await resolveCountries([a, b]);
  return [x, y];
}

function between(a: string | undefined, b: string | undefined, f: AskFlags): Promise<[string, string]> {
  if (f.between) {
    const parts = f.between
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (parts.length !== 2) throw usage('--between takes two countries, e.g. USA,CHN');
    return pairOf(parts[0], parts[1], '');
  }
  return pairOf(a, b, 'give two countries (positionally or with --between A,B)');
}

/** The pair's stored events, with dates their own evidence contradicts taken at the implied date. */
async function material(db: string | undefined, countries: string[]) {
  // Loaded on use: every readout command would otherwise pay for the database drivers at startup.
  const { readMaterial } = await import('../record-material.js');
  const m = await readMaterial(db, countries);
  return { events: inferDisputedDates(m.events, loadKnowledge()), coverage: m.coverage };
}

/**
 * Only the slice a question reads, as material() would give it: the window is widened by the years
 * an implied date may move. Without asOf, also the date material()'s events end at (the latest
 * of either country's events, taken at implied dates), found from the last years of their history.
 */
async function sliceMaterial(db: string | undefined, slice: RecordSlice, asOf?: string) {
  const { withRecord } = await import('../record-material.js');
  const kb = loadKnowledge();
  return withRecord(db, async (store) => {
    const events = inferDisputedDates(
      await store.events({ ...slice, ...widened(slice, MAX_YEAR_SHIFT) }),
      kb,
    );
    const coverage = await store.coverage();
    if (asOf) return { events, coverage, asOf };
    const stored = (
      await Promise.all(slice.countries.map((c) => store.latestDate({ countries: [c], status: 'all' })))
    )
      .filter((d): d is string => !!d)
      .sort()
      .pop();
    if (!stored) return { events, coverage, asOf: null };
    // An implied date moves at most MAX_YEAR_SHIFT years, so the latest one starts after the stored
    // latest less that, and comes from an event stored after the stored latest less twice that.
    const { since } = widened({ since: stored }, 2 * MAX_YEAR_SHIFT);
    const recent = await Promise.all(
      slice.countries.map((c) =>
        store.events({ countries: [c], status: 'all', since, disputedAnyDate: true }),
      ),
    );
    return { events, coverage, asOf: latestDate(inferDisputedDates(recent.flat(), kb)) };
  });
}

function day(v: string | undefined, flag: string): string | null {
  if (v === undefined) return null;
  if (!isIsoDate(v)) throw usage(`${flag} must be a date YYYY, YYYY-MM or YYYY-MM-DD, not "${v}"`);
  return v;
}

function whole(v: string | undefined, flag: string, min: number, max: number): number | null {
  if (v === undefined) return null;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max)
    throw usage(`${flag} must be a whole number from ${min} to ${max}, not "${v}"`);
  return n;
}

function print<T>(a: Answer<T>, format: string, rows: (a: Answer<T>) => string[][]): void {
  if (!FORMATS.includes(format))
    throw usage(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(a)}\n`);
    return;
  }
  const r = rows(a);
  if (format === 'csv') {
    process.stdout.write(toCsv(r));
    return;
  }
  const widths = r[0].map((_, i) => Math.max(...r.map((row) => (row[i] ?? '').length)));
  const table = r
    .map((row) =>
      row
        .map((c, i) => (i < row.length - 1 ? c.padEnd(widths[i]) : c))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
  process.stdout.write(
    `${a.question}\n${a.status === 'unverifiable' ? 'UNVERIFIABLE: ' : ''}${a.explanation}\n\n${r.length > 1 ? `${table}\n\n` : ''}` +
      (a.because.length ? `Because:\n${eventTable(a.because)}` : ''),
  );
}

const highestRows = (a: Answer<HighestRanking>): string[][] => [
  ['rank', 'date', 'name', 'role', 'event'],
  ...(a.answer?.visits ?? []).map((v) => [
    String(a.answer!.rank ?? ''),
    v.date,
    v.name ?? '',
    v.role ?? '',
    v.event ?? '',
  ]),
];

const firstRows = (a: Answer<FirstResult>): string[][] => {
  const r = a.answer;
  const rows = [['which', 'date', 'event', 'label', 'gap', 'rounded_years', 'holds']];
  if (r?.visit)
    rows.push([
      'visit',
      r.visit.date,
      r.visit.event ?? '',
      r.visit.label,
      r.gap_text ?? '',
      String(r.rounded_years ?? ''),
      String(r.holds ?? ''),
    ]);
  if (r?.previous)
    rows.push(['previous', r.previous.date, r.previous.event ?? '', r.previous.label, '', '', '']);
  return rows;
};

const silenceRows = (a: Answer<Silence>): string[][] => [
  ['from', 'to', 'days', 'longest', 'from_event', 'to_event'],
  ...(a.answer?.gaps ?? []).map((g) => [
    g.from.date,
    g.to.date,
    String(g.days),
    g === a.answer!.longest ||
    (g.days === a.answer!.longest?.days && g.from.date === a.answer!.longest.from.date)
      ? 'yes'
      : '',
    g.from.label,
    g.to.label,
  ]),
];

const temperatureRows = (a: Answer<MonthTemperature[]>): string[][] => [
  ['month', 'index', 'events', 'mean', 'by_type'],
  ...(a.answer ?? []).map((m) => [
    m.month,
    String(m.index),
    String(m.events),
    m.mean === null ? '' : String(m.mean),
    Object.entries(m.by_type)
      .map(([k, v]) => `${k}:${v}`)
      .join(' '),
  ]),
];
