// The one place that turns errors into exit codes: commands throw, main() decides what the user sees.
import { Command, CommanderError } from 'commander';
import { ReadoutError } from '../errors.js';
import { registerAll } from './commands/index.js';

export async function main(argv: string[]): Promise<void> {
  // `readout timeline … | head`: a reader that stops early is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const program = new Command();
  program
    .name('readout')
    .description('Turn news text into a sourced record of high-level diplomatic exchanges.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerAll(program);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    process.exitCode = reportError(err);
  }
}

/** Prints one line for the user and returns the exit code. Stack traces only with READOUT_DEBUG. */
export function reportError(err: unknown): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0) return 0;
    return 1; // commander has already printed its one-line message
  }
  if (err instanceof ReadoutError) {
    process.stderr.write(`readout: ${err.message}\n`);
    return err.exitCode;
  }
  const e = err as NodeJS.ErrnoException;
  if (process.env.READOUT_DEBUG) process.stderr.write(`${e?.stack ?? String(err)}\n`);
  process.stderr.write(`readout: internal error: ${e?.message ?? String(err)}\n`);
  return 2;
}
