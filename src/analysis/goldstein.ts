// Goldstein cooperation scores for the CAMEO codes DESIGN.md assigns to exchanges, and the code an
// event gets from its type and status when it carries none. Scores are facts from the GDELT
// table CAMEO.goldsteinscale.txt (credit: GDELT Project, ../shared/data/anchors/gdelt).
import type { ExchangeEvent } from '../types.js';
import { IN_PERSON } from './events.js';

export const GOLDSTEIN_BY_CAMEO: Readonly<Record<string, number>> = {
  '036': 4.0,
  '040': 1.0,
  '041': 1.0,
  '042': 1.9,
  '043': 2.8,
  '044': 2.5,
  '046': 7.0,
  '125': -5.0,
  '16': -4.0,
  '160': -4.0,
  '161': -4.0,
  '163': -8.0,
  '166': -7.0,
};

/** CAMEO per the DESIGN.md code table, from type and status alone. */
export function cameoOf(e: ExchangeEvent): string | null {
  if (e.cameo) return e.cameo;
  if (e.status === 'planned') return '036';
  if (e.status === 'declined') return '125';
  if (e.status !== 'occurred') return null;
  if (e.type === 'visit') return '042';
  if (e.type === 'phone_call' || e.type === 'video_call') return '041';
  if (e.type === 'handshake') return '044';
  if (e.type === 'message') return '040';
  if (IN_PERSON.has(e.type)) {
    const home = e.host_country && e.participants.some((p) => p.country === e.host_country);
    return home ? '040' : '044';
  }
  return null;
}

/** The event's Goldstein score: its own, else its CAMEO code's, else null (no score, no weight). */
export function goldsteinOf(e: ExchangeEvent): number | null {
  if (e.goldstein !== null && e.goldstein !== undefined) return e.goldstein;
  const c = cameoOf(e);
  if (!c) return null;
  return GOLDSTEIN_BY_CAMEO[c] ?? GOLDSTEIN_BY_CAMEO[c.slice(0, 2)] ?? null;
}
