// The seed story end to end through the real pipeline: extract() → checkClaims(), scored the way
// ../shared/tools/score-claims scores (a finding belongs to a claim when their spans overlap; every
// finding on a claim must carry the expected verdict). With the Office of the Historian's trips as
// the record, the verdicts "with history" apply. Skips when ../shared is absent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkClaims, type Finding } from '../../src/analysis/check.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { extract } from '../../src/pipeline/extract.js';
import { historianCoverage, parseHistorianFile, readStateDeptDir } from '../../src/ingest/state-dept.js';
import { hasShared, SHARED } from './helpers.js';

interface ExpectedClaim {
  id: string;
  spans: Array<[number, number]>;
  verdict: string;
  verdict_with_history?: string;
}

function score(claims: ExpectedClaim[], findings: Finding[], history: boolean): string[] {
  const wrong: string[] = [];
  for (const c of claims) {
    const want = (history && c.verdict_with_history) || c.verdict;
    const hits = findings.filter((f) => c.spans.some(([s, e]) => f.claim.start < e && f.claim.end > s));
    if (!hits.length || hits.some((f) => f.verdict !== want))
      wrong.push(`${c.id}: want ${want}, got ${hits.map((h) => h.verdict).join(',') || 'nothing'}`);
  }
  return wrong;
}

describe.skipIf(!hasShared)('seed story (real pipeline)', () => {
  const seed = join(SHARED, 'data', 'seed');
  // vitest runs a skipped describe's body to list its tests: read ../shared only when it is here.
  const text = hasShared ? readFileSync(join(seed, 'article.txt'), 'utf8') : '';
  const claims = (hasShared ? readFileSync(join(seed, 'claims.jsonl'), 'utf8') : '')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ExpectedClaim);
  const kb = loadKnowledge();
  const article = { id: 'seed', text, published: '2023-06-18' };

  it('gets every claim right with an empty record', () => {
    const x = extract(article, kb);
    const findings = checkClaims({ article, articleEvents: x.events, articleCoverage: x.coverage, kb });
    expect(score(claims, findings, false)).toEqual([]);
  });

  it('gets every claim right with the Office of the Historian as the record', () => {
    const x = extract(article, kb);
    const batches = readStateDeptDir(join(SHARED, 'data', 'anchors', 'state-dept-historian')).map((f) =>
      parseHistorianFile(kb, f),
    );
    const findings = checkClaims({
      article,
      articleEvents: x.events,
      articleCoverage: x.coverage,
      recordEvents: batches.flatMap((b) => b.events),
      recordCoverage: historianCoverage(batches).map((c) => c.claim),
      kb,
    });
    expect(score(claims, findings, true)).toEqual([]);
    const c1 = findings.find((f) => f.kind === 'first_in_period');
    expect(c1?.explanation).toMatch(/2018-10-08.*4 years 8 months/);
  });
});
