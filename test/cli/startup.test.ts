// Commands load their heavy modules (database drivers, the pipeline, the HTTP server) only when they
// run, so `readout --help` and small commands start fast; and `extract --batch` runs in a child with
// a capped heap, printing exactly what an uncapped run prints.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cliIn, ROOT_DIR } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Printed at exit: the CommonJS packages the process loaded (ESM imports of them fill the same cache).
const REPORT = `data:text/javascript,${encodeURIComponent(
  "import { createRequire } from 'node:module';" +
    "process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify(Object.keys(createRequire('/').cache))));",
)}`;

function packagesLoaded(...args: string[]): Promise<{ code: number | null; packages: Set<string> }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', REPORT, BIN, ...args], {
      cwd: dir,
      env: { ...process.env, READOUT_DB: '', READOUT_DEBUG: '' },
    });
    let err = '';
    child.stdout.resume();
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', fail);
    child.on('close', (code) => {
      const files = JSON.parse(err.split('\nLOADED ').pop() ?? '[]') as string[];
      const packages = new Set(
        files.map((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1]).filter((p): p is string => !!p),
      );
      done({ code, packages });
    });
  });
}

const HEAVY = ['better-sqlite3', 'pg', 'fastify', 'wink-nlp', 'pg-boss'];

describe('start-up', () => {
  it('loads no database driver, pipeline or server for help and usage errors', async () => {
    for (const args of [
      ['--help'],
      ['extract', '--help'],
      ['serve', '--help'],
      ['ask', 'silence', '--help'],
      ['timeline'],
    ]) {
      const r = await packagesLoaded(...args);
      expect(r.packages.has('commander'), args.join(' ')).toBe(true);
      for (const p of HEAVY) expect(r.packages.has(p), `${args.join(' ')} loaded ${p}`).toBe(false);
    }
  });

  it('still loads what a command needs when it runs', async () => {
    const r = await packagesLoaded('stats', '--db', join(dir, 'fresh.db'));
    expect(r.code).toBe(0);
    expect(r.packages.has('better-sqlite3')).toBe(true);
    expect(r.packages.has('wink-nlp')).toBe(false);
  });
});

describe('extract --batch under a capped heap', () => {
  const readout = cliIn(dir);
  const batch = join(dir, 'batch.jsonl');
  writeFileSync(
    batch,
    [
      {
        id: 'a',
        text: 'Foreign Minister Wang Yi visited Moscow on 3 May 2023 and met Sergei Lavrov.',
        published: '2023-05-04',
      },
      { id: 'b', text: 'not json' },
      { id: 'c', text: 'Nothing happened.', published: '2023-05-04' },
    ]
      .map((l, i) => (i === 1 ? '{"id": "b", "text": ' : JSON.stringify(l)))
      .join('\n'),
  );

  it('prints what an uncapped run prints, with the same exit code and messages', async () => {
    const capped = await readout('extract', '--batch', batch);
    const plain = await new Promise<{ code: number | null; out: string; err: string }>((done) => {
      const child = spawn(process.execPath, [BIN, 'extract', '--batch', batch], {
        cwd: dir,
        env: { ...process.env, READOUT_HEAP_MB: '0', READOUT_DB: '' },
      });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      child.on('close', (code) => done({ code, out, err }));
    });
    expect(capped.out).toContain('"article":"a"');
    expect(capped).toEqual(plain);
    expect(capped.code).toBe(1);
  });

  it('refuses a heap size that is not a whole number', async () => {
    const r = await new Promise<{ code: number | null; err: string }>((done) => {
      const child = spawn(process.execPath, [BIN, 'extract', '--batch', batch], {
        cwd: ROOT_DIR,
        env: { ...process.env, READOUT_HEAP_MB: 'lots' },
      });
      let err = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      child.on('close', (code) => done({ code, err }));
    });
    expect(r.code).toBe(1);
    expect(r.err).toBe('readout: READOUT_HEAP_MB must be a whole number of MiB, not "lots"\n');
  });
});
