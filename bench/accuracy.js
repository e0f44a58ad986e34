#!/usr/bin/env node
// Bench: the seed and dev strict F1 (../shared/tools/score-events over `readout extract` output),
// printed beside the speed figures so a speed-up never silently costs accuracy. Not a test.
// Needs `npm run build` and ../shared (skipped with a message when it is absent).
//
//   node bench/accuracy.js
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SHARED, fmt, report } from './lib/common.js';

const SCORER = join(SHARED, 'tools', 'score-events');
const SETS = [
  {
    name: 'seed',
    gold: join(SHARED, 'data', 'seed', 'gold.jsonl'),
    args: [join(SHARED, 'data', 'seed', 'article.txt'), '--published', '2023-06-18'],
  },
  {
    name: 'dev',
    gold: join(SHARED, 'data', 'dev', 'gold.jsonl'),
    args: ['--batch', join(SHARED, 'data', 'dev', 'batch.jsonl')],
  },
];

if (!existsSync(SCORER)) {
  console.log('accuracy: skipped, ../shared/tools/score-events is absent');
  report('accuracy', { skipped: true });
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'readout-accuracy-'));
const out = {};
try {
  for (const s of SETS) {
    const pred = join(dir, `${s.name}.jsonl`);
    const events = execFileSync(
      process.execPath,
      [join(ROOT, 'bin', 'readout.js'), 'extract', ...s.args, '--format', 'jsonl'],
      {
        cwd: ROOT,
        maxBuffer: 1 << 26,
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    writeFileSync(pred, events);
    // The scorer prints its JSON, then a closing "strict_f1=…" line.
    const printed = execFileSync(SCORER, [s.gold, pred, '--json'], { cwd: ROOT }).toString();
    const score = JSON.parse(printed.slice(0, printed.lastIndexOf('}') + 1));
    out[s.name] = {
      strict_f1: score.strict.f1,
      core_f1: score.core.f1,
      gold: score.gold,
      predicted: score.predicted,
    };
    console.log(
      `${s.name.padEnd(5)} strict F1 ${fmt(score.strict.f1, 3)}  (core F1 ${fmt(score.core.f1, 3)}; gold ${score.gold}, predicted ${score.predicted}, status ${score.status})`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
report('accuracy', out);
