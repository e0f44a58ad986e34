// Hard-wrapped copy: lines of one paragraph are joined, and a paragraph still starts where the copy marks
// one without a blank line (an indent, or a line the wrapper stopped short).
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { extract } from '../../src/pipeline/extract.js';
import { splitSentences } from '../../src/pipeline/text/sentences.js';

/** Each paragraph wrapped greedily at `width`, as a wire system or a mail client does. */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  // An indent opens the first line.
  let line = /^\s*/.exec(paragraph)![0];
  for (const word of paragraph.trim().split(' ')) {
    if (line.trim() && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line.trim() ? `${line} ${word}` : `${line}${word}`;
  }
  if (line) lines.push(line);
  return lines;
}

const PARAGRAPHS = [
  'Kenyan President William Ruto arrived in Dar es Salaam on Monday for a two-day state visit, his first to Tanzania since the two countries settled a long dispute over trucking permits at their shared border.',
  'Ruto held talks with Tanzanian President Samia Suluhu Hassan at State House, where the two leaders signed agreements on energy, fisheries and the movement of goods across the border.',
  'The two presidents last met in Nairobi in March.',
  'Samia is expected to travel to Mombasa later this year for the opening of a new pipeline terminal, officials on both sides said.',
];

const paragraphsOf = (text: string) => splitSentences(text).lines.map((l) => l.text.replace(/\s+/g, ' ').trim());

describe('unwrapLines', () => {
  it('joins the lines of each paragraph when a blank line parts the paragraphs', () => {
    for (const width of [58, 66, 72]) {
      const text = PARAGRAPHS.map((p) => wrap(p, width).join('\n')).join('\n\n');
      expect(paragraphsOf(text)).toEqual(PARAGRAPHS);
    }
  });

  it('starts a paragraph at an indented first line, the wire style with no blank lines', () => {
    for (const width of [58, 66, 72]) {
      const text = PARAGRAPHS.map((p) => wrap(`   ${p}`, width).join('\n')).join('\n');
      expect(paragraphsOf(text)).toEqual(PARAGRAPHS);
    }
  });

  it('starts a paragraph after a line the wrapper stopped short, with room left for the next word', () => {
    const heading = 'Ruto in Dar es Salaam';
    const text = [heading, ...PARAGRAPHS].map((p) => wrap(p, 66).join('\n')).join('\n');
    const got = paragraphsOf(text);
    expect(got[0]).toBe(heading);
    // "The two presidents last met in Nairobi in March." leaves room for "Samia": a paragraph ends there.
    expect(got).toContain(PARAGRAPHS[2]);
    expect(got).toContain(PARAGRAPHS[3]);
  });

  it('keeps a ragged hand-wrapped paragraph whole, a line short of the widest before a capital included', () => {
    const text = [
      'NAIROBI, May 6 (Wire) - Kenyan President William Ruto and',
      'Tanzanian President Samia Suluhu Hassan agreed on Monday to',
      'reopen the border post at Namanga, which the two sides had',
      'closed in a row over what Ruto called "unfair levies"',
      // Room for "Samia" below the widest line, not below the narrowest run-on one: no paragraph ends here.
      'on Kenyan trucks, officials said soon after Ruto met',
      'Samia in Arusha for talks that ran late into the evening.',
      '',
      'The leaders also discussed the East African Community.',
    ].join('\n');
    expect(paragraphsOf(text)).toHaveLength(2);
  });

  it('leaves unwrapped copy, one paragraph a line, as it is', () => {
    const text = PARAGRAPHS.join('\n');
    expect(paragraphsOf(text)).toEqual(PARAGRAPHS);
  });

  it('gives the same exchanges for the story however it is wrapped', () => {
    const kb = loadKnowledge();
    const shown = (text: string) =>
      extract({ id: 'x', text, published: '2025-05-06' }, kb).events.map((e) => `${e.type} ${e.status} ${e.date} ${e.participants.map((p) => p.name).join('+')}`);
    const flat = shown(PARAGRAPHS.join('\n\n'));
    expect(flat.length).toBeGreaterThanOrEqual(3);
    for (const width of [60, 70]) {
      expect(shown(PARAGRAPHS.map((p) => wrap(p, width).join('\n')).join('\n\n'))).toEqual(flat);
      expect(shown(PARAGRAPHS.map((p) => wrap(`  ${p}`, width).join('\n')).join('\n'))).toEqual(flat);
    }
  });
});
