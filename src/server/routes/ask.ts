// The record's questions over HTTP. PLACEHOLDER until src/analysis lands.
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.js';

export function registerAskRoutes(app: FastifyInstance, ctx: ServerContext): void {
  void app;
  void ctx;
}
