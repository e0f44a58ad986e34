// Pure: a person's corrections laid over the event the sources tell. Applied by event id whenever an
// event is written, so a later source merging into the event never undoes them.
import { badInput } from '../errors.js';
import { EVENT_STATUSES, EVENT_TYPES, type ExchangeEvent } from '../types.js';
import { isPartialDate } from './dates.js';
import { bestRank } from './merge.js';
import type { Correction } from './types.js';

export type Patch = Correction['patch'];

const EDITABLE = new Set([
  'type',
  'status',
  'certainty',
  'participants',
  'host_country',
  'location',
  'date',
  'end_date',
  'date_disputed',
  'duration_minutes',
  'topics',
  'tone',
  'cameo',
  'plover',
  'goldstein',
  'rank',
  'deleted',
]);

/** Rejects a patch a person could not have meant (unknown field, impossible value) with a one-line reason. */
export function validatePatch(patch: Patch): void {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch))
    throw badInput('a correction needs a patch object', 'patch');
  const keys = Object.keys(patch);
  if (!keys.length) throw badInput('a correction patch is empty', 'patch');
  for (const k of keys) if (!EDITABLE.has(k)) throw badInput(`a correction cannot change "${k}"`, 'patch');
  if (patch.type !== undefined && !EVENT_TYPES.includes(patch.type))
    throw badInput(`unknown type "${patch.type}"`, 'patch');
  if (patch.status !== undefined && !EVENT_STATUSES.includes(patch.status))
    throw badInput(`unknown status "${patch.status}"`, 'patch');
  for (const f of ['date', 'end_date'] as const) {
    const v = patch[f];
    if (v !== undefined && v !== null && !isPartialDate(v))
      throw badInput(`${f} must be YYYY, YYYY-MM or YYYY-MM-DD`, 'patch');
  }
  if (patch.participants !== undefined && (!Array.isArray(patch.participants) || !patch.participants.length))
    throw badInput('participants must be a non-empty list', 'patch');
}

export interface Corrected {
  event: ExchangeEvent;
  deleted: boolean;
}

export function applyCorrections(base: ExchangeEvent, patches: Patch[]): Corrected {
  let event: ExchangeEvent = { ...base };
  let deleted = false;
  for (const p of patches) {
    const { deleted: del, ...fields } = p;
    if (del !== undefined) deleted = !!del;
    event = { ...event, ...fields };
    // A corrected cast changes the event's best rank unless the person set the rank too.
    if (fields.participants && fields.rank === undefined) event.rank = bestRank(event.participants);
  }
  return { event, deleted };
}
