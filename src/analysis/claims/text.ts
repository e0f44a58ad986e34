// Pure text helpers for claim finders: lines and sentences with their offsets, number words.
import type { Span } from '../../types.js';

export interface Sentence extends Span {
  /** Index of the line (paragraph) it sits in. */
  line: number;
}

export interface Line extends Span {
  index: number;
}

export function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  text.split('\n').forEach((raw, index) => {
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ start: start + lead, end: start + lead + t.length, text: t, index });
    start += raw.length + 1;
  });
  return out;
}

// A period after these does not end a sentence ("U.S.", "Mr.", "Jan.").
const ABBREV =
  /(?:\b[A-Z]\.(?:[A-Z]\.)*|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|No|vs|Jr|Sr)\.)$/;

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const ln of lines(text)) {
    let from = 0;
    const re = /[.!?][”"’)]?\s+(?=[A-Z“"‘(0-9])/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ln.text))) {
      const cut = m.index + m[0].trimEnd().length;
      if (ABBREV.test(ln.text.slice(from, m.index + 1))) continue;
      push(ln, from, cut);
      from = m.index + m[0].length;
    }
    push(ln, from, ln.text.length);
  }
  return out;

  function push(ln: Line, a: number, b: number) {
    const t = ln.text.slice(a, b);
    if (t.trim()) out.push({ start: ln.start + a, end: ln.start + b, text: t, line: ln.index });
  }
}

export { NUMBER_WORD, numberWord } from '../../pipeline/text/numbers.js';

export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}


/** Lower-cases and straightens typographic apostrophes, keeping every offset. */
export function fold(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'");
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "March 14, 2021" / "14 March 2021" / "March 2021" / "2021-03-14" → ISO at the precision given. */
export function parseDate(s: string): string | null {
  const t = s.trim().toLowerCase().replace(/,/g, '').replace(/\./g, '');
  let m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(t);
  if (m) return m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`;
  const month = (w: string) => {
    const i = MONTHS.findIndex((x) => x.startsWith(w.slice(0, 3)) && x.startsWith(w));
    return i < 0 ? null : String(i + 1).padStart(2, '0');
  };
  m = /^([a-z]+)\s+(\d{1,2})\s+(\d{4})$/.exec(t);
  if (m && month(m[1])) return `${m[3]}-${month(m[1])}-${m[2].padStart(2, '0')}`;
  m = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/.exec(t);
  if (m && month(m[2])) return `${m[3]}-${month(m[2])}-${m[1].padStart(2, '0')}`;
  m = /^([a-z]+)\s+(\d{4})$/.exec(t);
  if (m && month(m[1])) return `${m[2]}-${month(m[1])}`;
  m = /^(\d{4})$/.exec(t);
  if (m) return m[1];
  return null;
}

export const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
