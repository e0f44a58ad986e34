// "Montenegro received Daniel Chapo in São Bento …, during a working visit … to Lisbon": a small town of a country
// the story never names, in a sentence that names a place of its own people's country, is a namesake there (a
// palace, a residence, a district), not the foreign town the gazetteer knows by that name.
import type { PlaceDef } from '../../knowledge/types.js';
import type { PlaceMention, SentenceView } from '../document.js';
import type { Gazetteer } from '../mentions/gazetteer.js';
import type { Entity } from './entities.js';

/** Towns smaller than this may be a namesake; a larger city is meant as itself. */
const TOWN_POPULATION = 100_000;

const countryOf = (p: PlaceMention) => p.place?.country ?? p.country?.code ?? null;

export function dropNamesakeTowns(views: SentenceView[], entities: Entity[], hereCountry: string | null): void {
  const named = storyCountries(views, entities);
  if (hereCountry) named.set(hereCountry, (named.get(hereCountry) ?? 0) + 1);
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

/** A namesake is preferred only when no fewer people live there than one in this many of the first one's. */
const NAMESAKE_RATIO = 20;

/** How often each country is named in the story: by its people, its own name or a demonym, and its places. */
function storyCountries(views: SentenceView[], entities: Entity[]): Map<string, number> {
  const named = new Map<string, number>();
  const count = (c: string | null) => c && named.set(c, (named.get(c) ?? 0) + 1);
  for (const e of entities) count(e.country);
  for (const s of views) {
    for (const c of s.countries) count(c.country.code);
    for (const p of s.places) if (p.place) count(p.place.country);
  }
  return named;
}

/**
 * "Steinmeier arrived in Windsor" in a story of the King's, "Sánchez met Macron in Valencia": a city whose name
 * cities of other countries share is the one of a country the story names, when the one the gazetteer puts first
 * (the capital, else the most populous) is of a country the story names nowhere else; among several, the most
 * populous. The dateline's country counts; so does the country a dateline writes after its town ("WINDSOR, England").
 */
export function preferNamesakes(g: Gazetteer, views: SentenceView[], entities: Entity[], here: PlaceDef | null, writtenCountry: string | null): PlaceDef | null {
  if (!g.namesakes.size) return here;
  const named = storyCountries(views, entities);
  // A place's own mentions do not name its country: only what else the story names does.
  const own = new Map<string, number>();
  for (const s of views) for (const p of s.places) if (p.place && g.namesakes.has(p.place.name)) own.set(p.place.name, (own.get(p.place.name) ?? 0) + 1);
  const chosen = new Map<string, PlaceDef>();
  const choose = (p: PlaceDef, hereCountry: string | null): PlaceDef => {
    let c = chosen.get(p.name);
    if (c) return c;
    const list = g.namesakes.get(p.name)!;
    const elsewhere = (code: string) => (named.get(code) ?? 0) - (code === p.country ? (own.get(p.name) ?? 0) : 0) > 0 || code === hereCountry;
    // (Not away from a capital, nor from a city twenty times the namesake's size: "met Sunak in Paris", "in Sydney"
    // are those cities, whatever else the story names.)
    const rival = (q: PlaceDef) => q !== p && elsewhere(q.country) && (q.population ?? 0) * NAMESAKE_RATIO >= (p.population ?? 0);
    // (Nor away from a curated place, which carries no population: "Geneva" is the Swiss city the knowledge chose.)
    c = elsewhere(p.country) || !p.population || g.kb.country(p.country)?.capital === p.name ? p : list.filter(rival).reduce<PlaceDef | undefined>((a, q) => (!a || (q.population ?? 0) > (a.population ?? 0) ? q : a), undefined) ?? p;
    chosen.set(p.name, c);
    return c;
  };
  let dateline = here;
  if (here?.kind === 'city' && g.namesakes.has(here.name)) {
    const written = writtenCountry ? g.namesakes.get(here.name)!.find((q) => q.country === writtenCountry) : undefined;
    dateline = written ?? (writtenCountry ? here : choose(here, null));
  }
  const hereCountry = dateline?.country ?? writtenCountry;
  for (const s of views) for (const p of s.places) if (p.place?.kind === 'city' && g.namesakes.has(p.place.name)) p.place = choose(p.place, hereCountry);
  return dateline;
}
