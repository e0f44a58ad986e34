// PLOVER JSON records in the shape of PLOVER's gold-standard records (openeventdata/PLOVER):
// event, mode, context, and actors as lists of {actorText, code, sector}. A visit's host side is
// the target; a symmetric exchange (call, meeting) lists every side as source, as PLOVER's own
// records do for "SRC/TAR" actors.
import type { CodeTable } from '../knowledge/types.js';
import type { ExchangeEvent, Participant } from '../types.js';

export interface PloverActor {
  actorText: string;
  code: string | null;
  sector: string;
}

export interface PloverRecord {
  id: string;
  date: string | null;
  event: string;
  mode: string | null;
  context: string[];
  source: PloverActor[];
  target: PloverActor[];
  eventText: string;
  text: string | null;
  eventLoc: {
    placeName: string | null;
    country: string | null;
    lat: number | null;
    lon: number | null;
  } | null;
  cameo: string | null;
  goldstein: number | null;
  publication: string[];
  url: string[];
  language: 'en';
}

const actorOf = (p: Participant): PloverActor => ({
  actorText: [p.role, p.name].filter(Boolean).join(' ') || `${p.country ?? 'unnamed'} side`,
  code: p.country,
  sector: 'GOV',
});

/** PLOVER records of the events that have a PLOVER code (postponed and cancelled ones may not). */
export function eventsToPlover(events: ExchangeEvent[], codes?: CodeTable): PloverRecord[] {
  const out: PloverRecord[] = [];
  events.forEach((e, i) => {
    if (!e.plover) return;
    const context = e.cameo ? codes?.[e.cameo]?.plover?.context : null;
    let source = e.participants;
    let target: Participant[] = [];
    if (e.type === 'visit' && e.host_country) {
      source = e.participants.filter((p) => p.country !== e.host_country);
      target = e.participants.filter((p) => p.country === e.host_country);
    }
    const sources = e.sources ?? [];
    out.push({
      id: e.id ?? `event-${i + 1}`,
      date: e.date,
      event: e.plover.event,
      mode: e.plover.mode,
      context: context ? [context] : [],
      source: source.map(actorOf),
      target: target.map(actorOf),
      eventText: e.type.replace('_', ' '),
      text: e.evidence?.map((s) => s.text).join(' ') || null,
      eventLoc: e.location
        ? {
            placeName: e.location.city,
            country: e.location.country,
            lat: e.location.lat ?? null,
            lon: e.location.lon ?? null,
          }
        : null,
      cameo: e.cameo,
      goldstein: e.goldstein,
      publication: [...new Set(sources.map((s) => s.outlet).filter((o): o is string => !!o))],
      url: [...new Set(sources.map((s) => s.url).filter((u): u is string => !!u))],
      language: 'en',
    });
  });
  return out;
}
