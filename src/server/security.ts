// Who may write, and what a browser may run: the bearer token check and the response headers.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ReadoutError } from '../errors.js';

/**
 * Scripts only from our own origin (the bundled page), nothing inline, no plugins, no framing.
 * Styles allow inline attributes because Observable Plot writes SVG style attributes and a <style>
 * element; article text never reaches markup (the page builds DOM with textContent), so this does not
 * open a path for data.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export function securityHeaders(
  _req: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
  done: (err: null, p: unknown) => void,
): void {
  reply.header('content-security-policy', CSP);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('x-frame-options', 'DENY');
  reply.header('cross-origin-opener-policy', 'same-origin');
  reply.header('cross-origin-resource-policy', 'same-origin');
  done(null, payload);
}

/** A preHandler for writes: with a token configured, only "Authorization: Bearer TOKEN" passes. */
export function requireToken(token: string | undefined) {
  const want = token ? Buffer.from(`Bearer ${token}`) : null;
  return async (req: FastifyRequest): Promise<void> => {
    if (!want) return;
    const got = Buffer.from(req.headers.authorization ?? '');
    // Constant-time compare so the token cannot be guessed byte by byte from response times.
    if (got.length !== want.length || !timingSafeEqual(got, want)) {
      throw new ReadoutError(
        'READOUT_UNAUTHORIZED',
        'this server needs "Authorization: Bearer TOKEN" for writes',
        'authorization',
      );
    }
  };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Bound to loopback with no token, the server trusts whoever can reach it — so it must also refuse
 * requests a web page could send through DNS rebinding (a foreign name that resolves to 127.0.0.1).
 */
export function loopbackHostGuard() {
  return async (req: FastifyRequest): Promise<void> => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    if (!isLoopback(host)) {
      throw new ReadoutError(
        'READOUT_UNAUTHORIZED',
        `requests must address this server as localhost, not "${host.slice(0, 60)}"`,
        'host',
      );
    }
  };
}
