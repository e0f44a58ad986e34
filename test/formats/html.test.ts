import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../../src/ingest/html.js';
import { toIsoDate } from '../../src/ingest/htmlMeta.js';

const BODY = `
  <p>The foreign minister of Norway arrived in Ottawa on Tuesday for two days of talks with her Canadian counterpart, officials in both capitals said.</p>
  <p>The two ministers discussed Arctic shipping routes, fisheries enforcement and a joint research vessel, according to a statement released after the meeting.</p>
  <p>It was the first visit by a Norwegian foreign minister to Canada in four years, and aides described the atmosphere as warm and businesslike.</p>`;

const page = (head: string, body = BODY) =>
  `<!doctype html><html><head>${head}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
   <article><h1>Norway's foreign minister visits Ottawa</h1>${body}</article>
   <footer>Copyright The Northern Ledger</footer></body></html>`;

describe('htmlToArticle', () => {
  it('keeps the title as the first line and one paragraph per line', () => {
    const a = htmlToArticle(
      page(
        '<title>Norway\'s foreign minister visits Ottawa | The Northern Ledger</title><meta property="og:title" content="Norway\'s foreign minister visits Ottawa">',
      ),
    );
    const lines = a.text.split('\n');
    expect(lines[0]).toBe("Norway's foreign minister visits Ottawa");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^The foreign minister of Norway arrived in Ottawa/);
    expect(lines[3]).toMatch(/warm and businesslike\.$/);
    expect(a.text).not.toContain('Home');
    expect(a.text).not.toContain('Copyright');
    expect(a.title).toBe("Norway's foreign minister visits Ottawa");
  });

  it('drops the site name from a <title> whose headline is the h1, and only then', () => {
    const short = (title: string, h1: string) =>
      htmlToArticle(`<html><head><title>${title}</title></head><body><h1>${h1}</h1>${BODY}</body></html>`).title;
    expect(short('Envoys meet in Oslo | Fjord Wire', 'Envoys meet in Oslo')).toBe('Envoys meet in Oslo');
    expect(short('Envoys meet in Oslo | Fjord Wire', 'Other story')).toBe('Envoys meet in Oslo | Fjord Wire');
    expect(short('Envoys meet in Oslo again', 'Envoys meet in Oslo')).toBe('Envoys meet in Oslo again');
  });

  it('reads the date, canonical URL and outlet from meta tags', () => {
    const a = htmlToArticle(
      page(`<meta property="article:published_time" content="2024-03-12T23:30:00-05:00">
            <meta property="og:site_name" content="The Northern Ledger">
            <link rel="canonical" href="/world/norway-ottawa">`),
      { url: 'https://ledger.example.org/world/norway-ottawa?utm=feed' },
    );
    expect(a.published).toBe('2024-03-12'); // the publisher's own day, not the UTC one
    expect(a.url).toBe('https://ledger.example.org/world/norway-ottawa');
    expect(a.outlet).toBe('The Northern Ledger');
  });

  it('reads datePublished and publisher from JSON-LD (inside @graph)', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'x' },
        {
          '@type': 'NewsArticle',
          headline: 'Ministers meet',
          datePublished: '2021-11-02T08:00:00Z',
          publisher: { '@type': 'Organization', name: 'Fjord Wire' },
        },
      ],
    };
    const a = htmlToArticle(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`), {
      url: 'https://www.fjordwire.example/a/1',
    });
    expect(a.published).toBe('2021-11-02');
    expect(a.outlet).toBe('Fjord Wire');
    expect(a.title).toBe('Ministers meet');
  });

  it('falls back to <time datetime>, dc.date, and the host name', () => {
    const withTime = htmlToArticle(page('', `<time datetime="2019-07-04">4 July</time>${BODY}`), {
      url: 'https://www.example.net/x',
    });
    expect(withTime.published).toBe('2019-07-04');
    expect(withTime.outlet).toBe('example.net');
    const dc = htmlToArticle(page('<meta name="DC.date" content="2018-01-09">'));
    expect(dc.published).toBe('2018-01-09');
  });

  it('gives null for what the page does not state, and ignores broken JSON-LD', () => {
    const a = htmlToArticle(page('<script type="application/ld+json">{not json</script>'));
    expect(a.published).toBeNull();
    expect(a.url).toBeNull();
    expect(a.outlet).toBeNull();
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('uses the given id and a stable default id', () => {
    expect(htmlToArticle(page(''), { id: 'doc-7' }).id).toBe('doc-7');
    const u = { url: 'https://a.example/p' };
    expect(htmlToArticle(page(''), u).id).toBe(htmlToArticle(page(''), u).id);
    expect(htmlToArticle(page(''), u).id).not.toBe(
      htmlToArticle(page(''), { url: 'https://a.example/q' }).id,
    );
  });

  it('does not crash on very deeply nested HTML and still finds the text', () => {
    const depth = 20000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep inside, the envoy met the premier.</p>${'</div>'.repeat(depth)}</body></html>`;
    const a = htmlToArticle(html);
    expect(a.text).toContain('Deep inside, the envoy met the premier.');
  });

  it('handles a short page that Readability declines', () => {
    const a = htmlToArticle(
      '<html><head><title>Brief</title></head><body><p>Leaders spoke by phone.</p></body></html>',
    );
    expect(a.text.split('\n')).toEqual(['Brief', 'Leaders spoke by phone.']);
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2023-06-18', '2023-06-18'],
    ['2023-06-18T10:00:00+08:00', '2023-06-18'],
    ['20230618', '2023-06-18'],
    ['Sun, 18 Jun 2023 10:00:00 GMT', '2023-06-18'],
    ['June 18, 2023', '2023-06-18'],
    ['18 June 2023', '2023-06-18'],
  ])('%s → %s', (input, out) => expect(toIsoDate(input)).toBe(out));
  it.each(['', 'yesterday', '2023-02-30', '2023-13-01', 'June 2023'])('rejects %s', (input) =>
    expect(toIsoDate(input)).toBeNull(),
  );
});
