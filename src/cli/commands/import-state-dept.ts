// `readout import state-dept DIR [--db]`: the US Office of the Historian's trips abroad by
// Presidents and Secretaries of State and foreign leaders' visits to the US, as visit events.
// One import document per source file (idempotent by key and content), plus one coverage-only
// document per collection stating what it covers.
import type { Command } from 'commander';
import { loadKnowledge } from '../../knowledge/load.js';
import {
  HISTORIAN_OUTLET,
  HISTORIAN_URL,
  historianCoverage,
  parseHistorianFile,
  readStateDeptDir,
} from '../../ingest/state-dept.js';

interface Flags {
  db?: string;
}

export function register(parent: Command): void {
  parent
    .command('state-dept')
    .description(
      "Import the US Office of the Historian's travels and visits (XML folders travels/ and visits/)",
    )
    .argument(
      '<dir>',
      'folder holding travels/ and visits/ (e.g. ../shared/data/anchors/state-dept-historian)',
    )
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default $READOUT_DB or ./readout.db)')
    .action(async (dir: string, flags: Flags) => run(dir, flags));
}

async function run(dir: string, flags: Flags): Promise<void> {
  const kb = loadKnowledge();
  const batches = readStateDeptDir(dir).map((f) => parseHistorianFile(kb, f));
  const { openStore } = await import('../../record/store.js');
  const store = await openStore(flags.db);
  let created = 0;
  let events = 0;
  try {
    for (const b of batches) {
      const r = await store.importRecords(
        {
          key: b.key,
          kind: 'state-dept',
          url: b.url,
          outlet: HISTORIAN_OUTLET,
          published: null,
          title: b.key.replace(/^state-dept:/, ''),
        },
        b.events,
      );
      if (r.created) created++;
      events += b.events.length;
      for (const s of b.skipped) process.stderr.write(`readout: ${b.key}: skipped ${s}: country not known\n`);
    }
    for (const { collection, claim } of historianCoverage(batches)) {
      const key = `state-dept:${collection}:coverage`;
      const r = await store.importRecords(
        {
          key,
          kind: 'state-dept',
          url: HISTORIAN_URL[collection],
          outlet: HISTORIAN_OUTLET,
          published: null,
          title: `${collection}: coverage ${claim.since}..${claim.until}`,
        },
        [],
        [claim],
      );
      if (r.created) created++;
    }
  } finally {
    await store.close();
  }
  process.stdout.write(
    `${JSON.stringify({ files: batches.length, records: events, documents_created: created })}\n`,
  );
}
