// Each command lives in its own file and registers itself here; add one line per command.
import type { Command } from 'commander';
import { register as exportCmd } from './export.js';
import { register as serve } from './serve.js';
import { register as worker } from './worker.js';

const registrars: Array<(program: Command) => void> = [worker, serve, exportCmd];

export function registerAll(program: Command): void {
  for (const register of registrars) register(program);
}
