import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHistorianVisits } from '../../src/knowledge/historian-trips.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

// A second, independent check of term dates: the Office of the Historian's record of foreign
// leaders' visits to the US. A visitor the knowledge names must be in office on the visit's date
// (visits made as president-elect or designate excepted).
const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const visitsDir = join(repo, '..', 'shared', 'data', 'anchors', 'state-dept-historian', 'visits', 'data');

// Errors in the source, not in the knowledge.
const SOURCE_ERRORS = new Set([
  // Viet Nam's prime minister in May 2022 was Pham Minh Chinh; Nguyen Tan Dung left office in 2016.
  '2022-05-12 Prime Minister Nguyen Tan Dung',
  // The same US-ASEAN summit: Laos sent Prime Minister Phankham Viphavanh; Choummaly Sayasone left office in 2016.
  '2022-05-12 President Choummaly Sayasone',
]);
const HONORIFICS = [
  'his majesty',
  'her majesty',
  'his royal highness',
  'sheikh',
  'dr.',
  'general',
  'interim',
  'acting',
  'transitional',
  'amir',
  'crown',
  'federal',
  'chairman',
];

describe('Historian visits of foreign leaders', () => {
  const kb = loadKnowledge();
  const prefixes = [...kb.officePhrases, ...HONORIFICS].sort((a, b) => b.length - a.length);
  const nameOf = (visitor: string): string => {
    let s = visitor
      .replace(/\s*\(.*?\)\s*/g, ' ')
      .replace(/,.*$/, '')
      .trim();
    for (
      let p = prefixes.find((x) => s.toLowerCase().startsWith(`${x} `));
      p;
      p = prefixes.find((x) => s.toLowerCase().startsWith(`${x} `))
    ) {
      s = s.slice(p.length + 1).trim();
    }
    return s;
  };

  it('strips titles the way the check needs', () => {
    expect(nameOf('Prime Minister Kyriakos Mitsotakis')).toBe('Kyriakos Mitsotakis');
    expect(nameOf('Amir Sheikh Tamim bin Hamad Al Thani')).toBe('Tamim bin Hamad Al Thani');
    expect(nameOf('President Lee Myung-bak, accompanied by')).toBe('Lee Myung-bak');
  });

  it('finds every visitor it knows in office on the day of the visit', (ctx) => {
    if (!existsSync(visitsDir)) {
      console.warn(`skipped: ${visitsDir} is absent`);
      ctx.skip();
      return;
    }
    const visits = readdirSync(visitsDir)
      .filter((f) => f.endsWith('.xml'))
      .flatMap((f) => parseHistorianVisits(readFileSync(join(visitsDir, f), 'utf8')))
      .filter((v) => v.start >= '2000-01-01' && !/elect|designate/i.test(v.visitor));
    let known = 0;
    const outside: string[] = [];
    for (const v of visits) {
      const name = nameOf(v.visitor);
      if (!kb.officialsByAlias(name).length) continue;
      known++;
      if (!kb.officialsByAliasAt(name, v.start).length && !SOURCE_ERRORS.has(`${v.start} ${v.visitor}`)) {
        outside.push(`${v.start} ${v.visitor} (${v.from})`);
      }
    }
    expect(outside).toEqual([]);
    // The check reached most of the record, so passing means something.
    expect(known).toBeGreaterThan(900);
  });
});
