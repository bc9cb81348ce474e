// The catalog admin API (admin keys only):
//   GET    /v1/admin/models          every catalog model, with its replicas
//   GET    /v1/admin/models/{name}
//   POST   /v1/admin/models          create or replace one (body below); 201 / 200
//   DELETE /v1/admin/models/{name}   remove it; its replicas are unloaded
// The body takes the fields of a models file entry in snake_case: name,
// path, engine, context_size, slots, chat_template, min_replicas,
// max_replicas, idle_ttl_ms, devices, memory_mib.
import type { Hono } from 'hono';
import { ErrorCode, errors, WeftError, type ICatalogModel } from '../../proto/index.ts';
import { ModelsFileError, validateEntry, type ModelEntry } from '../../catalog/models-file.ts';
import { HttpError } from '../../openai/errors.ts';
import type { GatewayDeps, GatewayEnv } from '../app.ts';
import { readJson } from './read-json.ts';

export interface CatalogAdmin {
  list(): ICatalogModel[];
  get(name: string): ICatalogModel | undefined;
  /** Validated entry → catalog (memory estimated); resolves with what was stored and whether it replaced one. */
  put(entry: ModelEntry): Promise<{ model: ICatalogModel; replaced: boolean }>;
  delete(name: string): Promise<boolean>;
  /** A catalog model as the API shows it (with its replicas). */
  view(model: ICatalogModel): object;
}

const SNAKE_TO_CAMEL: Record<string, string> = {
  name: 'name', path: 'path', engine: 'engine', context_size: 'contextSize', slots: 'slots', chat_template: 'chatTemplate',
  min_replicas: 'minReplicas', max_replicas: 'maxReplicas', idle_ttl_ms: 'idleTtlMs', devices: 'devices', memory_mib: 'memoryMiB',
};

const CAMEL_TO_SNAKE: Record<string, string> = Object.fromEntries(Object.entries(SNAKE_TO_CAMEL).map(([snake, camel]) => [camel, snake]));

/**
 * A definition error as the API spells its fields. The definition rules
 * (shared with the models file) speak camelCase: "model.contextSize: …",
 * "model: minReplicas (3) is above …", "Give memoryMiB". The first field
 * named is the one at fault, unless the error named one already.
 */
function inWireFields(err: WeftError | ModelsFileError): WeftError {
  let param = WeftError.is(err) ? err.param : undefined;
  const wire = (camel: string) => {
    const snake = CAMEL_TO_SNAKE[camel] ?? camel;
    param ??= snake;
    return snake;
  };
  const message = err.message
    .replace(/^model\.(\w+): /, (_, f: string) => `'${wire(f)}': `)
    .replace(/^model: /, '')
    .replace(/\b(contextSize|chatTemplate|minReplicas|maxReplicas|idleTtlMs|memoryMiB)\b/g, wire);
  return errors.invalid(message, param);
}

function toEntry(body: unknown): ModelEntry {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw errors.invalid('Expected a JSON object describing the model.');
  const raw: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    const camel = SNAKE_TO_CAMEL[k];
    if (!camel) throw errors.invalid(`Unknown field '${k}'. Known fields: ${Object.keys(SNAKE_TO_CAMEL).join(', ')}.`, k);
    raw[camel] = v;
  }
  try {
    return validateEntry(raw, 'model');
  } catch (err) {
    if (err instanceof ModelsFileError) throw inWireFields(err);
    throw err;
  }
}

/** Models from the models file are changed there: an API change would be undone at the next read of the file. */
function refuseFileModel(model: ICatalogModel | undefined): void {
  if (model?.source === 'file') {
    throw new HttpError(409, `The model '${model.name}' is defined in the models file (WEFT_MODELS); change or remove it there (\`weft models add\` / \`weft models remove\`).`, { code: 'model_managed_by_file', param: 'name' });
  }
}

export function adminModelRoutes(app: Hono<GatewayEnv>, deps: GatewayDeps): void {
  app.use('/v1/admin/*', async (c, next) => {
    if (c.get('principal').role !== 'admin') {
      throw new HttpError(403, 'The admin API needs an admin key.', { type: 'invalid_request_error', code: 'permission_denied' });
    }
    await next();
  });
  app.get('/v1/admin/models', (c) => c.json({ object: 'list', data: deps.catalog.list().map((m) => deps.catalog.view(m)) }));
  app.get('/v1/admin/models/:model{.+}', (c) => {
    const m = deps.catalog.get(c.req.param('model'));
    if (!m) throw errors.modelNotFound(c.req.param('model'));
    return c.json(deps.catalog.view(m));
  });
  app.post('/v1/admin/models', async (c) => {
    const entry = toEntry(await readJson(c));
    refuseFileModel(deps.catalog.get(entry.name));
    const { model, replaced } = await deps.catalog.put(entry).catch((err: unknown) => {
      throw WeftError.is(err) && err.code === ErrorCode.ERROR_CODE_INVALID_REQUEST ? inWireFields(err) : err;
    });
    return c.json(deps.catalog.view(model), replaced ? 200 : 201);
  });
  app.delete('/v1/admin/models/:model{.+}', async (c) => {
    const name = c.req.param('model');
    refuseFileModel(deps.catalog.get(name));
    if (!(await deps.catalog.delete(name))) throw errors.modelNotFound(name);
    return c.json({ id: name, object: 'model', deleted: true });
  });
}
