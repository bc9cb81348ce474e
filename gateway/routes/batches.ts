// The Batch API: create a batch over an uploaded JSONL file, follow it,
// cancel it, list them. The gateway only writes and reads batch records;
// the schedulers' coordinators (batch/coordinator.ts) validate, run and
// finalize them. A batch belongs to its creator's tenant.
import type { Hono } from 'hono';
import { errors } from '../../proto/index.ts';
import type { BatchStore } from '../../batch/batch-store.ts';
import type { FileStore } from '../../batch/file-store.ts';
import { batchObject, newBatchId, type BatchRecord } from '../../batch/records.ts';
import type { GatewayDeps, GatewayEnv } from '../app.ts';
import { modelsOf } from '../model-gate.ts';
import { HttpError } from '../../openai/errors.ts';
import { readJson } from './read-json.ts';
import { noSuchFile } from './files.ts';
import { listPage } from './list-page.ts';

export interface BatchesDeps {
  files: FileStore;
  batches: BatchStore;
  batchWindowMs: number;
}

/** Endpoints a batch may target here (OpenAI lists more). */
const ENDPOINTS = ['/v1/chat/completions', '/v1/responses', '/v1/embeddings'];
const OPENAI_ENDPOINTS = ['/v1/completions', '/v1/moderations', '/v1/images/generations', '/v1/images/edits', '/v1/videos'];

const noSuchBatch = (id: string) => new HttpError(404, `No batch found with id '${id}'.`, { param: 'batch_id', code: 'batch_not_found' });

function parseMetadata(v: unknown): Record<string, string> | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'object' || Array.isArray(v)) throw errors.invalid("Invalid value for 'metadata': expected an object of string values.", 'metadata');
  const entries = Object.entries(v);
  if (entries.length > 16) throw errors.invalid("Invalid value for 'metadata': at most 16 keys.", 'metadata');
  for (const [k, val] of entries) {
    if (k.length > 64) throw errors.invalid(`Invalid value for 'metadata': key '${k.slice(0, 20)}…' is longer than 64 characters.`, 'metadata');
    if (typeof val !== 'string' || val.length > 512) throw errors.invalid(`Invalid value for 'metadata.${k}': expected a string of at most 512 characters.`, `metadata.${k}`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

export function batchRoutes(app: Hono<GatewayEnv>, deps: BatchesDeps & Pick<GatewayDeps, 'tenantModels'>): void {
  const { files, batches } = deps;

  app.post('/v1/batches', async (c) => {
    const body = await readJson(c);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw errors.invalid('The request body must be a JSON object.');
    const b = body as Record<string, unknown>;
    for (const field of ['input_file_id', 'endpoint', 'completion_window']) {
      if (b[field] === undefined || b[field] === null) throw errors.invalid(`Missing required parameter: '${field}'.`, field);
      if (typeof b[field] !== 'string') throw errors.invalid(`Invalid value for '${field}': expected a string.`, field);
    }
    const endpoint = b.endpoint as string;
    if (!ENDPOINTS.includes(endpoint)) {
      throw OPENAI_ENDPOINTS.includes(endpoint)
        ? errors.unsupported(`Batches for '${endpoint}' are not supported by this server yet; expected one of ${ENDPOINTS.join(', ')}.`, 'endpoint')
        : errors.invalid(`Invalid value for 'endpoint': expected one of ${ENDPOINTS.join(', ')}.`, 'endpoint');
    }
    if (b.completion_window !== '24h') throw errors.invalid("Invalid value for 'completion_window': expected '24h'.", 'completion_window');
    if (b.output_expires_after !== undefined && b.output_expires_after !== null) {
      throw errors.unsupported("'output_expires_after' is not supported by this server yet: output files are kept until deleted.", 'output_expires_after');
    }
    const metadata = parseMetadata(b.metadata);
    const tenant = c.get('principal').tenant;
    const file = await files.get(b.input_file_id as string, tenant);
    if (!file) throw noSuchFile(b.input_file_id as string);
    if (file.purpose !== 'batch') throw errors.invalid(`The file ${file.id} has purpose '${file.purpose}'; a batch reads files uploaded with purpose 'batch'.`, 'input_file_id');
    const now = Date.now();
    const rec: BatchRecord = {
      id: newBatchId(), tenant, endpoint, input_file_id: file.id, completion_window: '24h', metadata, model: null,
      models: modelsOf(deps, c.get('principal')) ?? null,
      status: 'validating', errors: null, output_file_id: null, error_file_id: null,
      created_at: now, expires_at_ms: now + deps.batchWindowMs,
      in_progress_at: null, finalizing_at: null, completed_at: null, failed_at: null, expired_at: null, cancelling_at: null, cancelled_at: null,
      request_counts: { total: 0, completed: 0, failed: 0 }, usage: { input_tokens: 0, output_tokens: 0 },
      enqueued: false, ending: null, claim: null,
    };
    await batches.create(rec);
    return c.json(batchObject(rec));
  });

  app.get('/v1/batches', async (c) => {
    const list = await batches.list(c.get('principal').tenant);
    return c.json(listPage(list.map((b) => batchObject(b)), c.req.query('after'), c.req.query('limit'), 100, 20));
  });

  app.get('/v1/batches/:id', async (c) => {
    const got = await batches.get(c.req.param('id'), c.get('principal').tenant);
    if (!got) throw noSuchBatch(c.req.param('id'));
    return c.json(batchObject(got.rec, await batches.progress(got.rec.id)));
  });

  app.post('/v1/batches/:id/cancel', async (c) => {
    const id = c.req.param('id');
    const got = await batches.get(id, c.get('principal').tenant);
    if (!got) throw noSuchBatch(id);
    const r = await batches.update(id, (b) => (
      (b.status === 'validating' || b.status === 'in_progress') && b.ending === null
        ? { ...b, status: 'cancelling', cancelling_at: Date.now() } : undefined));
    if (!r) throw noSuchBatch(id);
    if (!r.changed && r.rec.status !== 'cancelling' && r.rec.status !== 'cancelled') {
      throw errors.invalid(`Cannot cancel a batch with status '${r.rec.status}'.`, 'batch_id');
    }
    return c.json(batchObject(r.rec, await batches.progress(id)));
  });
}
