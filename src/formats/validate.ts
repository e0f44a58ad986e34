// The minimum an imported event must have for the record to store it: a known type and status,
// participants, and dates at a precision the contract allows. Names the line or row at fault.
import { EVENT_STATUSES, EVENT_TYPES, type ExchangeEvent } from '../types.js';

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function checkEvent(e: ExchangeEvent, where: string): ExchangeEvent {
  if (!EVENT_TYPES.includes(e.type))
    throw new SyntaxError(`${where}: type must be one of ${EVENT_TYPES.join(', ')}`);
  if (!EVENT_STATUSES.includes(e.status))
    throw new SyntaxError(`${where}: status must be one of ${EVENT_STATUSES.join(', ')}`);
  if (!Array.isArray(e.participants)) throw new SyntaxError(`${where}: participants must be a list`);
  for (const f of ['date', 'end_date'] as const) {
    const v = e[f];
    if (v !== null && v !== undefined && !(typeof v === 'string' && PARTIAL_DATE.test(v)))
      throw new SyntaxError(`${where}: ${f} must be YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  return {
    ...e,
    certainty: e.certainty ?? 'stated',
    host_country: e.host_country ?? null,
    location: e.location ?? null,
    date: e.date ?? null,
    end_date: e.end_date ?? null,
    duration_minutes: e.duration_minutes ?? null,
    topics: e.topics ?? [],
    tone: e.tone ?? null,
    evidence: e.evidence ?? [],
    cameo: e.cameo ?? null,
    plover: e.plover ?? null,
    goldstein: e.goldstein ?? null,
    rank: e.rank ?? null,
  };
}
