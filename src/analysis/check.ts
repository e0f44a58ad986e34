// Claim check, pure: an article's claims against its own events and the record.
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { Article, CoverageClaim, ExchangeEvent } from '../types.js';
import { inferDisputedDates } from './anchored-dates.js';
import { latestDate } from './select.js';
import { CLAIM_FINDERS } from './claims/index.js';
import type { ClaimFinder, Finding } from './claims/types.js';

export interface CheckInput {
  article: Article;
  /** The article's own events and declared coverage (what extract() returned). */
  articleEvents: ExchangeEvent[];
  articleCoverage: CoverageClaim[];
  /** The record's events and coverage; empty without a database. */
  recordEvents?: ExchangeEvent[];
  recordCoverage?: CoverageClaim[];
  kb: KnowledgeIndex;
  finders?: readonly ClaimFinder[];
  /** Put the article's id on each finding (for batches of several articles). */
  tagArticle?: boolean;
}

export function checkClaims(input: CheckInput): Finding[] {
  const ctx = {
    article: input.article,
    articleEvents: inferDisputedDates(input.articleEvents, input.kb),
    recordEvents: inferDisputedDates(input.recordEvents ?? [], input.kb),
    coverage: [...input.articleCoverage, ...(input.recordCoverage ?? [])],
    kb: input.kb,
    asOf: input.article.published ?? latestDate(input.articleEvents),
  };
  const out: Finding[] = [];
  for (const finder of input.finders ?? CLAIM_FINDERS) {
    for (const f of finder.find(ctx)) {
      if (out.some((o) => o.claim.start < f.claim.end && o.claim.end > f.claim.start)) continue;
      out.push(input.tagArticle && input.article.id ? { article: input.article.id, ...f } : f);
      // A date the article itself contradicts is judged at the date it implies by every later claim.
      if (f.inferred_date && f.written_date) ctx.articleEvents = withInferredDate(ctx.articleEvents, f);
    }
  }
  return out.sort((a, b) => a.claim.start - b.claim.start);
}

/** Marks the article's events told under a contradicted heading with the date the text implies. */
function withInferredDate(events: ExchangeEvent[], f: Finding): ExchangeEvent[] {
  const spans = [f.claim, ...(f.also ?? [])];
  return events.map((e) => {
    if (e.date_disputed || e.date !== f.written_date) return e;
    if (!e.evidence.some((v) => spans.some((s) => v.start < s.end && v.end > s.start))) return e;
    return {
      ...e,
      date: f.inferred_date!,
      date_disputed: {
        as_written: f.written_date!,
        inferred: f.inferred_date!,
        reason: f.explanation,
        evidence: spans,
      },
    };
  });
}

export type { Finding } from './claims/types.js';
