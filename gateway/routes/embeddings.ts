// POST /v1/embeddings: validate, publish one request on the fabric (all of
// its inputs: the executor batches them), answer with OpenAI's list of
// embeddings, float arrays or base64 float32.
import type { Hono } from 'hono';
import { errors } from '../../proto/index.ts';
import { embeddingsResponse, parseEmbeddingsRequest } from '../../openai/embeddings-request.ts';
import type { GatewayEnv, GatewayDeps } from '../app.ts';
import { collectOutput, fabricCall } from './fabric-call.ts';
import { readJson } from './read-json.ts';

export function embeddingsRoutes(app: Hono<GatewayEnv>, deps: GatewayDeps): void {
  app.post('/v1/embeddings', async (c) => {
    const parsed = parseEmbeddingsRequest(await readJson(c));
    const call = fabricCall(c, deps, parsed.model, false);
    const { items, final: last } = await collectOutput(call, { embed: parsed.embed }, (ch) => ch.embeddings?.items);
    if (items.length !== parsed.count) {
      throw errors.executorFailed(`The engine returned ${items.length} embeddings for ${parsed.count} inputs.`);
    }
    call.recordUsage(last?.usage);
    return c.json(embeddingsResponse(parsed.model, items, parsed.encoding, last?.usage));
  });
}
