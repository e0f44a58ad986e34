// Hostile and half-plausible inputs for the property tests (test/reliability/properties.test.ts)
// and the long fuzz run (bench/fuzz-extract.js), with the checks both apply to what comes out.
// Plain JavaScript so the bench can run it with node against dist/ without a compiler.
import fc from 'fast-check';

// Pieces of news copy: random text alone almost never contains an exchange, and the code paths
// worth shaking (participants, dates, evidence spans) only run when something looks like one.
const PEOPLE = [
  'Antony Blinken',
  'Blinken',
  'Xi Jinping',
  'Xi',
  'Wang Yi',
  'Joe Biden',
  'President Biden',
  'Narendra Modi',
  'Olaf Scholz',
  'Li Qiang',
  'Vladimir Putin',
  'the Indian delegation',
  'Secretary of State',
  'the two leaders',
  'Chinese Premier',
  'US Defense Secretary Lloyd Austin',
  'the President',
  'Prime Minister',
  'António Guterres',
  'Lula',
  'Kishida',
  'Yoon Suk Yeol',
];
const TRIGGERS = [
  ' met ',
  ' visited ',
  ' held talks with ',
  ' called ',
  ' spoke by phone with ',
  ' arrived in ',
  ' will visit ',
  ' postponed a trip to ',
  ' cancelled his visit to ',
  ' declined to meet ',
  ' shook hands with ',
  ' hosted ',
  ' by video link with ',
  ' travelled to ',
  ' plans to travel to ',
  ' wrote to ',
  ' on the sidelines of the G20 summit in ',
  ' the first visit in five years to ',
];
const PLACES = [
  'Beijing',
  'Washington',
  'New Delhi',
  'Berlin',
  'Bali',
  'Moscow',
  'Paris',
  'Narnia',
  'Springfield',
];
const DATES = [
  ' on Monday',
  ' on Sunday',
  ' June 18',
  ' 18 June 2023',
  ' 2023-06-18',
  ' last year',
  ' in 1999',
  ' Feb. 30',
  ' next month',
  ' yesterday',
  ' in March 2021',
  ' from June 5 to 7',
  ' 31/02/2023',
  ' in 0000',
];
const PUNCTUATION = [
  '. ',
  '.\n\n',
  ', ',
  ' — ',
  '"',
  '(',
  ')',
  ': ',
  '; ',
  '\n',
  '\r\n',
  ' -- ',
  '* ',
  '1. ',
];
const ODD = [
  '\u00a0',
  '\ufeff',
  '\u200b',
  '\u2028',
  '\u0301',
  '👋🏽',
  '\ud800',
  '\udc00',
  '\0',
  '\t',
  '\u202e',
  'ﬁ',
  'İ',
  'ß',
  '…',
  '’',
  '\u0085',
  '\\',
  '${x}',
  '<script>alert(1)</script>',
  "'; drop table events; --",
];

const pick = (xs) => fc.constantFrom(...xs);

/** Any string at all: every code point, lone surrogates and control characters included. */
export const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({
    unit: fc.oneof(pick(ODD), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
    maxLength: 80,
  }),
);

/** Text that reads like news often enough to produce events, with hostile characters mixed in. */
export const newsLike = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: pick(PEOPLE) },
      { weight: 4, arbitrary: pick(TRIGGERS) },
      { weight: 3, arbitrary: pick(PLACES) },
      { weight: 3, arbitrary: pick(DATES) },
      { weight: 4, arbitrary: pick(PUNCTUATION) },
      { weight: 1, arbitrary: pick(ODD) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** A sentence that certainly looks like an exchange, so no run goes without events to check. */
export const exchangeSentence = fc
  .tuple(pick(PEOPLE), pick(TRIGGERS), pick(PEOPLE), pick(PLACES), pick(DATES))
  .map(([a, t, b, p, d]) => `${a}${t}${b} in ${p}${d}.`);

/** Either kind of text, news-like most of the time. */
export const anyText = fc.oneof(
  { weight: 3, arbitrary: newsLike },
  { weight: 2, arbitrary: fc.tuple(newsLike, exchangeSentence, newsLike).map((p) => p.join(' ')) },
  { weight: 1, arbitrary: anyString },
);

/** A publication date, possibly absent, possibly impossible as a calendar day. */
export const published = fc.oneof(
  fc.constant(null),
  fc
    .date({
      min: new Date('1950-01-01T00:00:00Z'),
      max: new Date('2035-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
);

/** Raw bytes: random ones, and the UTF-8 of news-like text with bytes flipped or cut off. */
export const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  fc
    .tuple(
      anyText,
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
      fc.nat(),
    )
    .map(([text, flips, cut]) => {
      const bytes = new TextEncoder().encode(text);
      for (const [at, b] of flips) if (bytes.length) bytes[at % bytes.length] = b;
      return bytes.subarray(0, bytes.length ? bytes.length - (cut % Math.min(4, bytes.length)) : 0);
    }),
);

const TAGS = [
  'p',
  'div',
  'span',
  'article',
  'section',
  'h1',
  'h2',
  'a',
  'b',
  'li',
  'ul',
  'table',
  'td',
  'main',
  'time',
  'header',
  'footer',
  'nav',
  'script',
  'style',
  'noscript',
  'iframe',
  'svg',
  'template',
  'textarea',
];
const ATTRS = [
  '',
  ' class="article-body"',
  ' id="content"',
  ' href="javascript:alert(1)"',
  ' onerror="alert(1)"',
  ' style="display:none"',
  ' hidden',
  ' datetime="2023-02-30"',
  ' lang="zh"',
  ' x="\'"',
  ' =broken',
];
const HEAD_BITS = [
  '<title>Talks | Example News</title>',
  '<meta property="article:published_time" content="2023-06-19T08:00:00Z">',
  '<meta property="article:published_time" content="2023-02-30">',
  '<meta name="date" content="not a date">',
  '<link rel="canonical" href="https://example.org/a?b=1&amp;c=2">',
  '<link rel="canonical" href="http://[::1">',
  '<meta property="og:site_name" content="Example">',
  '<base href="javascript:">',
  '<!-- a comment -->',
  '<script type="application/ld+json">{"datePublished": "2023-06-18", "@type": "NewsArticle"}</script>',
  '<script type="application/ld+json">{broken</script>',
];
const ENTITY = ['&amp;', '&lt;', '&#x1F600;', '&#99999999;', '&#0;', '&bogus;', '&nbsp;', '&#xD800;', '&'];

/** HTML pages: nested elements of every kind, broken markup, hostile attributes and metadata. */
export const anyHtml = fc
  .tuple(
    fc.array(pick(HEAD_BITS), { maxLength: 4 }),
    fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.oneof(anyText, pick(ENTITY), pick(['<', '>', '</p>', '<br>', '<p', '<!--', ']]>'])),
        fc
          .tuple(pick(TAGS), pick(ATTRS), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
          .map(([tag, attr, kids, close]) => `<${tag}${attr}>${kids.join('')}${close ? `</${tag}>` : ''}`),
      ),
    })).node,
    fc.boolean(),
  )
  .map(([head, body, wrap]) =>
    wrap
      ? `<!doctype html><html><head>${head.join('')}</head><body>${body}</body></html>`
      : `${head.join('')}${body}`,
  );

/** One JSONL line: valid records, wrong types, non-objects and plain garbage. */
export const anyJsonlLine = fc.oneof(
  fc
    .record(
      {
        id: fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null), fc.constant(['x'])),
        text: fc.oneof(anyText, fc.constant(''), fc.constant('   '), fc.integer(), fc.constant(null)),
        html: fc.oneof(anyHtml, fc.constant(''), fc.boolean()),
        published: fc.oneof(published, fc.constant('2023-02-30'), fc.constant('June 5'), fc.integer()),
        url: fc.oneof(fc.webUrl(), fc.constant('javascript:alert(1)'), fc.integer()),
        outlet: fc.oneof(fc.string({ maxLength: 10 }), fc.integer()),
      },
      { requiredKeys: [] },
    )
    .map((o) => JSON.stringify(o)),
  fc.json().map((j) => j.replace(/\n/g, ' ')),
  anyString.map((s) => s.replace(/\n/g, ' ')),
);

/** A batch file's text: lines joined as a file would have them, blank and CRLF lines included. */
export const anyBatch = fc
  .tuple(fc.array(fc.oneof(anyJsonlLine, fc.constant(''), fc.constant('\r')), { maxLength: 6 }), fc.boolean())
  .map(([lines, crlf]) => lines.join(crlf ? '\r\n' : '\n'));

/**
 * What must hold of every event extracted from `text`: valid against the shared event schema, and
 * every evidence span inside the text and equal to the text at its offsets. Returns the problems
 * found (empty when all is well) so the caller can show them with the input.
 */
export function eventProblems(text, events, validate) {
  const problems = [];
  if (!Array.isArray(events)) return ['events is not an array'];
  events.forEach((e, i) => {
    if (!validate(e)) problems.push(`event ${i}: schema: ${JSON.stringify(validate.errors)}`);
    for (const [j, s] of (e.evidence ?? []).entries()) {
      const where = `event ${i} evidence ${j} [${s.start}, ${s.end})`;
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end))
        problems.push(`${where}: offsets not integers`);
      else if (s.start < 0 || s.end > text.length || s.start > s.end)
        problems.push(`${where}: outside the text of length ${text.length}`);
      else if (s.text !== text.slice(s.start, s.end))
        problems.push(`${where}: text differs from the input there`);
    }
  });
  return problems;
}
