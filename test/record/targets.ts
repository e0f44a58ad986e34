// The two databases a record test runs over: a throwaway SQLite file and, when the server answers,
// a throwaway PostgreSQL database (skipped with the reason otherwise; see ../support/pg.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type RecordStore } from '../../src/record/store.js';
import { createPgDatabase, dropPgDatabase, pgAvailable } from '../support/pg.js';

export interface Target {
  name: string;
  skip: boolean;
  open: () => Promise<RecordStore>;
  done: () => Promise<void>;
}

export async function storeTargets(prefix: string): Promise<Target[]> {
  const pgOk = await pgAvailable();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let pgUrl = '';
  return [
    {
      name: 'sqlite',
      skip: false,
      open: () => openStore(join(dir, 'record.db')),
      done: async () => rmSync(dir, { recursive: true, force: true }),
    },
    {
      name: 'postgres',
      skip: !pgOk,
      open: async () => openStore((pgUrl ||= await createPgDatabase())),
      done: async () => {
        if (pgUrl) await dropPgDatabase(pgUrl);
      },
    },
  ];
}
