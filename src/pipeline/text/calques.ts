// Copy translated from Spanish, Portuguese or French keeps the source's word for a counterpart ("received her
// Guatemalan homologue", "his Brazilian homologues"): read as "counterpart", so every rule that knows a counterpart
// knows it. Edits only: repair maps every offset back, so evidence keeps the word as written.
import type { TableEdit as Edit } from './pipe-table.js';

const HOMOLOGUE = /\b([Hh])omologu?e?(s?)\b/g;

export function calqueEdits(text: string, edits: Edit[]): void {
  // (A literal check first: nearly every text has no such word and costs one scan.)
  if (!text.includes('omolog')) return;
  HOMOLOGUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HOMOLOGUE.exec(text))) edits.push({ at: m.index, del: m[0].length, ins: `${m[1] === 'H' ? 'C' : 'c'}ounterpart${m[2]}` });
}
