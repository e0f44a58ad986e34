// What a test wants of an extracted event, and how it is shown when it is missing: shared by the
// sentence cases and the whole-article cases of test/pipeline.
import type { ExchangeEvent } from '../../src/types.js';

export interface Want {
  type: ExchangeEvent['type'];
  status?: ExchangeEvent['status'];
  people: string[];
  /** Prefix the event's date must start with; null for no date. */
  date?: string | null;
  host?: string | null;
  countries?: string[];
  certainty?: 'stated' | 'possible';
}

export const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase();

export function matches(e: ExchangeEvent, w: Want): boolean {
  const names = e.participants.map((p) => fold(p.name ?? ''));
  if (e.type !== w.type) return false;
  if ((w.status ?? 'occurred') !== e.status) return false;
  if (!w.people.every((p) => names.some((n) => n.includes(fold(p))))) return false;
  if (w.date !== undefined) {
    if (w.date === null ? e.date !== null : !(e.date ?? '').startsWith(w.date)) return false;
  }
  if (w.host !== undefined && e.host_country !== w.host) return false;
  if (w.countries && !w.countries.every((c) => e.participants.some((p) => p.country === c))) return false;
  if (w.certainty && e.certainty !== w.certainty) return false;
  return true;
}

export const show = (es: ExchangeEvent[]) =>
  es
    .map(
      (e) =>
        `${e.type}/${e.status} ${e.date} ${e.participants.map((p) => `${p.name}(${p.country})`).join(', ')} host=${e.host_country}`,
    )
    .join('\n');

/** A whole article of our own making (test/pipeline/articles/) and what a careful reader gives of it. */
export interface OwnArticle {
  file: string;
  published: string;
  want: Want[];
  /** Events a reader would not give: no event may have all these people. */
  never?: string[][];
  /** Exchanges told once: exactly one event of this type with this person. */
  single?: Array<[ExchangeEvent['type'], string]>;
  /** No event may be dated so ("first trip … since 2022" tells no trip of 2022). */
  notDated?: string[];
  /** People who travel in no event. */
  noTrip?: string[];
  /** People who take part in no event (denied, or said not to have happened). */
  noEvent?: string[];
  /** [person, host]: no visit of this person to this host may be told as made (one still on the way). */
  notArrived?: Array<[string, string]>;
  /** No planned event may have all these people. */
  notPlanned?: string[][];
  /** [host, ...people]: no event with all these people may be placed in this host country. */
  notHosted?: Array<[string, ...string[]]>;
  /** [type, ...people]: no event of this type may have all these people (a demand read as a call). */
  notOfType?: Array<[ExchangeEvent['type'], ...string[]]>;
  todo?: string[];
}
