// `readout check FILE [--published YYYY-MM-DD] [--db PATH|URL] [--format jsonl]`: the claims an
// article makes, each with a verdict, what it rests on and a one-line explanation. Never writes.
import type { Command } from 'commander';
import { checkClaims, type Finding } from '../../analysis/check.js';
import { sidesOf } from '../../analysis/events.js';
import { badInput, usage } from '../../errors.js';
import { loadKnowledge } from '../../knowledge/load.js';
import { checkDay } from './ingest.js';

interface CheckFlags {
  published?: string;
  db?: string;
  format: string;
}

export function register(program: Command): void {
  program
    .command('check')
    .description(
      "Check an article's claims (firsts, highest-ranking, dated headings) against itself and the record",
    )
    .argument(
      '<file>',
      'a text, Markdown or HTML file (or a JSONL batch: each finding then carries "article")',
    )
    .option('--published <date>', 'publication date YYYY-MM-DD')
    .option('--db <path|url>', 'also weigh the record (read-only): SQLite file or postgres:// URL')
    .option('--format <format>', 'jsonl (one finding a line) or table', 'jsonl')
    .action(async (file: string, flags: CheckFlags) => run(file, flags));
}

async function run(file: string, flags: CheckFlags): Promise<void> {
  if (!['jsonl', 'table'].includes(flags.format))
    throw usage(`--format must be jsonl or table, not "${flags.format}"`);
  const published = checkDay('--published', flags.published);
  // Loaded on use: every readout command would otherwise pay for the pipeline and the database drivers.
  const [{ readFileDocuments }, { extract }, { readMaterial }] = await Promise.all([
    import('../../ingest/files.js'),
    import('../../pipeline/extract.js'),
    import('../record-material.js'),
  ]);
  const docs = await readFileDocuments(file, { published });
  if (docs.length === 1 && docs[0].error) throw badInput(`${docs[0].name}: ${docs[0].error}`);
  const kb = loadKnowledge();
  const batch = docs.length > 1 || file.toLowerCase().endsWith('.jsonl');
  const extracted = docs.filter((d) => d.article).map((d) => ({ d, x: extract(d.article!, kb) }));
  for (const d of docs) if (d.error) process.stderr.write(`readout: ${d.name}: ${d.error}\n`);
  // Only the countries the articles speak of are read from the record.
  const countries = [...new Set(extracted.flatMap(({ x }) => x.events.flatMap((e) => [...sidesOf(e)])))];
  const record = flags.db ? await readMaterial(flags.db, countries) : { events: [], coverage: [] };
  const findings: Finding[] = [];
  for (const { d, x } of extracted) {
    for (const w of x.warnings) process.stderr.write(`readout: ${d.name}: warning: ${w}\n`);
    findings.push(
      ...checkClaims({
        article: x.article,
        articleEvents: x.events,
        articleCoverage: x.coverage,
        recordEvents: record.events,
        recordCoverage: record.coverage,
        kb,
        tagArticle: batch,
      }),
    );
  }
  if (flags.format === 'jsonl') {
    if (findings.length) process.stdout.write(`${findings.map((f) => JSON.stringify(f)).join('\n')}\n`);
  } else {
    for (const f of findings)
      process.stdout.write(
        `${f.verdict.toUpperCase().padEnd(13)} ${f.kind.padEnd(22)} "${f.claim.text}"\n${' '.repeat(14)}${f.explanation}\n`,
      );
    if (!findings.length) process.stdout.write('no checkable claims found\n');
  }
}
