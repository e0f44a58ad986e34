// The publisher's line of a government page, and the country it gives the page's bare titles.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { gazetteer } from '../../src/pipeline/mentions/gazetteer.js';
import { publisherCountry } from '../../src/pipeline/resolve/publisher.js';

const g = gazetteer(loadKnowledge());

describe('publisherCountry', () => {
  it('reads the place or country of a "From:" line near the top', () => {
    expect(publisherCountry(g, "PM call: 5 May 2025\n\nFrom: Prime Minister's Office, 10 Downing Street\n\nText.")).toBe('GBR');
    expect(publisherCountry(g, 'Readout\nIssued by: Ministry of Foreign Affairs of Japan\nText.')).toBe('JPN');
  });
  it('gives none for a line naming two countries, a line far down, or no such line', () => {
    expect(publisherCountry(g, 'Readout\nFrom: Embassy of Japan in Kenya\nText.')).toBeNull();
    expect(publisherCountry(g, 'a\nb\nc\nd\ne\nf\ng\nFrom: Prime Minister\'s Office, 10 Downing Street')).toBeNull();
    expect(publisherCountry(g, 'LONDON, May 5 (Reuters) - The Prime Minister spoke to Carney.')).toBeNull();
  });
});
