// Every candidate is made here, with all its fields in one order, so all share one hidden class (a
// literal of their own elsewhere would give V8 a second shape to handle at every read; docs/performance.md).
import type { Candidate } from './candidates.js';

/** What every telling of an exchange gives. */
export type Told = Pick<
  Candidate,
  | 'type'
  | 'status'
  | 'certainty'
  | 'participants'
  | 'travellers'
  | 'host'
  | 'place'
  | 'date'
  | 'endDate'
  | 'dateFrom'
  | 'sentence'
  | 'triggerStart'
  | 'triggerEnd'
  | 'clauseStart'
  | 'heading'
  | 'anaphoric'
  | 'trace'
>;

/** What only some tellings give; later stages set the rest. */
export type Marks = Partial<Omit<Candidate, keyof Told>>;

export function newCandidate(t: Told, m: Marks = {}): Candidate {
  return {
    type: t.type,
    status: t.status,
    certainty: t.certainty,
    participants: t.participants,
    travellers: t.travellers,
    host: t.host,
    place: t.place,
    date: t.date,
    endDate: t.endDate,
    dateFrom: t.dateFrom,
    sentence: t.sentence,
    triggerStart: t.triggerStart,
    triggerEnd: t.triggerEnd,
    clauseStart: t.clauseStart,
    heading: t.heading,
    anaphoric: t.anaphoric,
    trace: t.trace,
    negotiation: m.negotiation ?? false,
    vagueType: m.vagueType ?? false,
    conference: m.conference ?? false,
    prepared: m.prepared,
    superseded: m.superseded,
    postponedFrom: m.postponedFrom,
    regional: m.regional,
    noun: m.noun,
    cameFrom: m.cameFrom,
    comesBack: m.comesBack,
    journeyPurpose: m.journeyPurpose,
    duringVisit: m.duringVisit,
    atGathering: m.atGathering,
    another: m.another,
    background: m.background,
    split: m.split,
    listItem: m.listItem,
    heldDuring: m.heldDuring,
    bearer: m.bearer,
  };
}

/**
 * A copy of a candidate with some fields changed: `{ ...c, type: 'visit' }` gave every place that wrote
 * one its own hidden class (V8 clones the map of a spread's source and the fields written after it),
 * and each new class reaching refine's code threw it away to be compiled again.
 */
export function copyCandidate(c: Candidate, changes?: Partial<Candidate>): Candidate {
  const copy = newCandidate(c, c);
  return changes ? Object.assign(copy, changes) : copy;
}
