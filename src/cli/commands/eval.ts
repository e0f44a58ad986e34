// `readout eval GOLD.jsonl --batch FILE.jsonl [--status occurred|other|all] [--format text|json]`:
// extracts every document of the batch and scores the events against the gold file with the
// scorer's matching rules, so anyone can measure a change in one command.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { badInput, usage } from '../../errors.js';
import { decode, loadHtmlReader } from '../../ingest/files.js';
import { parseBatch } from '../../ingest/jsonl.js';
import { loadKnowledge } from '../../knowledge/load.js';
import { score, type GoldEvent, type ScoreReport } from '../../eval/score.js';

interface EvalFlags {
  batch?: string;
  status?: string;
  format?: string;
  mismatches?: boolean;
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('Extract a JSONL batch and score it against gold events (precision, recall, F1, per field, missed, spurious)')
    .argument('<gold>', 'gold events, one JSON object per line')
    .requiredOption('--batch <file>', 'documents as {"id", "text"|"html", "published", "url"?} lines')
    .option('--status <which>', 'occurred, other or all', 'occurred')
    .option('--format <format>', 'text or json', 'text')
    .option('--mismatches', 'also list each wrong attribute of a matched event (article, gold id, field, gold, predicted)')
    .action(async (gold: string, flags: EvalFlags) => run(gold, flags));
}

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw badInput(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code})`}`);
  }
  const d = decode(bytes);
  if (d.error || d.text === undefined) throw badInput(`${file}: ${d.error}`);
  return d.text;
}

export function readGold(file: string): GoldEvent[] {
  return readText(file)
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter((l) => l.line)
    .map(({ line, n }) => {
      try {
        const v = JSON.parse(line) as GoldEvent;
        if (!v || typeof v !== 'object' || typeof v.article !== 'string') throw new Error('needs "article"');
        return v;
      } catch (err) {
        throw badInput(`${file}:${n}: not a gold event (${(err as Error).message})`);
      }
    });
}

async function run(goldFile: string, flags: EvalFlags): Promise<void> {
  const which = flags.status as 'occurred' | 'other' | 'all';
  if (!['occurred', 'other', 'all'].includes(which)) throw usage(`--status must be occurred, other or all, not "${flags.status}"`);
  if (!['text', 'json'].includes(flags.format ?? '')) throw usage(`--format must be text or json, not "${flags.format}"`);
  const gold = readGold(goldFile);
  // Loaded on use: every readout command would otherwise pay for the pipeline at startup.
  const { extract } = await import('../../pipeline/extract.js');
  const kb = loadKnowledge();
  const toArticle = await loadHtmlReader();
  const preds: GoldEvent[] = [];
  for (const l of parseBatch(readText(flags.batch as string))) {
    if (l.error || !l.article) {
      process.stderr.write(`readout: ${flags.batch}:${l.line}: ${l.error}\n`);
      continue;
    }
    const article = l.html !== undefined ? { ...toArticle(l.html, { url: l.article.url, id: l.article.id }), id: l.article.id, published: l.article.published } : l.article;
    for (const e of extract(article, kb).events) preds.push({ article: article.id, ...(e as unknown as Omit<GoldEvent, 'article'>) });
  }
  const report = score(gold, preds, which);
  process.stdout.write(flags.format === 'json' ? `${JSON.stringify(report, null, 1)}\n` : formatReport(report, flags.mismatches));
}

export function formatReport(r: ScoreReport, withMismatches = false): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [
    `events (${r.status}): gold ${r.gold}, predicted ${r.predicted}`,
    `core   P ${f(r.core.p)} R ${f(r.core.r)} F1 ${f(r.core.f1)}`,
    `strict P ${f(r.strict.p)} R ${f(r.strict.r)} F1 ${f(r.strict.f1)}`,
    ...Object.entries(r.attributes)
      .filter(([, a]) => a.over)
      .map(([k, a]) => `  ${k.padEnd(13)} ${f(a.accuracy ?? 0)} over ${a.over}`),
    ...r.missed.map((m) => `  missed: ${m}`),
    ...r.spurious.map((s) => `  spurious: ${s}`),
    ...(withMismatches ? r.mismatches.map((m) => `  wrong ${m.field}: ${m.article} ${m.gold} gold ${JSON.stringify(m.want)} got ${JSON.stringify(m.got)}`) : []),
    `strict_f1=${f(r.strict.f1)}`,
  ];
  return `${lines.join('\n')}\n`;
}
