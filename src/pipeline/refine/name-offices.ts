// "Top diplomats of North Korea and China hold talks": an unnamed side with a specific office, a
// country and a date is the person the knowledge says held that office then, when exactly one did.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import { covers, normalizeName } from '../../knowledge/index.js';
import type { OfficeDef, Official } from '../../knowledge/types.js';
import type { Candidate, Side } from '../events/candidates.js';
import type { Entity } from '../resolve/entities.js';
import { side } from '../events/sides.js';
import { mapPacked } from '../packed.js';

/** Offices too general to name one person by ("minister", "official"). */
export const GENERIC_OFFICES = new Set(['minister', 'official', 'ambassador', 'deputy_minister', 'speaker', 'military_chief']);
const GENERIC = GENERIC_OFFICES;

/** Two offices that could be one: either unknown or too general, or the same. */
export function officesAgree(a: OfficeDef | null, b: OfficeDef | null): boolean {
  return !a || !b || GENERIC.has(a.id) || GENERIC.has(b.id) || a.id === b.id;
}

/**
 * The holders of a title the country gives to another class of office than the word's own, or null.
 * Iran's "President" is its head of government under a Supreme Leader who is head of state, so "the
 * Iranian president" is whoever was titled President then, not the head of state "president" means elsewhere.
 */
export function titledElsewhere(kb: KnowledgeIndex, country: string, office: OfficeDef, officeText: string | null, date: string): Official[] | null {
  if (!officeText) return null;
  const said = normalizeName(officeText);
  const people = kb.officialsOf(country);
  const titled = (o: Official, other: boolean) =>
    o.terms.some((t) => covers(t, date) && normalizeName(t.office) === said && (!other || t.office_id !== office.id));
  return people.some((o) => titled(o, true)) ? people.filter((o) => titled(o, false)) : null;
}

/** Who held the office a text names, in a country on a date: by its title where that crosses classes, else by class. */
export function officeHolders(kb: KnowledgeIndex, country: string, office: OfficeDef, officeText: string | null, date: string): Official[] {
  return (
    titledElsewhere(kb, country, office, officeText, date) ??
    kb.officialsOf(country).filter((o) => o.terms.some((t) => t.office_id === office.id && covers(t, date)))
  );
}

export function nameFromOffices(kb: KnowledgeIndex, cands: Candidate[], entities: Entity[] = []): void {
  const made = new Map<string, Entity>();
  // The holder the text itself names elsewhere is that person, one side in every exchange they are in.
  for (const e of entities) if (e.official && !made.has(e.official.id)) made.set(e.official.id, e);
  for (const c of cands) {
    if (!c.date || c.date.length < 7) continue;
    const fill = (p: Side): Side => {
      if (p.entity || !p.country || !p.office || GENERIC.has(p.office.id)) return p;
      const holders = officeHolders(kb, p.country, p.office, p.officeText, c.date!);
      if (holders.length !== 1) return p;
      const o = holders[0];
      let e = made.get(o.id);
      if (!e) {
        e = { id: -1 - made.size, name: o.name, country: o.country, office: p.office, officeText: p.officeText, official: o, mentions: [] };
        made.set(o.id, e);
      }
      c.trace.push(`${p.officeText ?? p.office.title} of ${p.country} on ${c.date}: ${o.name} (from knowledge)`);
      return side(e, p.country, p.office, p.officeText, p.former);
    };
    c.participants = mapPacked(c.participants, fill);
    c.travellers = mapPacked(c.travellers, fill);
  }
}
