// Without a publication date, a story's own dateline gives one: "Dec. 10, 2013 -- President Obama…",
// "BOGOTA, July 16, 2013 (Reuters) -", "12.02.2012 - Press release". Only a date with its year counts.
import { findDates } from '../mentions/dates.js';

const HEAD_LINES = 4;
/** How far a dateline may stand under a page's head of short lines (headline, standfirst, byline, time stamp). */
const SHORT_HEAD_LINES = 7;
/** A line of a page's head, not of the body: a body paragraph runs longer. */
const HEAD_LINE_CHARS = 120;

/**
 * The lines a dateline may open: the first four, or, under a head of short lines ("Tham Yuen-C", "Senior Correspondent",
 * "UPDATED JUN 15, 2026, 07:45 PM" after a headline and a standfirst), down to the first long one.
 */
function headLines(text: string): string[] {
  const lines = text.split('\n').filter((l) => l.trim()).slice(0, SHORT_HEAD_LINES);
  let n = HEAD_LINES;
  while (n < lines.length && lines[n - 1].length <= HEAD_LINE_CHARS) n++;
  return lines.slice(0, n);
}

export function datelineDate(text: string): string | null {
  const lines = text.split('\n').filter((l) => l.trim()).slice(0, HEAD_LINES);
  for (const line of lines) {
    // A dateline opens the line, before the story's first dash or colon.
    const m = /^\s*(?:[A-Z][A-Za-z .'-]{1,40},\s+)?([^—–:|]{4,40}?)(?:\s*\([^)]{1,30}\))?\.?\s*(?:--|—|–|-|:|\|)\s/.exec(line);
    const head = m ? m[1] : line.length <= 40 ? line : null;
    if (!head) continue;
    const d = findDates(head, 0, null).find((x) => x.explicitYear && x.value.length === 10);
    if (d) return d.value;
  }
  return null;
}

/**
 * The place a dateline names ("SEOUL, June 20 (Yonhap) --", "(KATHMANDU, 13 November 2019) –", and with no
 * date, in capitals: "MONTEVIDEO (EFE) —", "ISLAMABAD:"), as written; with its country after it, the city
 * ("SHENZHEN, China, Nov. 14 (Yonhap) --", "NAIROBI, Kenya (AP) —").
 */
export function datelinePlace(text: string): string | null {
  return datelineParts(text)?.place ?? null;
}

/**
 * The country a dateline writes after its city ("EVIAN-LES-BAINS, France, June 16 —", "NAIROBI, Kenya (AP) —"), as
 * written: where the story is filed from when the city is one the gazetteer does not know.
 */
export function datelineCountryName(text: string): string | null {
  return datelineParts(text)?.country ?? null;
}

function datelineParts(text: string): { place: string; country: string | null } | null {
  const lines = headLines(text);
  for (const line of lines) {
    const m =
      /^\s*(?:[^(\n]{0,60}\()?\s*([A-Z][A-Za-z .'-]{1,30}?),\s+(?:([A-Z][A-Za-z .'-]{1,30}),\s+)?(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s/.exec(line) ??
      /^\s*([A-Z][A-Z .'-]{2,30}?)\s*(?:,\s+([A-Z][A-Za-z .'-]{1,30}?))?\s*(?:\([^)]{1,30}\)\.?\s*)?(?:--|—|–|-|:)\s/.exec(line);
    if (m) return { place: agencyOff(m[1]).trim(), country: m[2]?.trim() ?? null };
  }
  return null;
}

/**
 * "SEOUL. KAZINFORM –", "ASTANA. KAZINFORM -": Central Asian agencies put their name after the city and a period; the
 * city is what comes before. ("ST. PETERSBURG": a period after an abbreviation of two letters is the name's own.)
 */
function agencyOff(place: string): string {
  const m = /^([A-Za-z][A-Za-z '-]{2,}?)\.\s+[A-Z][A-Za-z]+\s*$/.exec(place);
  return m ? m[1] : place;
}
