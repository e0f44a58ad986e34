// Pages without a <body>: linkedom builds none for a fragment, so its text was lost, and with no
// element at the top at all (a lone "<", a comment) reading the page threw. Found by the HTML property.
import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../../src/ingest/html.js';

describe('htmlToArticle on markup with no <body>', () => {
  it('reads the text of a fragment, as a JSONL line\'s "html" often is', () => {
    expect(htmlToArticle('<p>Blinken met Wang Yi in Beijing.</p><p>They spoke.</p>').text).toBe(
      'Blinken met Wang Yi in Beijing.\nThey spoke.',
    );
    expect(htmlToArticle('Blinken met <b>Wang Yi</b>.').text).toBe('Blinken met Wang Yi.');
  });

  it('gives the bare text, not an exception, for markup with no element to read', () => {
    for (const html of ['', '<!-- only a comment -->', '<!doctype html>', '<script>x()</script>'])
      expect(htmlToArticle(html).text).toBe('');
    expect(htmlToArticle('<').text).toBe('<'); // as a browser shows it
    expect(htmlToArticle('<script>x()</script><').text).toBe('<');
  });

  it('still reads a whole page as before', () => {
    const a = htmlToArticle(
      '<html><head><title>T</title><meta property="article:published_time" content="2023-06-19"></head>' +
        '<body><p>Blinken met Wang Yi in Beijing.</p></body></html>',
    );
    expect(a.text).toContain('Blinken met Wang Yi in Beijing.');
    expect(a.published).toBe('2023-06-19');
  });
});
