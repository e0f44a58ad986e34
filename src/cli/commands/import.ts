// `readout import <source> …`: loads a dataset into the record. Each source is a subcommand in
// its own file; add one by importing its register function into `sources` below.
import type { Command } from 'commander';
import { registerImportFormats } from './import-formats.js';
import { register as stateDept } from './import-state-dept.js';

const sources: Array<(parent: Command) => void> = [stateDept, registerImportFormats];

export function register(program: Command): void {
  const parent = program
    .command('import')
    .description('Import a dataset into the record (merged with news like any document)');
  for (const add of sources) add(parent);
}
