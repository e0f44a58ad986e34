// Bad input through the built CLI (`node bin/readout.js …`; run `npm run build` first): each case
// gets one line naming the problem and its exit code (1 bad input, 2 database or resource), never
// a stack trace, and what can still be read is read.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR as root, runCli, type CliResult as Run } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-bad-'));

function readout(args: string[], as: { uid?: number; gid?: number } = {}): Promise<Run> {
  return runCli(dir, args, as);
}

/** The run failed with `code` and said exactly one thing, in one line, matching `message`. */
function failsWith(r: Run, code: number, message: RegExp) {
  expect(r.err).not.toMatch(/\n\s+at |Error:|internal error/); // no stack trace, nothing unexpected
  expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  expect(r.err).toMatch(/^readout: /);
  expect(r.err).toMatch(message);
  expect(r.code).toBe(code);
}

const STORY =
  'US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday.\n';
const write = (name: string, data: string | Uint8Array) => writeFileSync(join(dir, name), data);

beforeAll(() => {
  if (!existsSync(join(root, 'dist/cli/main.js')))
    throw new Error('dist/ is missing: run `npm run build` before these tests');
  write('story.txt', STORY);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('files that are not there or not documents', () => {
  it('a missing file or folder', async () => {
    failsWith(await readout(['extract', 'nowhere.txt']), 1, /nowhere\.txt: no such file/);
    failsWith(await readout(['ingest', 'nowhere', '--db', 'x.db']), 1, /nowhere: no such file or directory/);
    expect(existsSync(join(dir, 'x.db'))).toBe(false); // nothing created for a command that failed
  });

  it('a folder with no documents in it', async () => {
    mkdirSync(join(dir, 'empty-folder/sub'), { recursive: true });
    write('empty-folder/notes.pdf', 'not a document extension');
    failsWith(
      await readout(['ingest', 'empty-folder', '--db', 'x.db']),
      1,
      /empty-folder: no documents in this folder/,
    );
    failsWith(await readout(['extract', 'empty-folder']), 1, /empty-folder: is a folder/);
  });

  it('a binary file', async () => {
    write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    failsWith(await readout(['extract', 'image.txt']), 1, /image\.txt: binary file, not text/);
  });

  it('an empty file, and one of only white space', async () => {
    write('empty.txt', '');
    write('blank.md', ' \n\t\r\n');
    failsWith(await readout(['extract', 'empty.txt']), 1, /empty\.txt: empty file/);
    failsWith(await readout(['extract', 'blank.md']), 1, /blank\.md: empty file/);
  });
});

describe('text that is damaged but readable', () => {
  it('invalid UTF-8 is decoded with replacement characters, reported, and still extracted', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('Caf'),
      Buffer.from([0xe9, 0xff]),
      Buffer.from(` talk. ${STORY}`),
    ]);
    write('latin1.txt', latin1);
    const r = await readout(['extract', 'latin1.txt', '--published', '2023-06-20']);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'readout: latin1.txt: invalid UTF-8; undecodable bytes were replaced with U+FFFD',
    );
    const events = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { evidence: Array<{ text: string }> });
    expect(events.length).toBeGreaterThan(0);
    expect(events[0].evidence[0].text).toContain('Blinken');
  });

  it('malformed JSONL lines are named by line number while the rest are extracted', async () => {
    write(
      'batch.jsonl',
      [
        JSON.stringify({ id: 'good-1', text: STORY, published: '2023-06-20' }),
        '{"id": "cut-off", "text": "Biden called',
        '["an", "array"]',
        '',
        JSON.stringify({ id: 'no-text', text: '   ' }),
        JSON.stringify({ id: 'bad-day', text: STORY, published: 'June 5' }),
        JSON.stringify({ id: 'good-2', html: `<p>${STORY}</p>`, published: '2023-06-21' }),
        JSON.stringify({ id: 'no-such-day', text: STORY, published: '2023-02-30' }),
      ].join('\n'),
    );
    const r = await readout(['extract', '--batch', 'batch.jsonl']);
    expect(r.code).toBe(1); // some lines failed
    const errors = r.err.trimEnd().split('\n');
    expect(errors).toEqual([
      expect.stringMatching(/^readout: batch\.jsonl:2: not JSON/),
      'readout: batch.jsonl:3: not a JSON object',
      'readout: batch.jsonl:5 (no-text): needs a non-empty "text" or "html"',
      'readout: batch.jsonl:6 (bad-day): "published" must be YYYY-MM-DD, not "June 5"',
      'readout: batch.jsonl:8 (no-such-day): "published" must be YYYY-MM-DD, not "2023-02-30"',
    ]);
    const articles = r.out
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { article: string }).article);
    expect(new Set(articles)).toEqual(new Set(['good-1', 'good-2']));
  });

  it('a 20 MB single line is read through (a broken batch line named, not a hang or a crash)', async () => {
    // Extraction time against size is bench/linear-line.js; here the reader meets the size.
    const huge = `{"id": "huge", "text": "${'Blinken met Wang Yi in Beijing. '.repeat(655_360)}`; // 20 MiB, no closing quote
    write(
      'huge.jsonl',
      `${huge}\n${JSON.stringify({ id: 'small', text: STORY, published: '2023-06-20' })}\n`,
    );
    const r = await readout(['extract', '--batch', 'huge.jsonl']);
    expect(r.code).toBe(1);
    expect(r.err.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^readout: huge\.jsonl:1: not JSON \(/),
    ]);
    expect(r.err.length).toBeLessThan(300); // the message names the line; it does not echo 20 MB
    expect(r.out).toContain('"article":"small"');
  });

  it('deeply nested HTML is read without exhausting the stack', async () => {
    const depth = 50_000;
    write(
      'deep.html',
      `<html><body>${'<div>'.repeat(depth)}<p>${STORY}</p>${'</div>'.repeat(depth)}</body></html>`,
    );
    const r = await readout(['extract', 'deep.html', '--published', '2023-06-20']);
    expect(r.err).not.toMatch(/internal error|RangeError|Maximum call stack/);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Blinken');
  });
});

describe('arguments that cannot be right', () => {
  it('an impossible publication date', async () => {
    failsWith(
      await readout(['extract', 'story.txt', '--published', '2023-02-30']),
      1,
      /--published must be a date YYYY-MM-DD, not "2023-02-30"/,
    );
    failsWith(
      await readout(['ingest', 'story.txt', '--published', '2023-13-01', '--db', 'x.db']),
      1,
      /--published/,
    );
    expect(existsSync(join(dir, 'x.db'))).toBe(false);
  });

  it('an impossible period for timeline, export and ask', async () => {
    const db = 'dates.db';
    expect((await readout(['ingest', 'story.txt', '--published', '2023-06-20', '--db', db])).code).toBe(0);
    failsWith(
      await readout(['timeline', 'USA', 'CHN', '--since', '2023-02-30', '--db', db]),
      1,
      /since .*"2023-02-30"/,
    );
    failsWith(await readout(['timeline', 'USA', '--until', '2023-13', '--db', db]), 1, /until .*"2023-13"/);
    failsWith(
      await readout(['export', '--format', 'jsonl', '--since', '2023-04-31', '--db', db]),
      1,
      /"2023-04-31"/,
    );
    failsWith(
      await readout(['ask', 'silence', 'USA', 'CHN', '--since', '2023-02-29', '--db', db]),
      1,
      /--since .*"2023-02-29"/,
    );
    // A real leap day is a day.
    expect((await readout(['timeline', 'USA', '--until', '2024-02-29', '--db', db])).code).toBe(0);
  });

  it('an unknown country name', async () => {
    failsWith(await readout(['timeline', 'Narnia', '--db', 'dates.db']), 1, /unknown country "Narnia"/);
    failsWith(
      await readout(['timeline', 'USA', 'Narnia', '--db', 'dates.db']),
      1,
      /unknown country "Narnia"/,
    );
  });
});

describe('a database that cannot be used', () => {
  it('a file that is not a database: exit 2, naming the file', async () => {
    write('corrupt.db', `SQLite format 3\0${'garbage page '.repeat(400)}`);
    write('text.db', 'just some notes, not a database at all '.repeat(50));
    for (const db of ['corrupt.db', 'text.db']) {
      failsWith(
        await readout(['ingest', 'story.txt', '--db', db]),
        2,
        new RegExp(`${db.replace('.', '\\.')}`),
      );
      failsWith(await readout(['timeline', 'USA', '--db', db]), 2, /database/);
      failsWith(await readout(['stats', '--db', db]), 2, /database/);
    }
  });

  it('a database the user may not write: exit 2, nothing half-done', async () => {
    // root writes through file modes, so the CLI runs as an unprivileged user when the test is root.
    const asOther = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    mkdirSync(join(dir, 'ro'));
    expect(
      (await readout(['ingest', 'story.txt', '--published', '2023-06-20', '--db', 'ro/record.db'])).code,
    ).toBe(0);
    write('other.txt', 'French President Emmanuel Macron visited Beijing on Thursday.\n');
    chmodSync(join(dir, 'ro/record.db'), 0o444);
    chmodSync(join(dir, 'ro'), 0o555);
    chmodSync(dir, 0o755);
    try {
      const r = await readout(
        ['ingest', 'other.txt', '--published', '2023-04-06', '--db', 'ro/record.db'],
        asOther,
      );
      failsWith(r, 2, /ro\/record\.db/);
      const stats = await readout(['stats', '--db', 'ro/record.db', '--format', 'json']);
      expect(JSON.parse(stats.out)).toMatchObject({ documents: 1 });
    } finally {
      chmodSync(join(dir, 'ro'), 0o755);
    }
  });
});
