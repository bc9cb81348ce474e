import type { Hono } from 'hono';
import { DEFAULT_ENGINE, ENGINE_TASKS, taskName, type EngineName, type ICatalogModel } from '../../proto/index.ts';
import type { GatewayDeps, GatewayEnv } from '../app.ts';
import { modelsOf, requireModel } from '../model-gate.ts';
import { modelAllowed } from '../../catalog/model-access.ts';

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
  app.get('/v1/models', (c) => {
    const allowed = modelsOf(deps, c.get('principal'));
    const ids = [...deps.models()].filter((id) => modelAllowed(allowed, id)).sort();
    return c.json({ object: 'list', data: ids.map((id) => modelObject(id, deps.catalog.get(id))) });
  });
  app.get('/v1/models/:model{.+}', (c) => {
    const id = c.req.param('model');
    requireModel(c, deps, id);
    return c.json(modelObject(id, deps.catalog.get(id)));
  });
}
