// `readout migrate`: applies pending schema migrations explicitly (other commands do it on open),
// for teams that upgrade a shared PostgreSQL record at a moment of their choosing.
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('migrate')
    .description('Bring the database schema up to date')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default $READOUT_DB or ./readout.db)')
    .action(async (flags: { db?: string }) => {
      const { openStore } = await import('../../record/store.js');
      const store = await openStore(flags.db, { migrate: false });
      try {
        const applied = await store.applyMigrations();
        const total = (await store.migrations()).length;
        process.stdout.write(
          applied.length
            ? `${store.label}: applied ${applied.join(', ')} (${total} migrations in all)\n`
            : `${store.label}: up to date (${total} migrations)\n`,
        );
      } finally {
        await store.close();
      }
    });
}
