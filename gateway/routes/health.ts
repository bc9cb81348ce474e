import type { Hono } from 'hono';
import { ModelState, type ICatalogModel, type IReplicaSet } from '../../proto/index.ts';
import type { ExecutorRegistry } from '../../cluster/registry.ts';
import { HttpError } from '../../openai/errors.ts';
import type { GatewayDeps, GatewayEnv } from '../app.ts';

/** Which models serve now, and which do not yet; each list sorted by name. */
export interface ModelReadiness {
  /** Models with at least one replica an executor reports ready. */
  models: string[];
  /**
   * Not ready yet, but coming: a replica is placed or loading, or the
   * catalog keeps one loaded (minReplicas) and it is being placed, or placed
   * again after a failed load (GET /v1/admin/models/{id} says why).
   */
  loading: string[];
}

/**
 * The readiness of every model the catalog names or an executor reports.
 * A model with minReplicas 0 and no replica is in no list: it loads on its
 * first request.
 */
export function modelReadiness(catalog: ICatalogModel[], planOf: (model: string) => IReplicaSet | undefined, registry: ExecutorRegistry): ModelReadiness {
  const reported = new Map<string, Set<ModelState>>();
  for (const e of registry.executors.values()) {
    for (const m of e.info.models) {
      if (!m.name) continue;
      const states = reported.get(m.name) ?? new Set<ModelState>();
      states.add(m.state ?? ModelState.MODEL_STATE_UNSPECIFIED);
      reported.set(m.name, states);
    }
  }
  const wanted = new Map(catalog.map((m) => [m.name!, (m.minReplicas ?? 0) > 0]));
  const out: ModelReadiness = { models: [], loading: [] };
  for (const name of [...new Set([...wanted.keys(), ...reported.keys()])].sort()) {
    const states = reported.get(name);
    if (states?.has(ModelState.MODEL_STATE_READY)) out.models.push(name);
    else if (states?.has(ModelState.MODEL_STATE_LOADING) || (planOf(name)?.replicas?.length ?? 0) > 0 || wanted.get(name)) out.loading.push(name);
  }
  return out;
}

export function healthRoutes(app: Hono<GatewayEnv>, deps: GatewayDeps): void {
  // Liveness: the process answers.
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  // Readiness: it can serve — NATS is connected and an executor is
  // registered. The body says which models serve now and which are still
  // loading; its pid lets the local launcher tell its own gateway from
  // another program answering on the same port.
  app.get('/readyz', (c) => {
    const r = deps.readiness();
    if (!r.natsConnected) throw new HttpError(503, 'Not ready: NATS is not connected.', { type: 'server_error', code: 'not_ready' });
    if (r.executors === 0) throw new HttpError(503, 'Not ready: no executor is registered.', { type: 'server_error', code: 'not_ready' });
    return c.json({ status: 'ready', executors: r.executors, models: r.models, loading: r.loading, pid: process.pid });
  });
}
