import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

async function run(...args: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  const o = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  process.exitCode = 0;
  try {
    await main(['node', 'readout', 'knowledge', ...args]);
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { out, err, code };
}

const fixtures: string[] = [];
afterAll(() => fixtures.forEach((d) => rmSync(d, { recursive: true, force: true })));

function fixtureDir(lines: object[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'readout-knowledge-'));
  fixtures.push(dir);
  writeFileSync(join(dir, 'officials.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return dir;
}

afterEach(() => vi.restoreAllMocks());

describe('readout knowledge', () => {
  it('validate passes on the shipped knowledge and says what it counted', async () => {
    const r = await run('validate');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^\d+ officials, \d+ countries and organisations, \d+ terms, \d+ offices.*: valid$/m,
    );
  });

  it('validate --dir reports an overlap and exits 1 with a one-line message', async () => {
    const dir = fixtureDir([
      {
        id: 'wang-yi',
        name: 'Wang Yi',
        aliases: ['Wang'],
        country: 'CHN',
        terms: [
          {
            office: 'Foreign Minister',
            office_id: 'foreign_minister',
            start: '2013-03-16',
            end: '2022-12-30',
          },
          {
            office: 'State Councilor and Foreign Minister',
            office_id: 'foreign_minister',
            start: '2018-03-19',
            end: '2022-12-30',
          },
        ],
      },
    ]);
    const r = await run('validate', '--dir', dir, '--historian', join(dir, 'none'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--historian .*no president-travels folder/);
    const v = await run('validate', '--dir', dir, '--no-historian');
    expect(v.code).toBe(1);
    expect(v.out).toMatch(/^overlapping_terms\twang-yi\t/m);
    expect(v.err.trim()).toBe('readout: knowledge is not valid: 1 problem');
  });

  it('validate --format json gives the counts and the problems', async () => {
    const dir = fixtureDir([
      {
        id: 'x',
        name: 'X',
        aliases: [],
        country: 'XXX',
        terms: [{ office: 'P', office_id: 'head_of_state', start: '2001', end: null }],
      },
    ]);
    const r = await run('validate', '--dir', dir, '--format', 'json', '--no-historian');
    const body = JSON.parse(r.out) as {
      officials: number;
      problems: number;
      details: Array<{ kind: string }>;
    };
    expect(body.officials).toBe(1);
    expect(
      (JSON.parse(r.out) as { historian_trips_checked: number | null }).historian_trips_checked,
    ).toBeNull();
    expect(body.details.map((d) => d.kind)).toEqual(['unknown_country']);
    expect(r.code).toBe(1);
  });

  it('list --date shows who held office then, by country name', async () => {
    const r = await run('list', '--country', 'France', '--date', '2019-06-01');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Emmanuel Macron');
    expect(r.out).toContain('Jean-Yves Le Drian');
    expect(r.out).not.toContain('Nicolas Sarkozy');
  });

  it('search finds a transliteration and a given-name trap', async () => {
    const moon = await run('search', 'Moon Jae In', '--format', 'json');
    expect((JSON.parse(moon.out) as Array<{ id: string }>).map((o) => o.id)).toEqual(['moon-jae-in']);
    const xi = await run('search', 'Jinping');
    expect(xi.out).toContain('Xi Jinping');
  });

  it('names the line of a --dir officials.jsonl that is not JSON, exit 1', async () => {
    const dir = fixtureDir([]);
    writeFileSync(join(dir, 'officials.jsonl'), '{"id": "a"}\n{not json\n');
    const r = await run('validate', '--dir', dir, '--no-historian');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/officials\.jsonl:2: not JSON/);
  });

  it('rejects a bad date, country or format with exit 1', async () => {
    expect((await run('list', '--date', '2024-13')).code).toBe(1);
    expect((await run('list', '--country', 'Narnia')).code).toBe(1);
    expect((await run('list', '--format', 'xml')).code).toBe(1);
    expect((await run('validate', '--dir', '/nonexistent/readout')).code).toBe(1);
  });
});
