// An event's evidence sentences, each linked to the document it came from.
import type { Event, Source, Span } from './api.js';
import { h } from './dom.js';

function sourceLink(s: Source): HTMLElement {
  const label = s.outlet ?? (s.url ? hostOf(s.url) : null) ?? `document ${s.document}`;
  const when = s.published ? `, ${s.published}` : '';
  return s.url
    ? h(
        'a',
        { href: s.url, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'source' },
        `${label}${when}`,
      )
    : h('span', { class: 'source' }, `${label}${when}`);
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

function quote(span: Span, source: Source | null): HTMLElement {
  return h(
    'blockquote',
    { class: 'evidence' },
    h('p', {}, span.text),
    source ? h('footer', {}, '— ', sourceLink(source)) : null,
  );
}

/** The first sentence of each source (all of them with `all`), or the event's own evidence. */
export function evidenceBlock(e: Event, all = false): HTMLElement {
  const sources = e.sources ?? [];
  const box = h('div', { class: 'evidence-list' });
  if (!sources.length) {
    for (const s of e.evidence.slice(0, all ? undefined : 1)) box.appendChild(quote(s, null));
    return box;
  }
  for (const s of all ? sources : sources.slice(0, 1)) {
    for (const span of all ? s.evidence : s.evidence.slice(0, 1)) box.appendChild(quote(span, s));
    if (!s.evidence.length) box.appendChild(h('p', {}, sourceLink(s)));
  }
  if (!all && sources.length > 1)
    box.appendChild(
      h('p', { class: 'more' }, `and ${sources.length - 1} more source${sources.length > 2 ? 's' : ''}`),
    );
  return box;
}
