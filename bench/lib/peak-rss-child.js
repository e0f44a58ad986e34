// Runs the built CLI with the given arguments and, on exit, writes this process's peak RSS (KiB)
// to file descriptor 3, so a bench can measure a command's memory without /usr/bin/time; then, on a
// second line, the CPU seconds of the process tree (all its threads, and the children it waited for,
// such as the capped-heap child of a large ingest).
import { readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** CPU seconds of the children this process has waited for (Linux /proc; 0 elsewhere). */
function childrenCpuSeconds() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[13]) + Number(f[14])) / 100; // cutime + cstime, in USER_HZ (100 on Linux)
  } catch {
    return 0;
  }
}

process.on('exit', () => {
  try {
    const u = process.resourceUsage();
    const cpu = (u.userCPUTime + u.systemCPUTime) / 1e6 + childrenCpuSeconds();
    writeSync(3, `${u.maxRSS}\n${cpu}\n`);
  } catch {
    // fd 3 not open: run by hand, nothing to report to.
  }
});
// READOUT_BENCH_DIST: another build's dist/ (bench/ingest-cli.js --dist), to run old and new alike.
const dist = process.env.READOUT_BENCH_DIST
  ? pathToFileURL(join(process.env.READOUT_BENCH_DIST, 'cli', 'main.js')).href
  : '../../dist/cli/main.js';
const { main } = await import(dist);
await main([process.argv[0], 'readout', ...process.argv.slice(2)]);
