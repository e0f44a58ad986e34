// `readout import jsonl|csv|icews|gdelt FILE [--db]`: event files into the record. A Readout export
// (JSONL or CSV) comes back with its sources; ICEWS and GDELT rows become exchanges with the story
// or URL that told them as source. Everything is merged with the rest of the record.
import type { Command } from 'commander';
import type { EventFileKind } from '../../ingest/eventFiles.js';

const KINDS: Array<{ kind: EventFileKind; description: string }> = [
  {
    kind: 'jsonl',
    description: 'Import events as JSON Lines (readout export --format jsonl, or extract output)',
  },
  { kind: 'csv', description: 'Import events as CSV written by readout export --format csv' },
  {
    kind: 'icews',
    description: 'Import the exchanges (CAMEO 036, 040–046) of an ICEWS event file (tab-separated)',
  },
  {
    kind: 'gdelt',
    description: 'Import the CONSULT rows of a GDELT 2.0 event export (*.export.CSV, tab-separated)',
  },
];

/** Adds the event-file subcommands to `readout import`. */
export function registerImportFormats(importCmd: Command): void {
  for (const { kind, description } of KINDS) {
    importCmd
      .command(kind)
      .description(description)
      .argument('<file>', 'the file to import')
      .option('--db <path|url>', 'SQLite file or postgres:// URL (default $READOUT_DB or ./readout.db)')
      .action(async (file: string, flags: { db?: string }) => run(kind, file, flags));
  }
}

async function run(kind: EventFileKind, file: string, flags: { db?: string }): Promise<void> {
  // Loaded on use: every readout command would otherwise pay for the database driver at startup.
  const [{ importEventFile }, { loadKnowledge }, { openStore }] = await Promise.all([
    import('../../ingest/eventFiles.js'),
    import('../../knowledge/load.js'),
    import('../../record/store.js'),
  ]);
  const kb = loadKnowledge();
  const store = await openStore(flags.db);
  try {
    const s = await importEventFile(store, kind, file, kb);
    for (const k of s.skipped.slice(0, 20))
      process.stderr.write(`readout: ${file}:${k.line}: skipped: ${k.reason}\n`);
    if (s.skipped.length > 20)
      process.stderr.write(`readout: … and ${s.skipped.length - 20} more rows skipped\n`);
    process.stderr.write(
      `readout: ${file}: ${s.rows} rows; ${s.documents} documents (${s.created} new); ` +
        `events: ${s.added} new, ${s.merged} merged into stored exchanges\n`,
    );
  } finally {
    await store.close();
  }
}
