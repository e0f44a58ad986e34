// Reads what the pure questions and the claim check need from the record: events and the sources'
// coverage. Read-only: it never creates a database or applies migrations.
import { existsSync } from 'node:fs';
import { badInput, dbError } from '../errors.js';
import { defaultSpec, openStore, type RecordStore } from '../record/store.js';
import type { CoverageClaim, ExchangeEvent } from '../types.js';

export interface Material {
  events: ExchangeEvent[];
  coverage: CoverageClaim[];
}

/** Runs fn on the record at spec, opened read-only: it never creates a database or migrates one. */
export async function withRecord<T>(
  spec: string | undefined,
  fn: (store: RecordStore) => Promise<T>,
): Promise<T> {
  const target = spec || defaultSpec();
  if (!/^postgres(ql)?:\/\//.test(target) && target !== ':memory:' && !existsSync(target)) {
    throw badInput(`no record at ${target} (create one with readout ingest or readout import)`);
  }
  const store = await openStore(target, { migrate: false });
  try {
    // Reading never upgrades a record: an older one is named, with the command that upgrades it.
    const pending = (await store.migrations()).filter((m) => !m.applied);
    if (pending.length)
      throw dbError(`the record at ${target} needs an upgrade first: run readout migrate --db ${target}`);
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Events (every status) of the given countries, or all, with every coverage claim. */
export async function readMaterial(spec: string | undefined, countries: string[] = []): Promise<Material> {
  return withRecord(spec, async (store) => {
    const events = countries.length
      ? dedupe(
          (await Promise.all(countries.map((c) => store.events({ countries: [c], status: 'all' })))).flat(),
        )
      : await store.events({ status: 'all' });
    return { events, coverage: await store.coverage() };
  });
}

function dedupe(events: ExchangeEvent[]): ExchangeEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => !e.id || (!seen.has(e.id) && seen.add(e.id)));
}
