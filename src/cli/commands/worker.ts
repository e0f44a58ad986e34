// `readout worker --db postgres://…`: takes queued documents until stopped (or idle, with --idle-exit).
// Run as many as you like, on as many machines as reach the database.
import type { Command } from 'commander';
import { usage } from '../../errors.js';

interface WorkerFlags {
  db?: string;
  concurrency: string;
  idleExit?: string;
  poll: string;
  verbose?: boolean;
  quiet?: boolean;
}

function positive(name: string, raw: string, allowZero = false): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0))
    throw usage(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} number, got "${raw}"`);
  return n;
}

export function register(program: Command): void {
  program
    .command('worker')
    .description(
      'Take documents queued by `ingest --queue`, extract and store them; run one per core, on any machine',
    )
    .option('--db <url>', 'PostgreSQL URL of the record and its queue (default $READOUT_DB)')
    .option('--concurrency <n>', 'documents handled at once by this process', '1')
    .option(
      '--idle-exit <seconds>',
      'exit once the queue has been empty (nothing waiting or running) this long',
    )
    .option('--poll <seconds>', 'pause between looks at an empty queue', '1')
    .option('--verbose', 'also print a line when each document is taken')
    .option('--quiet', 'print only the summary at exit')
    .action(async (flags: WorkerFlags) => {
      const concurrency = positive('--concurrency', flags.concurrency);
      if (!Number.isInteger(concurrency))
        throw usage(`--concurrency must be a whole number, got "${flags.concurrency}"`);
      const idleExitSeconds =
        flags.idleExit === undefined ? null : positive('--idle-exit', flags.idleExit, true);
      const pollSeconds = positive('--poll', flags.poll);
      if (pollSeconds < 0.5) throw usage('--poll must be at least 0.5 seconds');

      // First signal: finish the documents in hand, then exit. Second: exit now (the queue retries them).
      const stop = new AbortController();
      const onSignal = (sig: NodeJS.Signals) => {
        if (stop.signal.aborted) process.exit(130);
        process.stderr.write(`readout worker: ${sig}: stopping after the documents in hand\n`);
        stop.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);

      const { runWorker } = await import('../../workers/worker.js');
      const summary = await runWorker({
        db: flags.db,
        concurrency,
        idleExitSeconds,
        pollSeconds,
        signal: stop.signal,
        verbose: !!flags.verbose,
        onReady: (db) => process.stderr.write(`readout worker: ready, taking documents queued at ${db}\n`),
        log: flags.quiet ? undefined : (line) => process.stdout.write(`${line}\n`),
      }).finally(() => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      });
      process.stderr.write(
        `readout worker: ${summary.stored} stored, ${summary.existing} already stored, ${summary.failed} failed in ${summary.seconds.toFixed(1)} s\n`,
      );
    });
}
