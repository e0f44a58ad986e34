// Each command lives in its own file and registers itself here; add one line per command.
import type { Command } from 'commander';
import { register as ask } from './ask.js';
import { register as check } from './check.js';
import { register as importCmd } from './import.js';
import { register as exportCmd } from './export.js';
import { register as evaluate } from './eval.js';
import { register as extract } from './extract.js';
import { register as ingest } from './ingest.js';
import { register as knowledge } from './knowledge.js';
import { register as migrate } from './migrate.js';
import { register as serve } from './serve.js';
import { register as stats } from './stats.js';
import { register as timeline } from './timeline.js';
import { register as worker } from './worker.js';

const registrars: Array<(program: Command) => void> = [extract, evaluate, ingest, timeline, stats, migrate, worker, serve, knowledge, exportCmd, ask, check, importCmd];

export function registerAll(program: Command): void {
  for (const register of registrars) register(program);
}
