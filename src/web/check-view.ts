// Paste an article, see its claims marked in the text with their verdicts and explanations.
import { api, ApiError, type Finding } from './api.js';
import { clear, h } from './dom.js';

const VERDICT_LABEL: Record<string, string> = {
  supported: 'Supported',
  contradicted: 'Contradicted',
  unverifiable: 'Unverifiable',
};

/** The text as text nodes with each claim wrapped in a <mark>; overlapping claims keep the first. */
export function markedText(text: string, findings: Finding[]): HTMLElement {
  const box = h('div', {
    class: 'marked',
    tabindex: '0',
    'aria-label': 'The article with its claims marked',
  });
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .filter(
      ({ f }) => f.claim && f.claim.start >= 0 && f.claim.end <= text.length && f.claim.end > f.claim.start,
    )
    .sort((a, b) => a.f.claim.start - b.f.claim.start);
  let at = 0;
  for (const { f, i } of sorted) {
    if (f.claim.start < at) continue;
    box.append(text.slice(at, f.claim.start));
    box.append(
      h(
        'a',
        {
          href: `#finding-${i}`,
          class: `claim verdict-${verdictClass(f.verdict)}`,
          title: `${VERDICT_LABEL[f.verdict] ?? f.verdict}: ${f.explanation}`,
        },
        h('mark', {}, text.slice(f.claim.start, f.claim.end)),
        h('sup', {}, `${i + 1}`),
      ),
    );
    at = f.claim.end;
  }
  box.append(text.slice(at));
  return box;
}

function verdictClass(v: string): string {
  return v.replace(/[^a-z]/g, '');
}

function findingItem(f: Finding, i: number): HTMLElement {
  return h(
    'li',
    { id: `finding-${i}`, class: `finding verdict-${verdictClass(f.verdict)}`, tabindex: '-1' },
    h('span', { class: 'badge verdict' }, VERDICT_LABEL[f.verdict] ?? f.verdict),
    ' ',
    h('span', { class: 'kind' }, f.kind.replace(/_/g, ' ')),
    h('blockquote', {}, f.claim.text),
    h('p', {}, f.explanation),
  );
}

export function checkView(main: HTMLElement): void {
  const text = h('textarea', {
    name: 'text',
    rows: 12,
    required: true,
    placeholder: 'Paste the article text here',
  });
  const published = h('input', { name: 'published', type: 'date' });
  const out = h('section', { class: 'check-results', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'check', 'aria-label': 'Check an article' },
    h('label', { class: 'field wide' }, h('span', {}, 'Article text'), text),
    h('label', { class: 'field' }, h('span', {}, 'Published'), published),
    h('button', { type: 'submit' }, 'Check claims'),
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clear(out);
    out.append(h('p', {}, 'Checking…'));
    const body = text.value;
    try {
      const { findings } = await api.check(body, published.value || null);
      clear(out);
      out.append(
        h(
          'h3',
          { id: 'findings-count' },
          `${findings.length} claim${findings.length === 1 ? '' : 's'} found`,
        ),
      );
      out.append(markedText(body, findings));
      if (findings.length)
        out.append(
          h('ol', { class: 'findings', 'aria-labelledby': 'findings-count' }, ...findings.map(findingItem)),
        );
    } catch (err) {
      clear(out);
      out.append(
        h(
          'p',
          { class: 'error', role: 'alert' },
          err instanceof ApiError ? err.message : 'The server could not be reached.',
        ),
      );
    }
  });
  main.append(h('h2', {}, 'Check an article’s claims against the record'), form, out);
}
