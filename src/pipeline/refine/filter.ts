// What is not a diplomatic exchange: no named person, one country only (a domestic meeting),
// a visit to the traveller's own country, to nowhere or to a whole region, or by a traveller of no known country.
import type { Side } from '../events/sides.js';
import type { Merged } from './merge.js';

export function keepEvent(m: Merged): boolean {
  const named = m.participants.filter((p) => p.entity);
  if (!named.length) return false;
  if (m.type === 'visit') {
    // "Putin's Gulf tour" told with no country: its stops are told apart, or not at all.
    if (m.regional) return false;
    const t = m.travellers.length ? m.travellers : m.participants;
    if (!t.some((x) => x.entity)) return false;
    if (!m.host) return false;
    // A traveller of no known country ("Apple chief executive Tim Cook visited Beijing") is no side of a state.
    return t.some((x) => !!x.country && x.country !== m.host);
  }
  if (m.participants.length < 2) return false;
  const countries = new Set(m.participants.map((p) => p.country ?? `?${p.entity?.id ?? ''}`));
  return countries.size >= 2;
}

/** "Lula, Boric sign deals as crisis hangs over visit": one at home in the host country made no journey of the visit. */
export function dropHomeTravellers(m: Merged): void {
  if (m.type !== 'visit' || !m.host) return;
  const t = m.travellers.length ? m.travellers : m.participants;
  const away = t.filter((x) => x.country !== m.host);
  if (!away.length || away.length === t.length) return;
  m.travellers = away;
  m.participants = m.participants.filter((p) => p.country !== m.host || !p.entity);
  m.trace.push('travellers at home in the host country dropped');
}

/**
 * "Albanese met Queensland Premier David Crisafulli": one whose only title is a region's or a firm's, and whom no
 * country claims, is no side of an exchange between states (mentions/people.ts marks such titles).
 */
export function dropLocalSides(m: Merged): Merged {
  if (!m.participants.some(isLocal)) return m;
  m.participants = m.participants.filter((p) => !isLocal(p));
  m.travellers = m.travellers.filter((p) => !isLocal(p));
  m.trace.push('sides titled only as a region\'s or a firm\'s officers dropped');
  return m;
}

const isLocal = (p: Side) => !p.country && !!p.entity && !p.entity.official && p.entity.mentions.some((x) => x.local);
