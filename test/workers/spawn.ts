// Worker processes for tests and benches: spawns `node bin/readout.js worker …`, collects its
// output lines, and lets a test wait for a line or pause/kill the process at a chosen moment.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { createInterface } from 'node:readline';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'readout.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * The workers run the built CLI. Rebuild only when a source file is newer than the build: CI has
 * just built it (npm install runs prepare), and rebuilding under other test files' feet is risky.
 */
export function ensureBuilt(): void {
  const marker = join(ROOT, 'dist', 'cli', 'commands', 'worker.js');
  if (existsSync(marker) && statSync(marker).mtimeMs >= newestMtime(join(ROOT, 'src'))) return;
  try {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
      {
        cwd: ROOT,
        stdio: 'ignore',
      },
    );
  } catch {
    // tsc still emits when another file in progress has a type error; the marker check decides.
  }
  if (!existsSync(marker)) throw new Error('npm run build did not produce dist/cli/commands/worker.js');
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class WorkerProcess {
  readonly child: ChildProcess;
  readonly lines: string[] = [];
  readonly stderr: string[] = [];
  readonly exited: Promise<Exit>;
  private waiters: Array<() => void> = [];

  constructor(args: string[], env: NodeJS.ProcessEnv) {
    this.child = spawn(process.execPath, [BIN, 'worker', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    createInterface({ input: this.child.stdout! }).on('line', (line) => {
      this.lines.push(line);
      for (const w of this.waiters.splice(0)) w();
    });
    createInterface({ input: this.child.stderr! }).on('line', (line) => this.stderr.push(line));
    this.exited = new Promise((res) => this.child.on('exit', (code, signal) => res({ code, signal })));
  }

  /** Resolves with the first line from index `from` on that matches, waiting for new ones. */
  async nextLine(from: number, match: RegExp, timeoutMs = 60_000): Promise<{ line: string; index: number }> {
    const deadline = Date.now() + timeoutMs;
    for (let i = from; ;) {
      for (; i < this.lines.length; i++)
        if (match.test(this.lines[i])) return { line: this.lines[i], index: i };
      if (Date.now() > deadline) throw new Error(`no line matching ${match} within ${timeoutMs} ms`);
      if (this.child.exitCode !== null || this.child.signalCode !== null)
        throw new Error(`worker exited before a line matching ${match}`);
      await new Promise<void>((res) => {
        const t = setTimeout(res, 200);
        this.waiters.push(() => (clearTimeout(t), res()));
      });
    }
  }

  /** Jobs this worker finished (stored, or found stored). */
  done(): string[] {
    return this.lines.filter((l) => /^(stored|existing) /.test(l)).map((l) => l.split(' ')[1]);
  }
}

/** Runs a readout command to completion (for `ingest --queue`). */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const sleep = (ms: number) => new Promise((res) => setTimeout(res, ms));
