// POST /v1/rerank: validate, publish one request on the fabric (the query
// and all its documents: the executor scores the pairs in batches), answer
// with the documents ordered by relevance.
import type { Hono } from 'hono';
import { errors } from '../../proto/index.ts';
import { parseRerankRequest, rerankResponse } from '../../openai/rerank-request.ts';
import type { GatewayEnv, GatewayDeps } from '../app.ts';
import { collectOutput, fabricCall } from './fabric-call.ts';
import { readJson } from './read-json.ts';

export function rerankRoutes(app: Hono<GatewayEnv>, deps: GatewayDeps): void {
  app.post('/v1/rerank', async (c) => {
    const parsed = parseRerankRequest(await readJson(c));
    const call = fabricCall(c, deps, parsed.model, false);
    const { items: scores, final: last } = await collectOutput(call, { rerank: parsed.rerank }, (ch) => ch.scores?.items);
    const count = parsed.rerank.documents?.length ?? 0;
    if (scores.length !== count) throw errors.executorFailed(`The engine returned ${scores.length} scores for ${count} documents.`);
    call.recordUsage(last?.usage);
    return c.json(rerankResponse(parsed, scores, last?.usage));
  });
}
