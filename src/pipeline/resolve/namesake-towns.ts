// "Montenegro received Daniel Chapo in São Bento …, during a working visit … to Lisbon": a small town of a country
// the story never names, in a sentence that names a place of its own people's country, is a namesake there (a
// palace, a residence, a district), not the foreign town the gazetteer knows by that name.
import type { PlaceMention, SentenceView } from '../document.js';
import type { Entity } from './entities.js';

/** Towns smaller than this may be a namesake; a larger city is meant as itself. */
const TOWN_POPULATION = 100_000;

const countryOf = (p: PlaceMention) => p.place?.country ?? p.country?.code ?? null;

export function dropNamesakeTowns(views: SentenceView[], entities: Entity[], hereCountry: string | null): void {
  const named = new Map<string, number>();
  const count = (c: string | null) => c && named.set(c, (named.get(c) ?? 0) + 1);
  count(hereCountry);
  for (const e of entities) count(e.country);
  for (const s of views) {
    for (const c of s.countries) count(c.country.code);
    for (const p of s.places) if (p.place) count(p.place.country);
  }
  for (const s of views) {
    const own = new Set(s.people.map((p) => p.entity?.country ?? p.mention.country).filter((c): c is string => !!c));
    for (let i = s.places.length - 1; i >= 0; i--) {
      const p = s.places[i];
      // (Only where something was held, "in São Bento": a journey "to Sao Tome, Angola, …" names the stops themselves.)
      if (!p.place || p.place.kind !== 'city' || (p.prep !== 'in' && p.prep !== 'at') || (p.place.population ?? 0) >= TOWN_POPULATION || !p.place.population) continue;
      // Named once in the whole story, here: no one, nothing else, of that country.
      if ((named.get(p.place.country) ?? 0) > 1) continue;
      const home = s.places.some((q) => q !== p && countryOf(q) !== p.place!.country && own.has(countryOf(q) ?? ''));
      if (home) s.places.splice(i, 1);
    }
  }
}
