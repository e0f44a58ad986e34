// Lines first, then sentences inside each line (wink-nlp), keeping JavaScript string offsets
// into the original text: nothing is normalised in place, so evidence is always an exact slice.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  text: string;
  start: number;
  end: number;
  pos: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
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

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;
function getNlp(): Nlp {
  // The model is loaded once per process; it is data, not I/O at call time.
  nlp ??= winkNLP(model);
  return nlp;
}

/** A line longer than this is cut into windows so wink never sees a megabyte-long "sentence". */
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
 * line ends a paragraph. When most lines run on into the next, consecutive lines are one paragraph.
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
    if (len >= 40 && len <= 100 && !/[.!?:"”’)\]]\s*$/.test(lines[i].text) && /^\s*[\p{Ll}\p{Lu}(“"'‘0-9]/u.test(lines[i + 1].text)) runOn++;
  }
  if (runOn < 3 || runOn < joined * 0.5) return lines;
  const out: Line[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, l.start) : '';
    if (prev && (gap.match(/\n/g) ?? []).length === 1) {
      prev.end = l.end;
      prev.text = text.slice(prev.start, l.end);
    } else out.push({ ...l, index: out.length });
  }
  return out;
}

export function splitSentences(text: string): { lines: Line[]; sentences: Sentence[] } {
  const lines = unwrapLines(text, splitLines(text));
  const sentences: Sentence[] = [];
  for (const line of lines) {
    for (let w = 0; w < line.text.length; w += MAX_LINE) {
      const chunk = line.text.slice(w, w + MAX_LINE);
      for (const s of sentencesOf(chunk, line.start + w)) {
        const sentence: Sentence = { ...s, index: sentences.length, line: line.index };
        sentences.push(sentence);
        line.sentences.push(sentence);
      }
    }
  }
  return { lines, sentences };
}

function sentencesOf(chunk: string, base: number): Array<Omit<Sentence, 'index' | 'line'>> {
  const n = getNlp();
  const its = n.its;
  const doc = n.readDoc(chunk);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // Offsets are rebuilt from each token's preceding whitespace and length; if wink ever altered a
  // token, we re-find it in the chunk so offsets stay true to the text.
  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    let start = at + spaces[i].length;
    if (chunk.substr(start, values[i].length) !== values[i]) {
      const found = chunk.indexOf(values[i], at);
      // Keep indices aligned with wink's sentence spans even for a token we cannot place.
      start = found === -1 ? at : found;
    }
    const end = Math.min(chunk.length, start + values[i].length);
    tokens.push({ text: values[i], start: base + start, end: base + end, pos: pos[i] });
    at = end;
  }
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  const out: Array<Omit<Sentence, 'index' | 'line'>> = [];
  for (const [a, b] of spans) {
    const toks = tokens.slice(a, b + 1);
    if (!toks.length) continue;
    const start = toks[0].start;
    const end = toks[toks.length - 1].end;
    out.push({ start, end, text: chunk.slice(start - base, end - base), tokens: toks });
  }
  return out;
}
