// Each command lives in its own file and registers itself here; add one line per command.
import type { Command } from 'commander';
import { register as worker } from './worker.js';

const registrars: Array<(program: Command) => void> = [worker];

export function registerAll(program: Command): void {
  for (const register of registrars) register(program);
}
