import type { Hono } from 'hono';
import { HttpError } from '../errors.ts';
import type { GatewayDeps, GatewayEnv } from '../app.ts';

export function healthRoutes(app: Hono<GatewayEnv>, deps: GatewayDeps): void {
  // Liveness: the process answers.
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  // Readiness: it can serve — NATS is connected and an executor is registered.
  app.get('/readyz', (c) => {
    const r = deps.readiness();
    if (!r.natsConnected) throw new HttpError(503, 'Not ready: NATS is not connected.', { type: 'server_error', code: 'not_ready' });
    if (r.executors === 0) throw new HttpError(503, 'Not ready: no executor is registered.', { type: 'server_error', code: 'not_ready' });
    return c.json({ status: 'ready', executors: r.executors, models: r.models });
  });
}
