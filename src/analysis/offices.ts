// Pure: which participants hold a given office, using the knowledge tables passed in.
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { Participant } from '../types.js';

export type ParticipantTest = (p: Participant) => boolean;

/** Office id of a participant's role, judged for their country. */
export function officeIdOf(kb: KnowledgeIndex, p: Participant): string | null {
  if (!p.role) return null;
  const role = p.role.toLowerCase().replace(/^(us|u\.s\.|then|former|acting)\s+/, '');
  const direct = kb.office(role, p.country);
  if (direct) return direct.id;
  // Longest known office phrase inside the role ("State Councilor and Foreign Minister").
  for (const phrase of kb.officePhrases) {
    if (new RegExp(`\\b${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(role))
      return kb.office(phrase, p.country)?.id ?? null;
  }
  return null;
}

/** A test for "holds this office": by office id when knowledge knows the phrase, else by title. */
export function officeTest(kb: KnowledgeIndex, office: string, country: string | null): ParticipantTest {
  const def = kb.office(office.toLowerCase(), country);
  const title = office.toLowerCase();
  return (p) => {
    if (country && p.country !== country) return false;
    if (def) return officeIdOf(kb, p) === def.id;
    return (p.role ?? '').toLowerCase() === title;
  };
}

/** The office's title and rank for a phrase, or null. */
export function officeInfo(
  kb: KnowledgeIndex,
  phrase: string,
  country: string | null,
): { title: string; rank: number; id: string } | null {
  const def = kb.office(phrase.toLowerCase(), country);
  return def ? { title: def.title, rank: def.rank, id: def.id } : null;
}
