// Short human wording of an event, shared by the calendar and TimelineJS outputs.
import type { ExchangeEvent, Participant } from '../types.js';

const TYPE_WORDS: Record<ExchangeEvent['type'], string> = {
  visit: 'Visit',
  meeting: 'Meeting',
  phone_call: 'Phone call',
  video_call: 'Video call',
  handshake: 'Handshake',
  message: 'Messages',
};

export function personLabel(p: Participant): string {
  const who = p.name ?? (p.role ? `${p.country ?? ''} ${p.role}`.trim() : `${p.country ?? 'unnamed'} side`);
  return p.name && p.country ? `${who} (${p.country})` : who;
}

/** "Visit: Antony Blinken (USA) – Xi Jinping (CHN), in Beijing [planned]". */
export function headline(e: ExchangeEvent): string {
  const people = e.participants.map(personLabel).join(' – ');
  const place = e.location?.city ? `, in ${e.location.city}` : e.host_country ? `, in ${e.host_country}` : '';
  const status = e.status === 'occurred' ? '' : ` [${e.status}]`;
  return `${TYPE_WORDS[e.type]}: ${people || 'unnamed sides'}${place}${status}`;
}

/** Lines describing an event beyond its headline: roles, topics, tone, sources. */
export function details(e: ExchangeEvent): string[] {
  const lines: string[] = [];
  for (const p of e.participants) if (p.role) lines.push(`${p.name ?? 'unnamed'}: ${p.role}`);
  if (e.topics?.length) lines.push(`Topics: ${e.topics.join(', ')}`);
  if (e.tone) lines.push(`Tone: ${e.tone}`);
  if (e.duration_minutes) lines.push(`Duration: ${e.duration_minutes} minutes`);
  if (e.certainty === 'possible') lines.push('Only floated as possible');
  for (const s of e.sources ?? [])
    lines.push(`Source: ${[s.outlet, s.published, s.url].filter(Boolean).join(', ') || s.document}`);
  return lines;
}
