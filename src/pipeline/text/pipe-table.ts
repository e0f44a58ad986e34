// A plain-text table of exchanges, as trackers lay them out and pages turned to text keep them ("DATE | TYPE | WHO |
// WHERE | NOTES"): each row is rewritten as the sentence it stands for ("On 10/09/2025, UAE President … visited Doha.
// Met Sheikh Tamim …"), so the stages that read prose read it. Columns are known by their headings; a table without
// a date, a who and a type column is left alone. Edits only: repair maps every offset back to the table.

export interface TableEdit {
  at: number;
  del: number;
  ins: string;
}

type Column = 'date' | 'type' | 'who' | 'where' | 'other';

const HEADINGS: Array<[Column, RegExp]> = [
  ['date', /^(?:date|dates|when|day)$/i],
  ['type', /^(?:type|event|kind|exchange|engagement|contact)$/i],
  ['who', /^(?:who|visitor|visitors|leader|leaders|participants?|travell?er|people|principals?|officials?)$/i],
  ['where', /^(?:where|place|location|venue|host|destination|city)$/i],
];

/** What a row's type says its people did, before the place ("visited Doha", "held talks in New York"). */
const VERBS: Array<[RegExp, string, string]> = [
  // [type, between the people and the place, between two people of a call]
  [/^(?:state\s+|official\s+|working\s+)?visit$/i, ' visited ', ''],
  [/^(?:phone\s+|telephone\s+)?call$/i, '', ' held a phone call with '],
  [/^(?:video\s+call|videoconference|video\s+conference)$/i, '', ' held a video call with '],
  [/^(?:meeting|talks|bilateral)$/i, ' held talks in ', ' held talks with '],
  [/^summit$/i, ' in ', ''],
];

/** A note that opens with a verb or the noun of an exchange, whose subject is the row's people. */
const OPENER = /^(?:met|talks|held|received|hosted|visited|signed|attended|joined|chaired|co-chaired|called|spoke|discussed|bilateral|accompanied|placed)\b/i;

/** A cell that names no place: "-", "—", "n/a". */
const EMPTY = /^(?:[-–—]|n\/?a|)$/i;

interface Cell {
  start: number;
  end: number;
  text: string;
}

/** A line's cells, trimmed, with their offsets; null when the line has fewer than three. */
function cells(text: string, from: number, to: number): Cell[] | null {
  const out: Cell[] = [];
  let a = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text[i] !== '|') continue;
    let s = a;
    let e = i;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    out.push({ start: s, end: e, text: text.slice(s, e) });
    a = i + 1;
  }
  return out.length >= 3 ? out : null;
}

export function pipeTableEdits(text: string, edits: TableEdit[]): void {
  if (!text.includes(' | ')) return;
  let columns: Column[] | null = null;
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    const row = text.slice(at, end).includes('|') ? cells(text, at, end) : null;
    if (!row) columns = null;
    else if (!columns) {
      const heads = row.map((c) => HEADINGS.find(([, re]) => re.test(c.text))?.[0] ?? 'other');
      if (heads.includes('date') && heads.includes('who') && heads.includes('type')) {
        columns = heads;
        edits.push({ at, del: end - at, ins: '' });
      }
    } else if (row.length === columns.length) rowEdits(row, columns, edits);
    at = end + 1;
  }
}

function rowEdits(row: Cell[], columns: Column[], edits: TableEdit[]): void {
  const cell = (k: Column) => row[columns.indexOf(k)];
  const type = cell('type')?.text ?? '';
  const verb = VERBS.find(([re]) => re.test(type));
  const where = columns.includes('where') ? cell('where') : undefined;
  const place = where && !EMPTY.test(where.text) ? where : undefined;
  // Each gap between cells becomes what joins them in a sentence.
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    const next = row[i + 1];
    const col = columns[i];
    if (col === 'date' && i === 0) edits.push({ at: c.start, del: 0, ins: 'On ' });
    if (col === 'type' || (col === 'where' && !place)) {
      // The type is said by the verb; an empty place is no part of the sentence.
      edits.push({ at: c.start, del: (next ? next.start : c.end) - c.start, ins: '' });
      continue;
    }
    if (col === 'who' && verb?.[2]) {
      const slash = c.text.indexOf(' / ');
      if (slash >= 0) edits.push({ at: c.start + slash, del: 3, ins: verb[2] });
    }
    if (!next) {
      if (!/[.!?]$/.test(c.text)) edits.push({ at: c.end, del: 0, ins: '.' });
      continue;
    }
    const gap = { at: c.end, del: next.start - c.end };
    if (col === 'date') edits.push({ ...gap, ins: ', ' });
    else if (col === 'who' && place && columns[i + 1] === 'where') edits.push({ ...gap, ins: verb?.[1] || ' in ' });
    else if (OPENER.test(next.text) && !/[.!?]$/.test(c.text)) {
      // ("Doha | Met Sheikh Tamim the day after": a note that opens with what the row's people did goes on with them.)
      edits.push({ ...gap, ins: '; ' });
      edits.push({ at: next.start, del: 1, ins: next.text[0].toLowerCase() });
    } else edits.push({ ...gap, ins: /[.!?]$/.test(c.text) ? ' ' : '. ' });
  }
}
