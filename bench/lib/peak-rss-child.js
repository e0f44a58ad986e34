// Runs the built CLI with the given arguments and, on exit, writes this process's peak RSS (KiB)
// to file descriptor 3, so a bench can measure a command's memory without /usr/bin/time.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    writeSync(3, `${process.resourceUsage().maxRSS}\n`);
  } catch {
    // fd 3 not open: run by hand, nothing to report to.
  }
});
const { main } = await import('../../dist/cli/main.js');
await main([process.argv[0], 'readout', ...process.argv.slice(2)]);
