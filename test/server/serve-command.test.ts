import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { register } from '../../src/cli/commands/serve.js';
import { ReadoutError } from '../../src/errors.js';

async function run(args: string[]): Promise<unknown> {
  const program = new Command().exitOverride();
  register(program);
  try {
    await program.parseAsync(['node', 'readout', 'serve', ...args]);
    return null;
  } catch (err) {
    return err;
  }
}

describe('readout serve', () => {
  it('refuses a non-loopback host without a token, as a usage error (exit 1)', async () => {
    const saved = process.env.READOUT_TOKEN;
    delete process.env.READOUT_TOKEN;
    try {
      for (const host of ['0.0.0.0', '192.168.1.10', '::']) {
        const err = await run(['--host', host, '--db', ':memory:']);
        expect(err).toBeInstanceOf(ReadoutError);
        expect((err as ReadoutError).exitCode).toBe(1);
        expect((err as ReadoutError).message).toContain('--token');
        expect((err as ReadoutError).message).not.toContain('\n');
      }
    } finally {
      if (saved !== undefined) process.env.READOUT_TOKEN = saved;
    }
  });

  it('refuses a port that is not a number', async () => {
    const err = await run(['--port', 'http']);
    expect((err as ReadoutError).code).toBe('READOUT_USAGE');
  });
});
