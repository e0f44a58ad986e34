// Splits an exchange into dyads (source side → target side), as the dyadic event datasets
// (Phoenix, ICEWS, GDELT, PLOVER) need. A visit runs from the visitor's side to the host's.
import type { ExchangeEvent, Participant } from '../types.js';

export interface Dyad {
  source: Participant[];
  target: Participant[];
}

/** Participants grouped by country, in order of first appearance. */
export function sidesOf(e: ExchangeEvent): Participant[][] {
  const byCountry = new Map<string, Participant[]>();
  for (const p of e.participants) {
    const key = p.country ?? '';
    const list = byCountry.get(key);
    if (list) list.push(p);
    else byCountry.set(key, [p]);
  }
  return [...byCountry.values()];
}

/**
 * One dyad per pair of sides. For a visit the host's side is always the target; otherwise the
 * side named first is the source (meetings and calls are symmetric; the datasets pick one).
 */
export function dyads(e: ExchangeEvent): Dyad[] {
  const sides = sidesOf(e);
  if (sides.length < 2) return sides.length ? [{ source: sides[0], target: [] }] : [];
  if (e.type === 'visit' && e.host_country) {
    const host = sides.find((s) => s[0].country === e.host_country);
    if (host) return sides.filter((s) => s !== host).map((s) => ({ source: s, target: host }));
  }
  const out: Dyad[] = [];
  for (let i = 0; i < sides.length; i++)
    for (let j = i + 1; j < sides.length; j++) out.push({ source: sides[i], target: sides[j] });
  return out;
}
