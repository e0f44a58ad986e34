// Where an in-person exchange took place when its own clause names no place: the story around it
// often does. Runs on merged events, before they are finalised.
import type { EventType } from '../../types.js';
import type { Merged } from './merge.js';
import { datesAgree } from './merge.js';

const IN_PERSON: EventType[] = ['meeting', 'handshake'];
/** A story's sentences about one trip stay this close; further apart, only matching days tie them. */
const NEAR = 3;

const gap = (a: Merged, b: Merged) => Math.min(...a.sentences.flatMap((i) => b.sentences.map((j) => Math.abs(i - j))));
const isDefault = (m: Merged) => m.dateFrom === 'default' || m.dateFrom === 'lead story';

/** Days from a to b (both YYYY-MM-DD). */
const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/** Is the meeting's time the visit's? A day inside the trip (a day's slack), or the same story's undated mention. */
function duringTrip(m: Merged, v: Merged, near: boolean): boolean {
  if (m.date?.length === 10 && v.date?.length === 10) {
    const from = days(v.date, m.date);
    const last = v.endDate?.length === 10 ? days(v.date, v.endDate) : 7;
    return from >= -1 && from <= last + 1;
  }
  return near && (isDefault(m) || datesAgree(m.date, v.date, 7));
}

/**
 * "Suluhu made her first trip to Uganda to sign oil deals with Museveni", "During his stay, Blinken is
 * expected to meet Wang Yi": a traveller meeting someone of the country visited, at the time of the
 * trip, meets there. A meeting the text does not date takes the trip's date too.
 */
function meetingsDuringVisits(events: Merged[]): void {
  for (const m of events) {
    if (!IN_PERSON.includes(m.type) || m.host) continue;
    const trip = events.find((v) => {
      if (v.type !== 'visit' || !v.host || v === m) return false;
      // A meeting expected during a trip under way is planned while the trip has occurred.
      if (v.status !== m.status && !(v.status === 'occurred' && m.status === 'planned')) return false;
      const travellers = (v.travellers.length ? v.travellers : v.participants).filter((t) => t.entity);
      const traveller = travellers.find((t) => m.participants.some((p) => p.entity === t.entity));
      if (!traveller) return false;
      if (!m.participants.some((p) => p.entity !== traveller.entity && p.country === v.host)) return false;
      return duringTrip(m, v, gap(m, v) <= NEAR);
    });
    if (!trip) continue;
    m.host = trip.host;
    if (trip.place?.place) m.place = trip.place;
    if (isDefault(m) && trip.date && !datesAgree(m.date, trip.date, 0)) {
      m.date = trip.date;
      m.endDate = null;
      m.dateFrom = 'context';
    }
    m.trace.push(`host ${trip.host}: held during the traveller's visit there (sentence ${trip.sentences[0] + 1})`);
  }
}

export function placeEvents(events: Merged[]): void {
  meetingsDuringVisits(events);
}
