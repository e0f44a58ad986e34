// Where ../shared is (the design's data, gold files, schemas and scorers); tests that need it skip
// with a message when it is absent.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = join(ROOT, '..', 'shared');
export const hasShared = existsSync(join(SHARED, 'data', 'seed', 'gold.jsonl'));
export const sharedSkipReason = `../shared not found beside the repository (${SHARED}); skipping tests that read its gold files`;

export function readJsonl<T = Record<string, unknown>>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}
