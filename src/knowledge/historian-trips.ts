// Pure: reads the Office of the Historian's travels XML (schema travels/schema/trips.rnc) from a
// string. Only the fields knowledge validation needs; the record importer has its own reader.

export interface HistorianTrip {
  /** "president" or "secretary" (travel-role-codes.xml). */
  role: string;
  /** File-level person id, e.g. "blinken-antony-j". */
  who: string;
  /** Name as the Historian writes it, e.g. "Antony John Blinken". */
  name: string;
  start: string;
  end: string;
  country: string;
  locale: string;
}

const field = (block: string, tag: string): string => {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(block);
  return m ? decode(m[1]).replace(/\s+/g, ' ').trim() : '';
};

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

export function parseHistorianTrips(xml: string): HistorianTrip[] {
  const trips: HistorianTrip[] = [];
  for (const m of xml.matchAll(/<trip\s([^>]*)>([\s\S]*?)<\/trip>/g)) {
    const attrs = m[1];
    const body = m[2];
    trips.push({
      role: /role="([^"]*)"/.exec(attrs)?.[1] ?? field(body, 'role'),
      who: /who="([^"]*)"/.exec(attrs)?.[1] ?? '',
      name: field(body, 'name'),
      start: field(body, 'start-date'),
      end: field(body, 'end-date'),
      country: field(body, 'country'),
      locale: field(body, 'locale'),
    });
  }
  return trips;
}

/** A foreign leader's visit to the US (the Historian's visits/data/*.xml, schema visits.rnc). */
export interface HistorianVisit {
  start: string;
  end: string;
  /** As written, title included: "Prime Minister Kyriakos Mitsotakis". */
  visitor: string;
  from: string;
}

export function parseHistorianVisits(xml: string): HistorianVisit[] {
  return [...xml.matchAll(/<visit>([\s\S]*?)<\/visit>/g)].map((m) => ({
    start: field(m[1], 'start-date'),
    end: field(m[1], 'end-date'),
    visitor: field(m[1], 'visitor'),
    from: field(m[1], 'from'),
  }));
}
