// Pure: reads the "who" of a claim ("top American diplomat", "US government official",
// "Indian prime minister") into a country and an office or a rank, using knowledge.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { Participant } from '../../types.js';
import { officeTest } from '../offices.js';

export interface Who {
  country: string | null;
  /** Office title when the phrase names one. */
  office: string | null;
  /** The office's rank, or the worst rank a rank word allows ("senior" → 3); null: any. */
  rank: number | null;
  holds: ((p: Participant) => boolean) | null;
}

// Words that set a rank rather than name an office (DESIGN.md "Rank").
const RANK_WORDS: Array<[RegExp, number]> = [
  [/\b(?:head of state|leader|head of government)s?\b/, 2],
  [/\b(?:senior|high[- ]level|high[- ]ranking|top|highest[- ]ranking|cabinet[- ]level)\b/, 3],
  [/\bcabinet\b/, 4],
];

export function readWho(kb: KnowledgeIndex, phrase: string): Who {
  let rest = phrase.trim().replace(/^(?:a|an|the|any)\s+/i, '');
  let country: string | null = null;
  // The first demonym or country name fixes the side ("American", "US", "Chinese").
  const words = rest.split(/\s+/);
  for (let i = 0; i < words.length && !country; i++) {
    for (const n of [2, 1]) {
      const w = words
        .slice(i, i + n)
        .join(' ')
        .replace(/[’']s$/, '');
      if (n > words.length - i) continue;
      const c = kb.countryByDemonym(w) ?? (/^[A-Z]/.test(w) ? kb.countryByName(w) : undefined);
      if (c) {
        country = c.code;
        const fullPhrase = rest.toLowerCase();
        rest = [...words.slice(0, i), ...words.slice(i + n)].join(' ');
        const whole = kb.office(fullPhrase, country);
        if (whole)
          return {
            country,
            office: whole.title,
            rank: whole.rank,
            holds: officeTest(kb, fullPhrase, country),
          };
        break;
      }
    }
  }
  const lc = rest.toLowerCase().replace(/\s+/g, ' ').trim();
  const bare = lc.replace(/\b(?:sitting|serving|then|government|administration)\b\s*/g, '').trim();
  if (!/\bofficials?\b/.test(bare)) {
    for (const candidate of [lc, bare]) {
      const def = kb.office(candidate, country);
      if (def)
        return { country, office: def.title, rank: def.rank, holds: officeTest(kb, candidate, country) };
    }
    // A phrase ending in an office title ("new foreign minister").
    for (const p of kb.officePhrases) {
      if (bare.endsWith(` ${p}`) || bare === p) {
        const def = kb.office(p, country)!;
        return { country, office: def.title, rank: def.rank, holds: officeTest(kb, p, country) };
      }
    }
  }
  for (const [re, rank] of RANK_WORDS) if (re.test(bare)) return { country, office: null, rank, holds: null };
  return { country, office: null, rank: null, holds: null };
}
