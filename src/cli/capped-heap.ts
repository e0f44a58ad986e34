// Long batch runs re-run themselves in a child Node whose heap is capped. V8 grows its heap toward a
// limit of several GiB before collecting old garbage, so a 1 GB batch peaked at 560 MiB although
// what it keeps stays near 100 MiB; under a cap it collects sooner (300 MiB at 256 MiB of heap).
// The limit can only be set when a process starts, hence the child.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { usage } from '../errors.js';

/** Heap for a batch run, in MiB: room for a document of several MB, well under the 512 MiB goal. */
export const BATCH_HEAP_MB = 384;

/** $READOUT_HEAP_MB sets another cap; 0 runs uncapped, in this process. */
function heapMb(): number {
  const v = process.env.READOUT_HEAP_MB;
  if (v === undefined || v === '') return BATCH_HEAP_MB;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw usage(`READOUT_HEAP_MB must be a whole number of MiB, not "${v}"`);
  return n;
}

/** A cap chosen already, by us or by whoever started Node (NODE_OPTIONS, node flags). */
function alreadyCapped(): boolean {
  return /--max-old-space-size/.test([...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' '));
}

/**
 * Runs this same command line in a child with the heap capped, sharing stdin, stdout and stderr, and
 * resolves with its exit code; resolves null when this process should do the work itself.
 */
export async function runWithCappedHeap(): Promise<number | null> {
  const mb = heapMb();
  if (mb === 0 || alreadyCapped()) return null;
  const child = spawn(
    process.execPath,
    [...process.execArgv, `--max-old-space-size=${mb}`, ...process.argv.slice(1)],
    {
      stdio: 'inherit',
    },
  );
  // Ctrl-C reaches the child through the terminal; a kill aimed at this process is passed on.
  const forward = (sig: NodeJS.Signals) => child.kill(sig);
  process.on('SIGTERM', forward);
  process.on('SIGHUP', forward);
  try {
    const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    if (code !== null) return code;
    if (signal === 'SIGABRT' || signal === 'SIGTRAP')
      process.stderr.write(
        `readout: ran out of its ${mb} MiB heap (a very large document?); set READOUT_HEAP_MB to allow more, or 0 for no cap\n`,
      );
    return 2;
  } finally {
    process.off('SIGTERM', forward);
    process.off('SIGHUP', forward);
  }
}
