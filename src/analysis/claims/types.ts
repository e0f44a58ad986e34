// The contract between claim finders and the check that runs them.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { Article, CoverageClaim, ExchangeEvent, Span } from '../../types.js';

export type Verdict = 'supported' | 'contradicted' | 'unverifiable';

/** One finding, as /work/shared/schema/finding.schema.json describes it. */
export interface Finding {
  article?: string;
  claim: Span;
  kind: string;
  verdict: Verdict;
  /** Events (inline, with id when stored) and spans of the article the verdict rests on. */
  because: Array<Record<string, unknown>>;
  explanation: string;
  /** Other text stating the same claim (the paragraph under a heading). */
  also?: Span[];
  /** date_consistency: the date as written, and the one the text implies when it can tell. */
  written_date?: string;
  inferred_date?: string;
}

export interface CheckContext {
  article: Article;
  /** Events the article itself tells (from extract). */
  articleEvents: ExchangeEvent[];
  /** Events from the record (read-only), empty without a database. */
  recordEvents: ExchangeEvent[];
  /** Coverage the article declares plus what the record's sources declare. */
  coverage: CoverageClaim[];
  kb: KnowledgeIndex;
  /** The date the article speaks from: its publication date, else its latest event. */
  asOf: string | null;
}

/** A claim finder: a small pure rule that finds one kind of claim and judges it. */
export interface ClaimFinder {
  kind: string;
  /** Why this finder exists, for traces and docs. */
  reason: string;
  find(ctx: CheckContext): Finding[];
}
