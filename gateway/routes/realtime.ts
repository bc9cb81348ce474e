// GET /v1/realtime?model=…: the OpenAI Realtime protocol over WebSocket.
// Authenticated like HTTP (auth middleware: a Bearer header, or the
// `openai-insecure-api-key.<key>` subprotocol browsers use). Each
// connection is one RealtimeSession; sessions per tenant and session
// length are bounded (WEFT_REALTIME_MAX_SESSIONS, WEFT_REALTIME_MAX_SESSION_MS).
import type { Hono } from 'hono';
import { upgradeWebSocket } from '@hono/node-server';
import { trace } from '@opentelemetry/api';
import { errors } from '../../proto/index.ts';
import { HttpError } from '../../openai/errors.ts';
import type { GatewayEnv, GatewayDeps } from '../app.ts';
import { RealtimeSession } from '../realtime/session.ts';
import { Stages } from '../realtime/stages.ts';
import { mayUse, requireModel } from '../model-gate.ts';

export interface RealtimeDeps {
  realtime: {
    vadModel: string;
    transcribeModel: string;
    speechModel: string;
    maxSessionsPerTenant: number;
    maxSessionMs: number;
  };
}

export function realtimeRoutes(app: Hono<GatewayEnv>, deps: GatewayDeps): void {
  const open = new Map<string, number>();
  const limiter = deps.limiter;
  app.get('/v1/realtime', async (c, next) => {
    if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') {
      throw new HttpError(426, 'The Realtime API is served over WebSocket: connect with an Upgrade: websocket request.', { code: 'upgrade_required' });
    }
    const model = c.req.query('model');
    if (!model) throw errors.invalid("Missing required parameter: 'model'.", 'model');
    requireModel(c, deps, model);
    const principal = c.get('principal');
    const tenant = principal.tenant;
    const limits = deps.realtime;
    if ((open.get(tenant) ?? 0) >= limits.maxSessionsPerTenant) {
      throw new HttpError(429, `Too many concurrent Realtime sessions for this tenant (limit ${limits.maxSessionsPerTenant}).`, { type: 'rate_limit_error', code: 'session_limit' });
    }
    const protocol = /realtime=v1/.test(c.req.header('openai-beta') ?? '') ? 'beta' as const : 'ga' as const;
    const parent = trace.setSpan(c.get('otelContext'), c.get('span'));
    const stages = new Stages(deps.fabric, tenant, { llm: model, vad: limits.vadModel, transcribe: limits.transcribeModel, speak: limits.speechModel }, deps.requestTimeoutMs, limiter && ((n) => limiter.spend(tenant, n)));
    let session: RealtimeSession | undefined;
    let timer: NodeJS.Timeout | undefined;
    const upgrade = upgradeWebSocket(() => ({
      onOpen(_ev, ws) {
        open.set(tenant, (open.get(tenant) ?? 0) + 1);
        session = new RealtimeSession({ stages, protocol, parent, log: deps.log, mayUse: (m) => mayUse(deps, principal, m), send: (e) => ws.readyState === 1 && ws.send(JSON.stringify(e)) });
        session.open();
        timer = setTimeout(() => {
          ws.send(JSON.stringify({ type: 'error', event_id: 'event_session_expired', error: { type: 'invalid_request_error', code: 'session_expired', message: `Your session hit the maximum duration of ${limits.maxSessionMs / 1000} seconds.`, param: null, event_id: null } }));
          ws.close(1000, 'session expired');
        }, limits.maxSessionMs);
      },
      onMessage(ev) {
        session?.handle(ev.data as string | ArrayBuffer);
      },
      onClose() {
        clearTimeout(timer);
        open.set(tenant, Math.max(0, (open.get(tenant) ?? 1) - 1));
        session?.close();
      },
    }));
    return upgrade(c, next);
  });
}
