// The pure pipeline: (Article, Knowledge) → Extraction. No I/O, no clock.
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { Article, Extraction } from '../types.js';

export interface ExtractOptions {
  /** Keep each event's rule reasons in `trace`. */
  trace?: boolean;
}

export function extract(article: Article, kb: KnowledgeIndex, opts: ExtractOptions = {}): Extraction {
  void kb;
  void opts;
  return { article, events: [], warnings: [], coverage: [] };
}
