// `readout timeline COUNTRY [COUNTRY]`: the stored exchanges of a pair (or all of one country's),
// in date order, as JSONL (the event schema), an aligned table or CSV.
import { createRequire } from 'node:module';
import type { Command } from 'commander';
import { badInput, usage } from '../../errors.js';
import type { EventStatus, ExchangeEvent } from '../../types.js';
import { eventsToCsv } from '../../formats/eventCsv.js';
import { eventTable } from '../event-table.js';

interface TimelineFlags {
  since?: string;
  until?: string;
  status: string;
  maxRank?: string;
  db?: string;
  format?: string;
}

const FORMATS = ['jsonl', 'table', 'csv'];

export function register(program: Command): void {
  program
    .command('timeline')
    .description('List the stored exchanges of two countries (or all of one), in date order')
    .argument('<country>', 'alpha-3, alpha-2 or name (USA, US, China)')
    .argument('[other]', 'the other country')
    .option('--since <date>', 'from this date (YYYY, YYYY-MM or YYYY-MM-DD); periods overlapping it count')
    .option('--until <date>', 'up to this date')
    .option('--status <status>', 'occurred, planned, postponed, cancelled, declined, or all', 'occurred')
    .option('--max-rank <n>', 'only events with a participant of rank ≤ N (1 head of state … 7)')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default $READOUT_DB or ./readout.db)')
    .option('--format <format>', 'jsonl, table or csv (default: table on a terminal, jsonl otherwise)')
    .action(async (a: string, b: string | undefined, flags: TimelineFlags) => timeline([a, b], flags));
}

export async function resolveCountries(args: Array<string | undefined>): Promise<string[]> {
  const given = args.filter((a): a is string => a !== undefined);
  // An ISO alpha-3 code needs no lookup; names, alpha-2 and organisations need the knowledge
  // tables, which take a second to load.
  const iso = createRequire(import.meta.url)('i18n-iso-countries') as { isValid(code: string): boolean };
  if (given.every((a) => /^[A-Z]{3}$/.test(a) && iso.isValid(a))) return given;
  const { loadKnowledge } = await import('../../knowledge/load.js');
  const kb = loadKnowledge();
  return given.map((a) => {
    const code = kb.resolveCountry(a);
    if (!code) throw badInput(`unknown country "${a}" (use an alpha-3 or alpha-2 code, or a name)`);
    return code;
  });
}

function maxRank(v: string | undefined): number | null {
  if (v === undefined) return null;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 7)
    throw usage(`--max-rank must be a whole number from 1 to 7, not "${v}"`);
  return n;
}

async function timeline(args: Array<string | undefined>, flags: TimelineFlags): Promise<void> {
  const format = flags.format ?? (process.stdout.isTTY ? 'table' : 'jsonl');
  if (!FORMATS.includes(format))
    throw usage(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  const countries = await resolveCountries(args);
  const rank = maxRank(flags.maxRank);
  const { openStore } = await import('../../record/store.js');
  const store = await openStore(flags.db);
  const events: ExchangeEvent[] = [];
  try {
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof store.timeline>> = await store.timeline({
        countries,
        since: flags.since,
        until: flags.until,
        status: flags.status as EventStatus | 'all',
        maxRank: rank,
        limit: 1000, // the store's largest page
        cursor,
      });
      if (format === 'jsonl') for (const e of page.events) process.stdout.write(`${JSON.stringify(e)}\n`);
      else events.push(...page.events);
      cursor = page.next;
    } while (cursor);
  } finally {
    await store.close();
  }
  if (format === 'table') process.stdout.write(events.length ? eventTable(events) : 'no exchanges match\n');
  if (format === 'csv') process.stdout.write(eventsToCsv(events));
}
