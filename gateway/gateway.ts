// Wires one gateway process: NATS, the executor view, the fabric client,
// the Hono app on @hono/node-server.
import type { Server as HttpServer } from 'node:http';
import { serve, type ServerType } from '@hono/node-server';
import { connect } from '@nats-io/transport-node';
import { buckets, CatalogModel, DiscoverRequest, ExecutorInfo, ReplicaSet, subjects } from '../proto/index.ts';
import { KvCollection } from '../catalog/kv-collection.ts';
import type { Config } from '../deploy/config.ts';
import type { Logger } from '../observability/logger.ts';
import { ExecutorRegistry } from '../scheduler/registry.ts';
import { createApp } from './app.ts';
import { createCatalogAdmin } from './catalog-admin.ts';
import { clusterView, schedulerSnapshots } from './cluster-view.ts';
import { loadKeysFile } from './auth.ts';
import { FabricClient } from './fabric-client.ts';

export interface RunningGateway {
  url: string;
  close(): Promise<void>;
}

export async function startGateway(config: Config, log: Logger): Promise<RunningGateway> {
  const keys = config.apiKeys ? loadKeysFile(config.apiKeys) : undefined;
  if (keys) log.info('API keys required', { file: config.apiKeys, keys: keys.size });
  else log.warn('auth is off: every caller is the default tenant (set WEFT_API_KEYS to require keys)');

  const nc = await connect({ servers: config.natsUrl.split(','), name: config.gatewayId, maxReconnectAttempts: -1 });
  let natsConnected = true;
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type === 'disconnect') natsConnected = false;
      if (s.type === 'reconnect') natsConnected = true;
      if (s.type === 'disconnect' || s.type === 'reconnect') log.warn(`NATS ${s.type}`);
    }
  })();

  // The gateway's own view of executors answers /v1/models, 404s and
  // /readyz without a round trip to a scheduler.
  const registry = new ExecutorRegistry(config.executorExpiryMs);
  const hb = nc.subscribe(subjects.heartbeat, {
    callback: (err, msg) => {
      if (err) return;
      try {
        registry.upsert(ExecutorInfo.decode(msg.data));
      } catch {
        // A malformed heartbeat is the executor's problem; the scheduler logs it.
      }
    },
  });
  const expiry = setInterval(() => registry.expire(), 500);
  nc.publish(subjects.discover, DiscoverRequest.encode({ requester: config.gatewayId }).finish());

  const [catalog, plan] = await Promise.all([
    KvCollection.open(nc, buckets.catalog, CatalogModel),
    KvCollection.open(nc, buckets.replicas, ReplicaSet),
  ]);
  const catalogAdmin = createCatalogAdmin(catalog, plan, registry, { contextSize: config.contextSize, slots: config.slots, idleTtlMs: config.idleTtlMs });

  const fabric = new FabricClient(nc, config.gatewayId, { acceptTimeoutMs: config.acceptTimeoutMs, schedulerExpiryMs: config.schedulerExpiryMs });
  const app = createApp({
    fabric, keys, log,
    models: () => new Set([...catalog.names(), ...registry.models()]),
    hasModel: (model) => catalog.has(model) || registry.serves(model),
    catalog: catalogAdmin,
    cluster: async () => clusterView(registry, await schedulerSnapshots(nc, fabric.liveSchedulers(), config.gatewayId), catalogAdmin),
    readiness: () => ({ natsConnected: natsConnected && !nc.isClosed(), executors: registry.executors.size, models: [...registry.models()] }),
    maxBodyBytes: config.maxBodyBytes,
    requestTimeoutMs: config.requestTimeoutMs,
  });

  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  log.info('gateway listening', { url });

  return {
    url,
    async close() {
      clearInterval(expiry);
      // Stop accepting, let requests in flight finish (bounded), then fail
      // what is left so no client waits on a gateway that is gone.
      const http = server as HttpServer;
      const closed = new Promise<void>((r) => http.close(() => r()));
      http.closeIdleConnections();
      const until = Date.now() + 8_000;
      while (fabric.inFlight > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      fabric.close();
      http.closeAllConnections();
      await closed;
      hb.unsubscribe();
      catalog.close();
      plan.close();
      await nc.drain().catch(() => undefined);
    },
  };
}
