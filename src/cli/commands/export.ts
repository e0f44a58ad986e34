// `readout export --format csv|jsonl|ics|timelinejs|cameo|plover`: the whole record, or the events of
// a pair, a country or a period, in a format other tools open. Serializing is src/formats' job.
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
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
// Events per page of a paged export: a few megabytes of memory, and few enough queries.
const EXPORT_PAGE = 5000;

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
  const [{ isExportFormat, pagedWriter, writeEvents }, { loadKnowledge }, { openStore }] = await Promise.all([
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
  const filter = {
    countries,
    since: flags.since,
    until: flags.until,
    status: flags.status as EventStatus | 'all',
  };
  const ctx = {
    now: new Date(),
    title: countries.length ? `Exchanges: ${countries.join(' – ')}` : 'Exchanges',
    codes: kb.knowledge.codes,
  };
  // To a file: written beside it and renamed when whole, so a failed export never leaves half a file.
  const part = flags.out ? `${flags.out}.part` : null;
  const sink = part ? createWriteStream(part) : process.stdout;
  const opened = part ? once(sink, 'open').then(() => undefined) : Promise.resolve();
  const failure = new Promise<never>((_, reject) => sink.once('error', reject));
  failure.catch(() => {});
  const put = async (text: string) => {
    if (text && !sink.write(text)) await Promise.race([once(sink, 'drain'), failure]);
  };
  try {
    await Promise.race([opened, failure]);
    const paged = pagedWriter(format, ctx);
    if (paged) {
      // Page by page: an export of any size needs the memory of one page.
      for await (const events of store.eventPages(filter, EXPORT_PAGE)) await put(paged.page(events));
      await put(paged.end());
    } else {
      await put(writeEvents(format, await store.events(filter), ctx));
    }
    if (part) {
      sink.end();
      await Promise.race([once(sink, 'finish'), failure]);
      renameSync(part, flags.out!);
    }
  } catch (err) {
    if (part) {
      sink.destroy();
      rmSync(part, { force: true });
      if (!(err instanceof ReadoutError))
        throw new ReadoutError(
          'READOUT_RESOURCE',
          `cannot write ${flags.out}: ${(err as Error).message.replace(part, flags.out!)}`,
        );
    }
    throw err;
  } finally {
    await store.close();
  }
}
