// `readout stats`: what the record holds, as JSON ({"documents": N, "events": N, …}) or a table.
import type { Command } from 'commander';
import { usage } from '../../errors.js';
import type { StoreStats } from '../../record/types.js';

export function register(program: Command): void {
  program
    .command('stats')
    .description('Count the documents, events, sources and corrections in the record')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default $READOUT_DB or ./readout.db)')
    .option('--format <format>', 'json or table', 'json')
    .action(async (flags: { db?: string; format: string }) => {
      if (!['json', 'table'].includes(flags.format))
        throw usage(`--format must be json or table, not "${flags.format}"`);
      const { openStore } = await import('../../record/store.js');
      const store = await openStore(flags.db);
      let stats: StoreStats;
      try {
        stats = await store.stats();
      } finally {
        await store.close();
      }
      process.stdout.write(
        flags.format === 'json' ? `${JSON.stringify(stats, null, 2)}\n` : statsTable(stats),
      );
    });
}

export function statsTable(s: StoreStats): string {
  const rows: Array<[string, string]> = [
    ['documents', String(s.documents)],
    ['events', String(s.events)],
    ['sources', String(s.sources)],
    ['participants', String(s.participants)],
    ['corrections', String(s.corrections)],
    ['first date', s.first_date ?? '-'],
    ['last date', s.last_date ?? '-'],
    ...Object.entries(s.by_type).map(([k, v]): [string, string] => [`type ${k}`, String(v)]),
    ...Object.entries(s.by_status).map(([k, v]): [string, string] => [`status ${k}`, String(v)]),
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n') + '\n';
}
