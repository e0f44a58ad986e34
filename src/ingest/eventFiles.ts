// The I/O shell around the pure dataset readers in src/formats: reads an event file (a Readout
// export as JSONL or CSV, ICEWS TSV, a GDELT 2.0 export) and stores it through the Store.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { badInput } from '../errors.js';
import type { RecordBatch, Skipped } from '../formats/batches.js';
import { csvToEvents } from '../formats/eventCsv.js';
import { readGdelt } from '../formats/gdelt.js';
import { readIcews } from '../formats/icews.js';
import { jsonlToEvents } from '../formats/jsonl.js';
import { checkEvent } from '../formats/validate.js';
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { Store } from '../record/types.js';
import type { ExchangeEvent } from '../types.js';

export type EventFileKind = 'jsonl' | 'csv' | 'icews' | 'gdelt';

export interface ImportSummary {
  rows: number;
  documents: number;
  /** Documents stored now (the others were stored by an earlier import of the same file). */
  created: number;
  events: number;
  added: number;
  merged: number;
  skipped: Skipped[];
}

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw badInput(e.code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${e.message}`);
  }
}

/**
 * Rebuilds the documents an export's events came from: each source becomes an import document
 * (keyed by its original document id, so importing twice adds nothing) holding the events it
 * tells with its own evidence. The store then merges each exchange's tellings back into one event
 * with all its sources. Events without sources (`extract` output) get one document per article they name, or one for the file.
 */
export function exportBatches(events: ExchangeEvent[], fileKey: string): RecordBatch[] {
  const docs = new Map<string, RecordBatch>();
  const add = (key: string, meta: Omit<RecordBatch, 'key' | 'events'>, e: ExchangeEvent) => {
    let doc = docs.get(key);
    if (!doc) docs.set(key, (doc = { key, ...meta, events: [] }));
    doc.events.push(e);
  };
  for (const e of events) {
    const { id: _id, sources, article, trace: _trace, ...base } = e;
    void _id;
    void _trace;
    if (sources?.length) {
      for (const s of sources)
        add(
          s.document,
          { url: s.url ?? null, outlet: s.outlet ?? null, published: s.published ?? null, title: null },
          {
            ...base,
            evidence: s.evidence ?? [],
          },
        );
    } else {
      // `extract --batch` output names each event's article: one document per article, so two
      // articles telling one exchange merge into one event with two sources.
      const key = article ? `${fileKey}:${article}` : fileKey;
      add(key, { url: null, outlet: null, published: null, title: key }, base);
    }
  }
  return [...docs.values()];
}

function parseEvents(kind: 'jsonl' | 'csv', text: string, file: string): ExchangeEvent[] {
  try {
    const raw = kind === 'jsonl' ? jsonlToEvents(text) : csvToEvents(text);
    return raw.map((e, i) => checkEvent(e, kind === 'jsonl' ? `event ${i + 1}` : `row ${i + 2}`));
  } catch (err) {
    if (err instanceof SyntaxError) throw badInput(`${file}: ${err.message}`);
    throw err;
  }
}

export async function importEventFile(
  store: Store,
  kind: EventFileKind,
  file: string,
  kb: KnowledgeIndex,
): Promise<ImportSummary> {
  const text = readText(file);
  let batches: RecordBatch[];
  let rows: number;
  let skipped: Skipped[] = [];
  // Documents rebuilt from an export keep one kind whatever its format, so importing the same
  // record as JSONL and as CSV stores its documents once.
  let docKind: string = kind;
  if (kind === 'jsonl' || kind === 'csv') {
    const events = parseEvents(kind, text, file);
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
    batches = exportBatches(events, `${kind}:${basename(file)}:${hash}`);
    rows = events.length;
    docKind = 'export';
  } else {
    const read = kind === 'icews' ? readIcews : readGdelt;
    let r;
    try {
      r = read(text, { kb, codes: kb.knowledge.codes });
    } catch (err) {
      if (err instanceof SyntaxError) throw badInput(`${file}: ${err.message}`);
      throw err;
    }
    batches = r.batches;
    rows = r.rows;
    skipped = r.skipped;
  }
  const sum: ImportSummary = {
    rows,
    documents: batches.length,
    created: 0,
    events: 0,
    added: 0,
    merged: 0,
    skipped,
  };
  for (const b of batches) {
    const kindOf = docKind === 'export' && b.key.startsWith(`${kind}:`) ? kind : docKind;
    const r = await store.importRecords(
      { key: b.key, kind: kindOf, url: b.url, outlet: b.outlet, published: b.published, title: b.title },
      b.events,
    );
    if (!r.created) continue;
    sum.created++;
    sum.events += b.events.length;
    const counts = r as { added?: number; merged?: number };
    sum.added += counts.added ?? 0;
    sum.merged += counts.merged ?? 0;
  }
  return sum;
}
