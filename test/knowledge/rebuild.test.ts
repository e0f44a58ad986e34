import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The committed tables are what the builders make from the curated files and the anchors: a hand
// edit to a generated file that the sources do not carry would be lost at the next rebuild.
const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const anchors = join(repo, '..', 'shared', 'data', 'anchors');

describe('generated knowledge files', () => {
  for (const [script, file] of [
    ['build-officials.mjs', 'officials.jsonl'],
    ['build-codes.mjs', 'codes.json'],
  ]) {
    it(`${file} is in step with tools/knowledge/${script}`, (ctx) => {
      if (!existsSync(anchors)) {
        console.warn(`skipped: ${anchors} is absent`);
        ctx.skip();
        return;
      }
      const dir = mkdtempSync(join(tmpdir(), 'readout-rebuild-'));
      const out = join(dir, file);
      try {
        execFileSync(process.execPath, [join(repo, 'tools', 'knowledge', script), anchors, '--out', out], {
          stdio: 'pipe',
        });
        expect(readFileSync(out, 'utf8') === readFileSync(join(repo, 'knowledge', file), 'utf8')).toBe(true);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
