import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  collectFiles,
  decode,
  readFileDocuments,
  streamFileDocuments,
  stripTags,
} from '../../src/ingest/files.js';
import { parseBatch } from '../../src/ingest/jsonl.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-readers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseBatch', () => {
  it('reads good lines and names bad ones by line number', () => {
    const lines = parseBatch(
      [
        '{"id":"a","text":"Modi met Albanese in Sydney.","published":"2023-05-24","url":"https://x.example/a"}',
        '',
        '{"id":"b","text":',
        '["not","an","object"]',
        '{"id":"c","text":"   "}',
        '{"id":"d","text":"Text.","published":"24 May 2023"}',
        '{"id":7,"html":"<p>Page</p>"}',
        '{"text":"No id, undated."}',
      ].join('\n'),
      '2020-01-01',
    );
    expect(lines.map((l) => [l.line, l.id, l.error ? 'error' : 'ok'])).toEqual([
      [1, 'a', 'ok'],
      [3, null, 'error'],
      [4, null, 'error'],
      [5, 'c', 'error'],
      [6, 'd', 'error'],
      [7, '7', 'ok'],
      [8, null, 'ok'],
    ]);
    expect(lines[0].article).toMatchObject({ id: 'a', published: '2023-05-24', url: 'https://x.example/a' });
    expect(lines[2].error).toBe('not a JSON object');
    expect(lines[4].error).toMatch(/published.*YYYY-MM-DD/);
    expect(lines[5].html).toBe('<p>Page</p>');
    // A line without its own date takes the command's --published; without an id it is named by line.
    expect(lines[6].article).toMatchObject({ id: 'line-8', published: '2020-01-01' });
  });
});

describe('decode', () => {
  it('keeps valid UTF-8 and drops a byte-order mark', () => {
    expect(decode(new TextEncoder().encode('\ufeffLula met Xi in Beijing.'))).toEqual({
      text: 'Lula met Xi in Beijing.',
      warning: undefined,
    });
  });
  it('replaces invalid UTF-8 with a warning instead of failing', () => {
    const d = decode(Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' talks in Paris.')]));
    expect(d.text).toBe('Caf\ufffd talks in Paris.');
    expect(d.warning).toMatch(/invalid UTF-8/);
  });
  it('refuses empty and binary files', () => {
    expect(decode(new Uint8Array())).toEqual({ error: 'empty file' });
    expect(decode(Buffer.from(' \n\t '))).toEqual({ error: 'empty file' });
    expect(decode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])).error).toMatch(/binary/);
  });
});

describe('stripTags (the fallback HTML reader)', () => {
  it('keeps paragraph text and entities, drops scripts and markup', () => {
    const a = stripTags(
      '<html><head><title>T</title><script>var x=1</script></head><body><p>Macron &amp; Scholz met.</p><p>Talks&#8212;long.</p></body></html>',
    );
    expect(a.text).toBe('Macron & Scholz met.\nTalks—long.');
    expect(a.title).toBe('T');
  });
});

describe('collectFiles and readFileDocuments', () => {
  const tree = join(dir, 'tree');
  mkdirSync(join(tree, 'sub', 'deeper'), { recursive: true });
  writeFileSync(join(tree, 'a.txt'), 'Erdogan visited Baku on Monday.');
  writeFileSync(join(tree, 'sub', 'b.md'), '# Note\nRamaphosa called Lula.');
  writeFileSync(
    join(tree, 'sub', 'deeper', 'c.jsonl'),
    '{"id":"c1","text":"One."}\n{"id":"c2","text":"Two."}\n',
  );
  writeFileSync(join(tree, 'sub', 'image.png'), Buffer.from([0x89, 0x50, 0, 0]));
  writeFileSync(join(tree, '.hidden.txt'), 'hidden');
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'empty', 'readme.pdf'), 'x');

  it('walks folders recursively for document extensions only, in a stable order', () => {
    expect(collectFiles([tree]).map((f) => f.slice(tree.length + 1))).toEqual([
      'a.txt',
      'sub/b.md',
      'sub/deeper/c.jsonl',
    ]);
  });
  it('fails in one line on a missing path or a folder without documents', () => {
    expect(() => collectFiles([join(dir, 'nope.txt')])).toThrow(/nope\.txt: no such file or directory/);
    expect(() => collectFiles([join(dir, 'empty')])).toThrow(/no documents in this folder/);
  });
  it('reads a text file with the given publication date, and a batch line by line', async () => {
    const [t] = await readFileDocuments(join(tree, 'a.txt'), { published: '2024-02-05', cwd: dir });
    expect(t.name).toBe('tree/a.txt');
    expect(t.article).toMatchObject({
      id: 'tree/a.txt',
      text: 'Erdogan visited Baku on Monday.',
      published: '2024-02-05',
    });
    const batch = await readFileDocuments(join(tree, 'sub', 'deeper', 'c.jsonl'), { cwd: dir });
    expect(batch.map((d) => [d.name, d.article?.text])).toEqual([
      ['tree/sub/deeper/c.jsonl:1 (c1)', 'One.'],
      ['tree/sub/deeper/c.jsonl:2 (c2)', 'Two.'],
    ]);
  });
  it('reports an empty file as an error of that document', async () => {
    writeFileSync(join(dir, 'blank.txt'), '');
    const [d] = await readFileDocuments(join(dir, 'blank.txt'));
    expect(d.article).toBeUndefined();
    expect(d.error).toBe('empty file');
  });
  it('turns an HTML page into its text', async () => {
    writeFileSync(
      join(dir, 'page.html'),
      '<html><head><title>Summit</title></head><body><article><p>Modi and Biden held talks at the White House on Thursday, officials said, in a meeting lasting two hours.</p></article></body></html>',
    );
    const [d] = await readFileDocuments(join(dir, 'page.html'), { published: '2023-06-22' });
    expect(d.article?.text).toContain('Modi and Biden held talks at the White House');
    expect(d.article?.text).not.toContain('<p>');
    expect(d.article?.published).toBe('2023-06-22');
  });
});

describe('streamFileDocuments', () => {
  const all = async (file: string) => {
    const out = [];
    for await (const d of streamFileDocuments(file, { cwd: dir, published: '2021-03-04' })) out.push(d);
    return out;
  };
  const files = {
    'mixed.jsonl': [
      '{"id":"a","text":"Lula met Scholz in Brasilia."}',
      '',
      '{"id":"b",',
      '{"id":"c","html":"<p>Ramaphosa called Modi on Tuesday.</p>","url":"https://x.example/c"}',
      '{"id":"d","html":"<script>x()</script>"}',
      '["array"]',
      '{"id":"e","text":"Last line, no newline.","published":"2020-01-02"}',
    ].join('\n'),
    'blank-lines.jsonl': '\n\n  \n',
    'empty.jsonl': '',
    'binary.jsonl': Buffer.from([0x7b, 0, 1, 2, 0x7d]),
    'one.txt': 'Kagame visited Kinshasa on Monday.',
  };

  it.each(Object.keys(files))('reads %s as readFileDocuments does, one document at a time', async (name) => {
    const file = join(dir, 'stream', name);
    mkdirSync(join(dir, 'stream'), { recursive: true });
    writeFileSync(file, files[name as keyof typeof files]);
    expect(await all(file)).toEqual(await readFileDocuments(file, { cwd: dir, published: '2021-03-04' }));
  });

  it('names each batch line, reads its HTML and dates it', async () => {
    const docs = await all(join(dir, 'stream', 'mixed.jsonl'));
    expect(docs.map((d) => [d.name, d.article ? 'ok' : d.error])).toEqual([
      ['stream/mixed.jsonl:1 (a)', 'ok'],
      [expect.stringMatching(/^stream\/mixed\.jsonl:3/), expect.stringMatching(/not JSON/)],
      ['stream/mixed.jsonl:4 (c)', 'ok'],
      ['stream/mixed.jsonl:5 (d)', 'no text'],
      ['stream/mixed.jsonl:6', 'not a JSON object'],
      ['stream/mixed.jsonl:7 (e)', 'ok'],
    ]);
    expect(docs[2].article).toMatchObject({ id: 'c', url: 'https://x.example/c', published: '2021-03-04' });
    expect(docs[2].article?.text).toContain('Ramaphosa called Modi');
    expect(docs[5].article?.published).toBe('2020-01-02');
  });
});
