// JSON Lines: one event per line, exactly as the event schema prints it.
import type { ExchangeEvent } from '../types.js';

export function eventsToJsonl(events: ExchangeEvent[]): string {
  return events.map((e) => JSON.stringify(e) + '\n').join('');
}

/** Events from JSON Lines; blank lines are skipped, a broken line is named by its number. */
export function jsonlToEvents(text: string): ExchangeEvent[] {
  const out: ExchangeEvent[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      throw new SyntaxError(`line ${i + 1} is not JSON`);
    }
    if (!v || typeof v !== 'object' || Array.isArray(v))
      throw new SyntaxError(`line ${i + 1} is not an event object`);
    out.push(v as ExchangeEvent);
  });
  return out;
}
