// Reads a JSONL batch: each line {"id", "text" | "html", "published", "url"?} (the form of
// data/*/batch.jsonl). A bad line is reported by its number and the others are still read.
import type { Article } from '../types.js';

export interface BatchLine {
  /** 1-based line number in the file. */
  line: number;
  /** id of the line's document, when it has one. */
  id: string | null;
  article?: Article;
  /** Present when the line's HTML still has to be turned into text. */
  html?: string;
  error?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** YYYY-MM-DD and on the calendar (Date alone takes 2023-02-30 as 2 March). */
const isDay = (s: string) =>
  DAY.test(s) && !Number.isNaN(Date.parse(s)) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/** Parses every non-blank line; `fallbackPublished` dates lines that carry no date of their own. */
export function parseBatch(text: string, fallbackPublished: string | null = null): BatchLine[] {
  const out: BatchLine[] = [];
  text.split('\n').forEach((raw, i) => {
    const parsed = parseBatchLine(raw, i + 1, fallbackPublished);
    if (parsed) out.push(parsed);
  });
  return out;
}

/** One line of a batch (`line` is its 1-based number); null for a blank line. Lets a reader stream a batch. */
export function parseBatchLine(
  raw: string,
  line: number,
  fallbackPublished: string | null = null,
): BatchLine | null {
  if (!raw.trim()) return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch (err) {
    return { line, id: null, error: `not JSON (${(err as Error).message})` };
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    return { line, id: null, error: 'not a JSON object' };
  }
  const o = v as Record<string, unknown>;
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : null;
  const fail = (error: string): BatchLine => ({ line, id, error });
  const hasText = typeof o.text === 'string' && o.text.trim() !== '';
  const hasHtml = typeof o.html === 'string' && o.html.trim() !== '';
  if (!hasText && !hasHtml) return fail('needs a non-empty "text" or "html"');
  if (
    o.published !== undefined &&
    o.published !== null &&
    (typeof o.published !== 'string' || !isDay(o.published))
  )
    return fail(`"published" must be YYYY-MM-DD, not ${JSON.stringify(o.published)}`);
  if (o.url !== undefined && o.url !== null && typeof o.url !== 'string')
    return fail('"url" must be a string');
  const article: Article = {
    id: id ?? `line-${line}`,
    text: hasText ? (o.text as string) : '',
    published: (o.published as string | undefined) ?? fallbackPublished,
    url: (o.url as string | undefined) ?? null,
    outlet: typeof o.outlet === 'string' ? o.outlet : null,
    title: typeof o.title === 'string' ? o.title : null,
  };
  return hasText ? { line, id, article } : { line, id, article, html: o.html as string };
}
