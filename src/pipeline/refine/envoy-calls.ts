// "PML-N president Nawaz Sharif received Chinese Ambassador Jiang Zaidong at his residence", "Opposition leader Yair
// Lapid meets German Ambassador Steffen Seibert": a resident envoy's call on one who holds no office of his state on
// the day (a former leader, now a party's or the opposition's) is no exchange between states. The knowledge's terms
// say who held office when; one it does not list is left alone. Pure: reads the merged events and the knowledge.
import { covers } from '../../knowledge/index.js';
import type { Side } from '../events/sides.js';
import type { Merged } from './merge.js';

const isEnvoy = (p: Side) => p.office?.id === 'ambassador';

/** A side the knowledge lists, none of whose terms covers the date. */
const outOfOffice = (p: Side, date: string) => !!p.entity?.official && !p.entity.official.terms.some((t) => covers(t, date));

export function dropEnvoyCallsOnOutsiders(events: Merged[]): Merged[] {
  return events.filter((m) => {
    if (m.type !== 'meeting' || !m.date) return true;
    const named = m.participants.filter((p) => p.entity);
    if (named.length !== 2 || m.participants.length !== 2) return true;
    const envoy = named.find(isEnvoy);
    const other = named.find((p) => p !== envoy);
    if (!envoy || !other || isEnvoy(other)) return true;
    return !outOfOffice(other, m.date);
  });
}
