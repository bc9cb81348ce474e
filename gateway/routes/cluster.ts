import type { Hono } from 'hono';
import { HttpError } from '../../openai/errors.ts';
import type { GatewayDeps, GatewayEnv } from '../app.ts';

export function clusterRoutes(app: Hono<GatewayEnv>, deps: GatewayDeps): void {
  app.get('/v1/cluster', async (c) => {
    if (c.get('principal').role !== 'admin') {
      throw new HttpError(403, 'The cluster view needs an admin key.', { type: 'invalid_request_error', code: 'permission_denied' });
    }
    return c.json(await deps.cluster());
  });
}
