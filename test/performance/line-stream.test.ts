// readLines streams a batch file: the same lines, numbers and refusals as reading it whole.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBatch, parseBatchLine } from '../../src/ingest/jsonl.js';
import { readLines } from '../../src/ingest/line-stream.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function all(path: string): Promise<Array<[number, string]>> {
  const out: Array<[number, string]> = [];
  for await (const l of readLines(path)) out.push(l);
  return out;
}

describe('readLines', () => {
  it('numbers every line as split on \\n, blank ones included, and strips a leading BOM', async () => {
    const lines = await all(file('a.jsonl', '\ufeff{"id":1}\r\n\n{"id":2}\n{"id":3}'));
    expect(lines).toEqual([
      [1, '{"id":1}\r'],
      [2, ''],
      [3, '{"id":2}'],
      [4, '{"id":3}'],
    ]);
  });

  it('keeps lines whole across read chunks, and parses them as parseBatch parses the whole text', async () => {
    const long = 'x'.repeat(200_000);
    const text = [0, 1, 2, 3].map((i) => JSON.stringify({ id: `d${i}`, text: `${long} ${i} é` })).join('\n');
    const streamed = (await all(file('b.jsonl', text)))
      .map(([n, raw]) => parseBatchLine(raw, n))
      .filter((l) => l !== null);
    expect(streamed).toEqual(parseBatch(text));
    expect(streamed.map((l) => l.article?.text.endsWith(' é'))).toEqual([true, true, true, true]);
  });

  it('refuses an empty, a blank-only, a binary and a missing file with decode()’s messages', async () => {
    await expect(all(file('e.jsonl', ''))).rejects.toThrow(/e\.jsonl: empty file/);
    await expect(all(file('w.jsonl', ' \n\n  '))).rejects.toThrow(/w\.jsonl: empty file/);
    await expect(all(file('b.bin', Buffer.from([0x7b, 0x00, 0x7d, 0x0a])))).rejects.toThrow(
      /binary file, not text/,
    );
    await expect(all(join(dir, 'missing.jsonl'))).rejects.toThrow(/missing\.jsonl: no such file/);
    await expect(all(dir)).rejects.toThrow(/cannot read \(EISDIR\)/);
  });
});
