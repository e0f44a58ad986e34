// `readout export --format csv|jsonl|ics|timelinejs|cameo|plover`: the whole record, or the events of
// a pair, a country or a period, in a format other tools open. Serializing is src/formats' job.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ReadoutError, badInput, usage } from '../../errors.js';
import type { EventStatus } from '../../types.js';

interface ExportFlags {
  format: string;
  between?: string;
  since?: string;
  until?: string;
  status: string;
  db?: string;
  out?: string;
}

// Kept here rather than read from src/formats so `readout --help` loads no serializer.
const FORMATS = ['csv', 'jsonl', 'ics', 'timelinejs', 'cameo', 'plover'] as const;
const NAMES = FORMATS.join('|');

export function register(program: Command): void {
  program
    .command('export')
    .description(
      'Write stored exchanges as CSV, JSON Lines, iCalendar, TimelineJS, CAMEO (Phoenix TSV) or PLOVER',
    )
    .requiredOption('--format <format>', NAMES)
    .option('--between <A,B>', 'one or two countries, comma-separated (alpha-3, alpha-2 or names)')
    .option('--since <date>', 'from this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--until <date>', 'up to this date')
    .option('--status <status>', 'occurred, planned, postponed, cancelled, declined, or all', 'all')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default $READOUT_DB or ./readout.db)')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (flags: ExportFlags) => exportEvents(flags));
}

async function exportEvents(flags: ExportFlags): Promise<void> {
  const format = flags.format;
  if (!(FORMATS as readonly string[]).includes(format))
    throw usage(`--format must be one of ${NAMES.replace(/\|/g, ', ')}, not "${format}"`);
  // Loaded on use: every readout command would otherwise pay for the database driver at startup.
  const [{ isExportFormat, writeEvents }, { loadKnowledge }, { openStore }] = await Promise.all([
    import('../../formats/index.js'),
    import('../../knowledge/load.js'),
    import('../../record/store.js'),
  ]);
  if (!isExportFormat(format)) throw usage(`--format ${format} is not implemented`);
  const kb = loadKnowledge();
  const countries = (flags.between ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((a) => {
      const code = kb.resolveCountry(a);
      if (!code) throw badInput(`unknown country "${a}" (use an alpha-3 or alpha-2 code, or a name)`);
      return code;
    });
  if (countries.length > 2) throw usage('--between takes one or two countries');
  const store = await openStore(flags.db);
  let text: string;
  try {
    const events = await store.events({
      countries,
      since: flags.since,
      until: flags.until,
      status: flags.status as EventStatus | 'all',
    });
    const title = countries.length ? `Exchanges: ${countries.join(' – ')}` : 'Exchanges';
    text = writeEvents(format, events, { now: new Date(), title, codes: kb.knowledge.codes });
  } finally {
    await store.close();
  }
  if (!flags.out) {
    process.stdout.write(text);
    return;
  }
  try {
    writeFileSync(flags.out, text);
  } catch (err) {
    throw new ReadoutError('READOUT_RESOURCE', `cannot write ${flags.out}: ${(err as Error).message}`);
  }
}
