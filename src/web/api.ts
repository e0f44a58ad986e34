// The page's view of the HTTP API: typed fetches of the contract's endpoints, same origin only.
import type { Finding as CheckFinding } from '../analysis/claims/types.js';
import type { ExchangeEvent } from '../types.js';

// Type-only imports: the shapes are the record's own, nothing of the server is bundled.
export type { Participant, Source, Span } from '../types.js';
export type Event = ExchangeEvent & { id: string };
export type Finding = CheckFinding;

export interface Answer {
  answer: unknown;
  explanation: string;
  status: string;
  because: Event[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, {
    ...init,
    headers: { accept: 'application/json', ...(init?.headers ?? {}) },
  });
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const e = body?.error ?? {};
    throw new ApiError(res.status, e.code ?? 'READOUT_INTERNAL', e.message ?? `HTTP ${res.status}`, e.field);
  }
  return body as T;
}

export function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  return q.toString();
}

export const api = {
  timeline: (p: Record<string, string | number | undefined>) =>
    call<{ events: Event[]; next: string | null }>(`/api/timeline?${query(p)}`),
  event: (id: string) => call<Event>(`/api/events/${encodeURIComponent(id)}`),
  ask: (
    what: 'silence' | 'temperature' | 'highest-ranking' | 'first',
    p: Record<string, string | undefined>,
  ) => call<Answer>(`/api/ask/${what}?${query(p)}`),
  check: (text: string, published: string | null) =>
    call<{ findings: Finding[] }>('/api/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, published }),
    }),
};
