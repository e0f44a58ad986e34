// Country arguments as the contract accepts them (alpha-3, alpha-2 or names), resolved with knowledge.
import type { KnowledgeIndex } from '../knowledge/index.js';
import { badField } from './errors.js';

export function resolveCountry(kb: KnowledgeIndex, input: string, field: string): string {
  const code = kb.resolveCountry(input);
  if (!code) throw badField(field, `${field}: unknown country "${input.slice(0, 60)}"`);
  return code;
}

/** "USA,CHN" → ['USA','CHN']; "USA" → ['USA']; anything else is a bad field. */
export function resolveBetween(kb: KnowledgeIndex, between: string, field = 'between'): string[] {
  const parts = between.split(',').map((s) => s.trim());
  if (parts.length > 2 || parts.some((p) => !p)) {
    throw badField(field, `${field}: give one country or two separated by a comma`);
  }
  const codes = parts.map((p) => resolveCountry(kb, p, field));
  if (codes.length === 2 && codes[0] === codes[1])
    throw badField(field, `${field}: the two countries are the same`);
  return codes;
}
