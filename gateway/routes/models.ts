import type { Hono } from 'hono';
import { errors } from '../../proto/index.ts';
import type { GatewayDeps, GatewayEnv } from '../app.ts';

const modelObject = (id: string) => ({ id, object: 'model' as const, created: 0, owned_by: 'weft' });

export function modelRoutes(app: Hono<GatewayEnv>, deps: GatewayDeps): void {
  app.get('/v1/models', (c) => c.json({ object: 'list', data: [...deps.models()].sort().map(modelObject) }));
  app.get('/v1/models/:model{.+}', (c) => {
    const id = c.req.param('model');
    if (!deps.hasModel(id)) throw errors.modelNotFound(id);
    return c.json(modelObject(id));
  });
}
