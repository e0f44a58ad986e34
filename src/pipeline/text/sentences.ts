// Lines first, then sentences inside each line (text/sentence-breaks.ts), keeping JavaScript string offsets
// into the original text: nothing is normalised in place, so evidence is always an exact slice.
import { DATE_LINE } from './structure.js';
import { sentenceSpans } from './sentence-breaks.js';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the line (paragraph) the sentence belongs to. */
  line: number;
}

export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
  sentences: Sentence[];
}

/** A line longer than this is cut into windows so no stage ever sees a megabyte-long "sentence". */
const MAX_LINE = 20_000;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let lineEnd = end;
    if (lineEnd > start && text[lineEnd - 1] === '\r') lineEnd--;
    const raw = text.slice(start, lineEnd);
    if (raw.trim()) {
      lines.push({ index: index++, start, end: lineEnd, text: raw, sentences: [] });
    }
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

/**
 * Wire copy is often hard-wrapped at ~70 columns: a sentence runs over several lines and only a blank
 * line ends a paragraph. When most lines run on into the next, consecutive lines are one paragraph,
 * unless the copy marks a new one otherwise (paragraphStarts).
 */
export function unwrapLines(text: string, lines: Line[]): Line[] {
  if (lines.length < 4) return lines;
  let runOn = 0;
  let joined = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const gap = text.slice(lines[i].end, lines[i + 1].start);
    if ((gap.match(/\n/g) ?? []).length !== 1) continue;
    joined++;
    // A wrapped line is of typewriter width and stops mid-sentence.
    const len = lines[i].text.trim().length;
    // (A title over a line of its own date, as a feed of items lays them out, is two lines: no sentence runs on into a date.)
    if (len >= 40 && len <= 100 && !/[.!?:"”’)\]]\s*$/.test(lines[i].text) && /^\s*[\p{Ll}\p{Lu}(“"'‘0-9]/u.test(lines[i + 1].text) && !DATE_LINE.test(lines[i + 1].text)) runOn++;
  }
  if (runOn < 3 || runOn < joined * 0.5) return lines;
  const width = wrapWidth(text, lines);
  const indent = Math.min(...lines.map(indentOf));
  const out: Line[] = [];
  let last: Line | null = null;
  for (const l of lines) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, l.start) : '';
    if (prev && last && (gap.match(/\n/g) ?? []).length === 1 && !paragraphStarts(last, l, width, indent)) {
      prev.end = l.end;
      prev.text = text.slice(prev.start, l.end);
    } else out.push({ ...l, index: out.length });
    last = l;
  }
  return out;
}

/**
 * The width the copy is wrapped at, read off the lines that plainly run on (a lower-case word follows). A
 * wrapper that fills each line leaves none of them room for the word carried over, so its width is the widest
 * of them. Hand-wrapped copy is ragged (a line ending "… what Ruto called \"unfair levies\"" over "on Kenyan
 * trucks" stops short of the widest line), so there only a line narrower than nearly all the run-on lines
 * shows it was stopped short. Zero when too few lines run on to tell.
 */
function wrapWidth(text: string, lines: Line[]): number {
  const used: number[] = [];
  const carried: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const gap = text.slice(lines[i].end, lines[i + 1].start);
    if ((gap.match(/\n/g) ?? []).length !== 1 || !/^\s*\p{Ll}/u.test(lines[i + 1].text)) continue;
    used.push(lines[i].text.trimEnd().length);
    carried.push(firstWord(lines[i + 1]).length);
  }
  if (used.length < 3) return 0;
  const widest = Math.max(...used);
  if (used.every((n, i) => n + 1 + carried[i] > widest)) return widest;
  used.sort((x, y) => x - y);
  return used[Math.floor(used.length / 10)];
}

const firstWord = (l: Line): string => /^\s*(\S*)/.exec(l.text)![1];

const indentOf = (l: Line): number => /^[ \t]*/.exec(l.text)![0].replace(/\t/g, '    ').length;

/**
 * Inside wrapped copy, a line starts a paragraph of its own (with no blank line before it) when it is indented
 * further than the copy's other lines, or when the line before it stopped short of the width: a wrapper carries
 * a word over only when it does not fit, so a line with room left for the next line's first word ended there, when
 * what follows opens with a capital or a digit ("The two presidents last met in Nairobi in March." over "Samia is
 * expected …"; a heading "Ruto in Dar es Salaam" over its story; a year "2024" over a chronology's items).
 */
function paragraphStarts(last: Line, next: Line, width: number, indent: number): boolean {
  if (indentOf(next) > indent) return true;
  return width > 0 && last.text.trimEnd().length + 1 + firstWord(next).length <= width && /^\s*["“‘'(]?[\p{Lu}\d]/u.test(next.text);
}

export function splitSentences(text: string): { lines: Line[]; sentences: Sentence[] } {
  const lines = unwrapLines(text, splitLines(text));
  const sentences: Sentence[] = [];
  for (const line of lines) {
    for (let w = 0; w < line.text.length; w += MAX_LINE) {
      const chunk = line.text.slice(w, w + MAX_LINE);
      for (const s of sentencesOf(chunk, line.start + w)) {
        const sentence: Sentence = { index: sentences.length, start: s.start, end: s.end, text: s.text, line: line.index };
        sentences.push(sentence);
        line.sentences.push(sentence);
      }
    }
  }
  return { lines, sentences };
}

function sentencesOf(chunk: string, base: number): Array<Omit<Sentence, 'index' | 'line'>> {
  return sentenceSpans(chunk).map(([a, b]) => ({ start: base + a, end: base + b, text: chunk.slice(a, b) }));
}
