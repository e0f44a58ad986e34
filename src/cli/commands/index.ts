// Each command lives in its own file and registers itself here; add one line per command.
import type { Command } from 'commander';

const registrars: Array<(program: Command) => void> = [];

export function registerAll(program: Command): void {
  for (const register of registrars) register(program);
}
