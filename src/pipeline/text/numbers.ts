// Numbers written as words in news prose ("five years", "twenty-one days", "a week"): one table for
// the date reader, the offsets of relative dates and the claim checker.
const WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  half: 0.5,
};

/** "five" → 5, "12" → 12, "a decade" is handled by the caller's unit. */
export function numberWord(s: string): number | null {
  const t = s.trim().toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  if (t in WORDS) return WORDS[t];
  const parts = t.split(/[-\s]+/);
  if (parts.length === 2 && parts[0] in WORDS && parts[1] in WORDS) return WORDS[parts[0]] + WORDS[parts[1]];
  return null;
}

export const NUMBER_WORD = String.raw`\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|thirty|forty|fifty`;
