import type { Hono } from 'hono';
import { DEFAULT_ENGINE, ENGINE_TASKS, errors, taskName, type EngineName, type ICatalogModel } from '../../proto/index.ts';
import type { GatewayDeps, GatewayEnv } from '../app.ts';

/**
 * OpenAI's model object, plus what a caller needs to pick a model for a
 * route: the tasks it serves ("chat", "embed", "transcribe", ...), its
 * engine and its file format, where the catalog defines it (a model only an
 * executor reports has just OpenAI's fields).
 */
function modelObject(id: string, m: ICatalogModel | undefined) {
  const base = { id, object: 'model' as const, created: 0, owned_by: 'weft' };
  if (!m) return base;
  const engine = (m.engine || DEFAULT_ENGINE) as EngineName;
  // What the file serves where registration read it (a GGUF's header), else its engine's.
  const tasks = m.tasks?.length ? m.tasks : (ENGINE_TASKS[engine] ?? []);
  return { ...base, tasks: tasks.map(taskName), engine, format: m.format ?? '' };
}

export function modelRoutes(app: Hono<GatewayEnv>, deps: GatewayDeps): void {
  app.get('/v1/models', (c) => c.json({ object: 'list', data: [...deps.models()].sort().map((id) => modelObject(id, deps.catalog.get(id))) }));
  app.get('/v1/models/:model{.+}', (c) => {
    const id = c.req.param('model');
    if (!deps.hasModel(id)) throw errors.modelNotFound(id);
    return c.json(modelObject(id, deps.catalog.get(id)));
  });
}
