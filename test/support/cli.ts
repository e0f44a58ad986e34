// Runs the built CLI as a user would (`node bin/readout.js …`; run `npm run build` first) without
// blocking the test worker: a synchronous spawn starves vitest's own messages.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT_DIR = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT_DIR, 'bin/readout.js');

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
}

/**
 * Runs one command in `cwd`, with no database or debug setting inherited; `as` runs it as another
 * user; `env` adds to its environment.
 */
export function runCli(
  cwd: string,
  args: string[],
  as: { uid?: number; gid?: number } = {},
  env: Record<string, string> = {},
): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, READOUT_DB: '', READOUT_DEBUG: '', ...env },
      ...as,
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, out, err }));
  });
}

/** A runner whose commands start in `cwd`. */
export function cliIn(cwd: string): (...args: string[]) => Promise<CliResult> {
  return (...args) => runCli(cwd, args);
}
