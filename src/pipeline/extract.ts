// The pure pipeline: (Article, Knowledge) → Extraction. No I/O, no clock.
// text → mentions → resolve → candidates → refine (anaphora, headings, split, merge, date, filter) → events.
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { Article, Extraction, Span } from '../types.js';
export { BLOCK_BYTES, BLOCK_DOCS } from './block.js';
import { readingDocument, type DocumentView } from './document.js';
import { firstLook } from './first-look.js';
import { datelineDate } from './text/dateline.js';
import { repairText, spanToOriginal, type Repaired } from './text/repair.js';
import { buildCandidates, type Candidate } from './events/candidates.js';
import type { TriggerHit } from './events/triggers.js';
import { findCoverage } from './refine/coverage.js';
import { checkDisputedDates } from './refine/disputed-dates.js';
import { defaultDates } from './refine/default-dates.js';
import { dropHomeTravellers, dropLocalSides, keepEvent } from './refine/filter.js';
import { notYetOccurred } from './refine/not-yet.js';
import { dropFulfilledPlans } from './refine/fulfilled-plans.js';
import { dropEnvoyCallsOnOutsiders } from './refine/envoy-calls.js';
import { finalize } from './refine/finalize.js';
import { joinedRemotely } from './refine/joined-remotely.js';
import { fillFromContext } from './refine/fill-sides.js';
import { travellingParty } from './refine/travelling-party.js';
import { attachAnaphora } from './refine/anaphora.js';
import { forwardVisits, impliedVisits, stopVisits, welcomeVisits } from './refine/implied-visits.js';
import { expandListedCounterparts } from './refine/listed-counterparts.js';
import { mergeCandidates } from './refine/merge.js';
import { nameFromOffices } from './refine/name-offices.js';
import { splitCandidates } from './refine/split.js';
import { againExchanges } from './refine/again.js';
import { placeEvents } from './refine/venues.js';
import { mapPacked } from './packed.js';

export interface ExtractOptions {
  /** Keep each event's rule reasons in `trace`. */
  trace?: boolean;
  /**
   * Read an article through even when a first look finds nothing in it that can give an event (first-look):
   * the same result, at the full cost. For checking that the shortcut changes nothing.
   */
  readQuiet?: boolean;
}

/** One article's extraction, or what extracting it threw (that article fails; the others go on). */
export type BlockResult = { ok: true; extraction: Extraction } | { ok: false; error: unknown };

export function extract(input: Article, kb: KnowledgeIndex, opts: ExtractOptions = {}): Extraction {
  const [r] = extractBlock([input], kb, opts);
  if (!r.ok) throw r.error;
  return r.extraction;
}

/**
 * Several articles at once, stage by stage where it pays: every article is read (each stage of
 * reading over all of them in turn), then the dates of every sentence that tells an exchange are
 * read, then every article's candidates are built, and only then is each refined. The code a stage
 * runs stays hot in the processor's caches over the whole block: chrono's above all (about a fifth
 * of extraction), and reading's and candidate building's. In one process, blocks of 32 took 25-30 %
 * less CPU than one article at a time; staging the refine steps as well gained nothing more (see
 * docs/performance.md). The result is the same as extracting each article alone.
 */
export function extractBlock(inputs: readonly Article[], kb: KnowledgeIndex, opts: ExtractOptions = {}): BlockResult[] {
  const read = readAll(mapPacked(inputs, (input) => attempt(() => start(input, kb, !!opts.readQuiet))));
  for (const r of read) if (r.ok) readDates(r.value);
  const built = mapPacked(read, (r) => (r.ok ? attempt(() => candidatesOf(r.value, kb)) : r));
  return mapPacked(built, (r) => {
    if (!r.ok) return r;
    const x = attempt(() => refine(r.value, kb, !!opts.trace));
    return x.ok ? { ok: true, extraction: x.value } : x;
  });
}

interface Prepared {
  article: Article;
  warnings: string[];
  /** The damaged copy's repair the stages read, whose offsets map back to the article's text. */
  repaired: Repaired | null;
  /** Null for an article with no text. */
  doc: DocumentView | null;
  hits: TriggerHit[][];
}

interface Built extends Prepared {
  cands: Candidate[];
}

interface Started {
  article: Article;
  warnings: string[];
  repaired: Repaired | null;
  /** Null for an article with no text, or none that can tell an exchange. */
  reading: Generator<void, DocumentView, void> | null;
  hits: TriggerHit[][];
}

function start(input: Article, kb: KnowledgeIndex, readQuiet: boolean): Started {
  const warnings: string[] = [];
  let article = input;
  if (!article.published) {
    const dated = datelineDate(article.text);
    if (dated) {
      article = { ...article, published: dated };
      warnings.push(`${article.id}: no publication date given; taken from the dateline (${dated})`);
    } else warnings.push(`${article.id}: no publication date; relative dates ("on Sunday") are left unresolved`);
  }
  if (!article.text.trim()) return { article, warnings, repaired: null, reading: null, hits: [] };
  // Damaged copy (broken words, glued sentences, links to other stories) is read repaired; spans map back.
  const repaired = repairText(article.text);
  const text = repaired?.text ?? article.text;
  const look = firstLook(text);
  if (look.quiet && !readQuiet) return { article, warnings, repaired, reading: null, hits: [] };
  return { article, warnings, repaired, reading: readingDocument(text, article.published, kb, look), hits: look.hits };
}

/** Steps every article's reading through each stage in turn (their triggers were found at the first look). */
function readAll(started: Array<Attempt<Started>>): Array<Attempt<Prepared>> {
  const docs = new Array<DocumentView | undefined>(started.length);
  let left = true;
  while (left) {
    left = false;
    started.forEach((r, i) => {
      if (!r.ok || !r.value.reading || docs[i]) return;
      const reading = r.value.reading;
      const step = attempt(() => reading.next());
      if (!step.ok) started[i] = step;
      else if (step.value.done) docs[i] = step.value.value;
      else left = true;
    });
  }
  return mapPacked(started, (r, i) => {
    if (!r.ok) return r;
    const doc = docs[i] ?? null;
    const { article, warnings, repaired, hits } = r.value;
    return { ok: true, value: { article, warnings, repaired, doc, hits: doc ? hits : [] } };
  });
}

function candidatesOf(p: Prepared, kb: KnowledgeIndex): Built {
  return { ...p, cands: p.doc ? buildCandidates(p.doc, kb, p.hits) : [] };
}

function refine({ article, warnings, repaired, doc, cands: built }: Built, kb: KnowledgeIndex, trace: boolean): Extraction {
  if (!doc) return { article, events: [], warnings, coverage: [] };
  let cands = attachAnaphora(doc, built);
  cands = expandListedCounterparts(doc, cands);
  cands = fillFromContext(doc, cands);
  cands = travellingParty(doc, cands);
  cands = joinedRemotely(doc, cands);
  cands = splitCandidates(doc, cands);
  cands = againExchanges(doc, cands);
  defaultDates(doc, cands);
  cands = welcomeVisits(doc, stopVisits(doc, forwardVisits(doc, impliedVisits(cands))));
  nameFromOffices(kb, cands, doc.entities);
  const kept = mergeCandidates(cands).filter((m) => keepEvent(dropLocalSides(m)));
  placeEvents(doc, kept);
  for (const m of kept) dropHomeTravellers(m);
  notYetOccurred(doc.published, kept);
  const merged = dropEnvoyCallsOnOutsiders(dropFulfilledPlans(doc, kept));
  const events = mapPacked(merged, (m) => finalize(doc, kb, m, trace));
  checkDisputedDates(doc, kb, merged, events);
  const coverage = findCoverage(doc, kb);
  if (repaired) {
    const back = (s: Span) => spanToOriginal(repaired, article.text, s);
    for (const e of events) {
      e.evidence = e.evidence.map(back);
      if (e.date_disputed) e.date_disputed.evidence = e.date_disputed.evidence.map(back);
    }
    for (const c of coverage) c.evidence = c.evidence.map(back);
  }
  return { article, events, warnings, coverage };
}

/** Reads the dates of the sentences that tell an exchange, as buildCandidates would one by one. */
function readDates({ doc, hits }: Prepared): void {
  if (!doc) return;
  try {
    for (let si = 0; si < hits.length; si++) if (hits[si].length) void doc.sentences[si].dates;
  } catch {
    // Asked again, lazily, by the stage that needs them: a failure there is that article's alone.
  }
}

type Attempt<T> = { ok: true; value: T } | { ok: false; error: unknown };

function attempt<T>(f: () => T): Attempt<T> {
  try {
    return { ok: true, value: f() };
  } catch (error) {
    return { ok: false, error };
  }
}
