// Builds the gateway's Hono app. It is given its fabric client and views
// (no NATS or ports of its own here), and main.ts serves it.
import { Hono, type Context as HonoContext } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import { randomBytes } from 'node:crypto';
import type { Logger } from '../observability/logger.ts';
import { Attr, SpanNames } from '../observability/names.ts';
import { traceparentOf } from '../observability/propagation.ts';
import { tracer } from '../observability/telemetry.ts';
import { auth, type KeyLookup, type Principal } from './auth.ts';
import type { TenantLimiter } from './tenant-limits.ts';
import { endRequest } from './request-end.ts';
import { HttpError, toOpenAIError } from '../openai/errors.ts';
import type { FabricClient } from './fabric-client.ts';
import { chatRoutes } from './routes/chat.ts';
import { embeddingsRoutes } from './routes/embeddings.ts';
import { rerankRoutes } from './routes/rerank.ts';
import { completionsRoutes } from './routes/completions.ts';
import { responsesRoutes } from './routes/responses.ts';
import { adminModelRoutes, type CatalogAdmin } from './routes/admin-models.ts';
import { clusterRoutes } from './routes/cluster.ts';
import { healthRoutes, type ModelReadiness } from './routes/health.ts';
import { modelRoutes } from './routes/models.ts';
import { fileRoutes, type FilesDeps } from './routes/files.ts';
import { batchRoutes, type BatchesDeps } from './routes/batches.ts';
import { audioRoutes } from './routes/audio.ts';
import { realtimeRoutes, type RealtimeDeps } from './routes/realtime.ts';
import { traceRoutes, type TracesDeps } from './routes/traces.ts';

export interface GatewayDeps extends FilesDeps, BatchesDeps, RealtimeDeps, TracesDeps {
  /** WEFT_TRACE_CONTENT: spans may carry prompt and completion text. */
  traceContent?: boolean;
  fabric: FabricClient;
  /** Models clients may ask for: the catalog's, and any a live executor serves. */
  models(): Set<string>;
  /** Whether clients may ask for `model` (per request: no set is built). */
  hasModel(model: string): boolean;
  /** The models (names or globs) `tenant` may use, from the keys file; undefined: every model (model-gate.ts). */
  tenantModels?(tenant: string): readonly string[] | undefined;
  /** The model catalog, for the admin API. */
  catalog: CatalogAdmin;
  /** /readyz: NATS, executors, and which models serve (see routes/health.ts). */
  readiness(): { natsConnected: boolean; executors: number } & ModelReadiness;
  /** The cluster view (GET /v1/cluster). */
  cluster(): Promise<object>;
  /** API keys; undefined: auth is off. */
  keys: KeyLookup | undefined;
  /** Tenants' rate limits (the keys file's `tenants`); undefined: none. */
  limiter?: TenantLimiter;
  /** Origins browsers may call from (WEFT_CORS_ORIGINS); '*' is any; empty: no CORS. */
  corsOrigins: readonly string[];
  maxBodyBytes: number;
  requestTimeoutMs: number;
  log: Logger;
}

export type GatewayEnv = {
  Variables: {
    requestId: string;
    principal: Principal;
    span: Span;
    otelContext: Context;
    /** Set by a streaming route, which then ends the span itself (and calls endRequest). */
    spanEndsWithStream: boolean;
    /** Frees what the request holds (its tenant's concurrency slot) when it ends: endRequest calls it once. */
    release?: () => void;
  };
};

const headerGetter = {
  get: (h: Headers, k: string) => h.get(k) ?? undefined,
  keys: (h: Headers) => {
    const out: string[] = [];
    h.forEach((_v, k) => out.push(k));
    return out;
  },
};

export function createApp(deps: GatewayDeps): Hono<GatewayEnv> {
  const app = new Hono<GatewayEnv>();

  app.use('*', async function traceRequest(c, next) {
    const requestId = `req_${randomBytes(12).toString('hex')}`;
    // A client's own traceparent is honoured: Weft's spans join its trace.
    const parent = propagation.extract(ROOT_CONTEXT, c.req.raw.headers, headerGetter);
    const span = tracer().startSpan(SpanNames.gatewayRequest, {
      kind: SpanKind.SERVER,
      attributes: { 'http.request.method': c.req.method, 'url.path': c.req.path, [Attr.requestId]: requestId },
    }, parent);
    c.set('requestId', requestId);
    c.set('span', span);
    c.set('otelContext', parent);
    c.header('x-request-id', requestId);
    const tp = traceparentOf(span);
    if (tp) c.header('traceparent', tp);
    try {
      await context.with(trace.setSpan(parent, span), next);
    } finally {
      if (!c.get('spanEndsWithStream')) {
        span.setAttribute('http.response.status_code', c.res.status);
        if (c.res.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        endRequest(c);
      }
    }
  });

  if (deps.corsOrigins.length > 0) {
    // Before auth: a browser's preflight (OPTIONS) carries no Authorization
    // header, and is answered here. Error responses carry the headers too,
    // so a browser client can read the OpenAI error object.
    app.use('*', cors({
      origin: deps.corsOrigins.includes('*') ? '*' : [...deps.corsOrigins],
      exposeHeaders: ['x-request-id', 'traceparent', 'Retry-After', 'retry-after-ms', ...RATE_LIMIT_HEADERS],
      maxAge: 600,
    }));
  }
  app.use('/v1/*', auth(deps.keys));
  // Every API call's trace names its tenant: the trace store shows a tenant only its own.
  app.use('/v1/*', async function tagTenant(c, next) {
    c.get('span')?.setAttribute(Attr.tenant, c.get('principal').tenant);
    return next();
  });
  // Tenants' rate limits, on the calls that run work (not on listing, files,
  // batches or traces): the OpenAI rate-limit headers on every answer, a 429
  // naming the limit when one is reached.
  const limiter = deps.limiter;
  if (limiter) {
    app.use('/v1/*', async function rateLimit(c, next) {
      if (!RATE_LIMITED.has(`${c.req.method} ${c.req.path}`)) return next();
      const admitted = limiter.admit(c.get('principal').tenant);
      if (!admitted) return next();
      c.set('release', admitted.release);
      for (const [k, v] of Object.entries(admitted.headers)) c.header(k, v);
      return next();
    });
  }
  // Counts bytes as they stream in, so a huge chunked body is cut off at the
  // limit instead of being buffered first. File uploads are streamed to the
  // object store and bounded by their own limit (WEFT_MAX_FILE_BYTES).
  const limitBody = bodyLimit({
    maxSize: deps.maxBodyBytes,
    onError: () => {
      throw new HttpError(413, `The request body is larger than the limit of ${deps.maxBodyBytes} bytes.`, { code: 'request_too_large' });
    },
  });
  app.use('/v1/*', (c, next) => (c.req.method === 'POST' && c.req.path === '/v1/files' ? next() : limitBody(c, next)));

  healthRoutes(app, deps);
  modelRoutes(app, deps);
  chatRoutes(app, deps);
  embeddingsRoutes(app, deps);
  rerankRoutes(app, deps);
  completionsRoutes(app, deps);
  responsesRoutes(app, deps);
  clusterRoutes(app, deps);
  adminModelRoutes(app, deps);
  fileRoutes(app, deps);
  batchRoutes(app, deps);
  audioRoutes(app, deps);
  realtimeRoutes(app, deps);
  traceRoutes(app, deps);

  app.notFound((c) => respondError(c, new HttpError(404, `Unknown request URL: ${c.req.method} ${c.req.path}.`, { code: 'unknown_url' }), deps.log));
  app.onError((err, c) => respondError(c, err, deps.log));
  return app;
}

/** What a tenant's rate limits tell every answer (gateway/tenant-limits.ts). */
const RATE_LIMIT_HEADERS = ['requests', 'tokens'].flatMap((k) => [`x-ratelimit-limit-${k}`, `x-ratelimit-remaining-${k}`, `x-ratelimit-reset-${k}`]);

/** The calls tenants' rate limits apply to: each runs work on the fabric (a Realtime session counts when it connects). */
const RATE_LIMITED = new Set([
  'POST /v1/chat/completions', 'POST /v1/completions', 'POST /v1/responses', 'POST /v1/embeddings', 'POST /v1/rerank',
  'POST /v1/audio/transcriptions', 'POST /v1/audio/speech', 'GET /v1/realtime',
]);

function respondError(c: HonoContext<GatewayEnv>, err: unknown, log: Logger) {
  const m = toOpenAIError(err);
  if (m.status >= 500 && !(err instanceof HttpError)) log.warn('request failed', { requestId: c.get('requestId'), status: m.status, err });
  if (m.status === 500) log.error('internal error', { requestId: c.get('requestId'), err, stack: (err as Error)?.stack });
  c.get('span')?.setAttribute(Attr.errorCode, m.body.error.code ?? m.body.error.type);
  for (const [k, v] of Object.entries(m.headers)) c.header(k, v);
  return c.json(m.body, m.status as 400);
}
