// Page metadata a publisher states outside the article body: publication date, canonical URL,
// outlet and headline, from meta tags, JSON-LD and <time>. Kept apart from the body text because
// Readability rewrites the document it reads.

export interface PageMeta {
  /** The headline as the publisher states it (og:title, JSON-LD headline). */
  title: string | null;
  /** The <title> element, which often carries the site's name too: a last resort. */
  docTitle: string | null;
  /** The first h1, to tell the headline from the site's name in a <title>. */
  h1: string | null;
  published: string | null;
  canonical: string | null;
  outlet: string | null;
}

interface Doc {
  querySelectorAll(
    sel: string,
  ): ArrayLike<{ getAttribute(n: string): string | null; textContent: string | null }>;
  querySelector(sel: string): { getAttribute(n: string): string | null; textContent: string | null } | null;
}

// Meta names publishers use for the first publication date, most specific first.
const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'dcterms.issued',
  'dcterms.created',
  'dcterms.date',
  'date',
];

export function readMeta(doc: Doc): PageMeta {
  const meta = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '')
      .toLowerCase()
      .trim();
    const value = (m.getAttribute('content') ?? m.getAttribute('datetime') ?? '').trim();
    if (key && value && !meta.has(key)) meta.set(key, value);
  }
  const ld = readJsonLd(doc);

  let published: string | null = toIsoDate(ld.datePublished);
  for (const key of DATE_META) {
    if (published) break;
    published = toIsoDate(meta.get(key));
  }
  if (!published) {
    const el = doc.querySelector('[itemprop="datePublished"]');
    published = toIsoDate(el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? null);
  }
  if (!published)
    published = toIsoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null);

  const canonicalLink = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  return {
    title: clean(meta.get('og:title')) ?? clean(ld.headline),
    docTitle: clean(doc.querySelector('title')?.textContent ?? null),
    h1: clean(doc.querySelector('h1')?.textContent ?? null),
    published,
    canonical: clean(canonicalLink) ?? clean(meta.get('og:url')) ?? clean(ld.url),
    outlet: clean(meta.get('og:site_name')) ?? clean(ld.publisher) ?? clean(meta.get('application-name')),
  };
}

/** "Headline | Site" → "Headline", when the page's h1 is that headline. */
export function withoutSiteName(title: string | null, h1: string | null): string | null {
  if (title && h1 && title !== h1 && title.startsWith(h1) && /^\s*[|\-–—:·»]/.test(title.slice(h1.length)))
    return h1;
  return title;
}

interface LdFacts {
  datePublished: string | null;
  headline: string | null;
  publisher: string | null;
  url: string | null;
}

// JSON-LD blocks may hold one object, an array, or an @graph; the article is the object with a
// datePublished or an *Article @type.
function readJsonLd(doc: Doc): LdFacts {
  const out: LdFacts = { datePublished: null, headline: null, publisher: null, url: null };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i].textContent ?? '');
    } catch {
      continue; // a broken block on a page is common; the other sources may still give the facts
    }
    const queue: unknown[] = [data];
    for (let guard = 0; queue.length > 0 && guard < 500; guard++) {
      const item = queue.shift();
      if (Array.isArray(item)) {
        queue.push(...item);
        continue;
      }
      if (!item || typeof item !== 'object') continue;
      const o = item as Record<string, unknown>;
      if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]));
      const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
      const isArticle =
        types.some((t) => /Article|Posting|Report/i.test(t)) || typeof o.datePublished === 'string';
      if (!isArticle) continue;
      out.datePublished ??= str(o.datePublished);
      out.headline ??= str(o.headline) ?? str(o.name);
      out.url ??= str(o.url) ?? str(o.mainEntityOfPage);
      const pub = o.publisher;
      out.publisher ??=
        typeof pub === 'string'
          ? pub
          : pub && typeof pub === 'object'
            ? str((pub as Record<string, unknown>).name)
            : null;
    }
  }
  return out;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const clean = (v: string | null | undefined): string | null => {
  const s = v?.replace(/\s+/g, ' ').trim();
  return s ? s : null;
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A publication date as YYYY-MM-DD. An ISO timestamp keeps the calendar date it was written with
 * (the publisher's local day), not the UTC day, so "2023-06-19T01:00+08:00" stays the 19th.
 */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  let m =
    /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(v) ??
    /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(v) ??
    /^(\d{4})\/(\d{2})\/(\d{2})/.exec(v);
  if (m) return valid(+m[1], +m[2], +m[3]);
  // "18 June 2023", "June 18, 2023", "Sun, 18 Jun 2023 10:00:00 GMT"
  m = /(\d{1,2})\s+([A-Za-z]{3,})\.?,?\s+(\d{4})/.exec(v);
  if (m) return valid(+m[3], MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1, +m[1]);
  m = /([A-Za-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(v);
  if (m) return valid(+m[3], MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1, +m[2]);
  return null;
}

function valid(y: number, mo: number, d: number): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1800 || y > 2999) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1) return null; // 31 June
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
