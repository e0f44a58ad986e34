// One exchange with every source that tells it and each source's evidence.
import { api, ApiError } from './api.js';
import { h } from './dom.js';
import { evidenceBlock } from './evidence.js';
import { dateText, participantText, placeText, statusBadge, TYPE_LABEL, typeBadge } from './format.js';

export async function eventView(main: HTMLElement, id: string): Promise<void> {
  try {
    const e = await api.event(id);
    const rows: [string, string | null][] = [
      ['Type', TYPE_LABEL[e.type] ?? e.type],
      ['Status', e.certainty === 'possible' ? `${e.status} (possible)` : e.status],
      ['Date', dateText(e)],
      [
        'Date as written',
        e.date_disputed ? `${e.date_disputed.as_written} — ${e.date_disputed.reason}` : null,
      ],
      ['Place', placeText(e)],
      ['Host country', e.host_country],
      ['Duration', e.duration_minutes ? `${e.duration_minutes} minutes` : null],
      ['Topics', e.topics?.length ? e.topics.join(', ') : null],
      ['Tone', e.tone ?? null],
      ['Seniority (best rank)', e.rank === null ? null : String(e.rank)],
      ['CAMEO', e.cameo ?? null],
    ];
    main.append(
      h('p', {}, h('a', { href: '#/' }, '← Back to the timeline')),
      h(
        'h2',
        {},
        typeBadge(e.type),
        ' ',
        e.participants.map((p) => p.name ?? 'unnamed').join(' · '),
        ' ',
        statusBadge(e),
      ),
      h(
        'dl',
        { class: 'facts' },
        ...rows.filter(([, v]) => v).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
      ),
      h('h3', {}, 'Participants'),
      h(
        'ul',
        { class: 'participants' },
        ...e.participants.map((p) => h('li', {}, participantText(p), p.rank ? ` — rank ${p.rank}` : '')),
      ),
      h('h3', {}, `Sources (${e.sources?.length ?? 0})`),
      evidenceBlock(e, true),
    );
  } catch (err) {
    main.append(
      h(
        'p',
        { class: 'error', role: 'alert' },
        err instanceof ApiError ? err.message : 'The server could not be reached.',
      ),
    );
  }
}
