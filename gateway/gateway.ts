// Wires one gateway process: NATS, the executor view, the fabric client,
// the Hono app on @hono/node-server.
import type { Server as HttpServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { serve, type ServerType } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import { CatalogModel, DiscoverRequest, ExecutorInfo, fabricNames, ReplicaSet } from '../proto/index.ts';
import { connectFabric } from '../cluster/connection.ts';
import { KvCollection } from '../cluster/kv-collection.ts';
import type { GatewayOptions } from './options.ts';
import type { Logger } from '../observability/logger.ts';
import { ExecutorRegistry } from '../cluster/registry.ts';
import { createApp } from './app.ts';
import { withUpgradeRefusals } from './upgrade-refusal.ts';
import { modelReadiness } from './routes/health.ts';
import { createCatalogAdmin } from './catalog-admin.ts';
import { clusterView, schedulerSnapshots } from './cluster-view.ts';
import { KeysFile } from './auth.ts';
import { LargeRequests } from './large-requests.ts';
import { FabricClient } from './fabric-client.ts';
import { FileStore } from '../batch/file-store.ts';
import { BatchStore } from '../batch/batch-store.ts';
import { attachSpanExport, spanExport } from '../observability/telemetry.ts';
import { startTraceConsumer } from './trace-consumer.ts';
import { GatewayMetrics } from './metrics.ts';
import { TenantLimiter } from './tenant-limits.ts';
import { syncTenantUsage } from './tenant-usage-sync.ts';
import { pollFiles } from './file-poll.ts';

/** How often the gateway looks whether its TLS certificate or key was replaced. */
const TLS_POLL_MS = 1_000;

export interface RunningGateway {
  url: string;
  close(): Promise<void>;
}

export async function startGateway(config: GatewayOptions, log: Logger): Promise<RunningGateway> {
  // Reloaded when the file changes: keys added or revoked need no restart.
  const keys = config.apiKeys ? new KeysFile(config.apiKeys, log) : undefined;
  if (keys) log.info('API keys required', { file: config.apiKeys, keys: keys.size });
  else log.warn('auth is off: every caller is the default tenant (set WEFT_API_KEYS to require keys)');

  // Every subject and bucket of this gateway's cluster: it sees only that fabric.
  const names = fabricNames(config.cluster);
  const { subjects, buckets } = names;
  const connection = await connectFabric(config, config.gatewayId, log);
  const nc = connection.nc;
  // Traces: this process's spans go to the cluster's spans stream; with
  // WEFT_TRACE_STORE=on this gateway also indexes every process's spans
  // from it (trace-consumer.ts). Probes, scrapes and trace reads are not
  // worth a trace of their own.
  spanExport()?.exclude((span) => /^\/(healthz|readyz|metrics|traces)(\/|$)|^\/v1\/(traces|requests\/[^/]+\/trace)(\/|$)/.test(String(span.attributes['url.path'] ?? '')));
  attachSpanExport(nc, subjects.spans);
  const traces = config.traceStore === 'on'
    ? startTraceConsumer(nc, names, { maxAgeMs: config.traceMaxAgeMs, maxBytes: config.traceMaxBytes, sample: config.traceSample, slowMs: config.traceSlowMs }, log)
    : undefined;

  // The gateway's own view of executors answers /v1/models, 404s and
  // /readyz without a round trip to a scheduler.
  const registry = new ExecutorRegistry(config.executorExpiryMs);
  let metrics: GatewayMetrics | undefined;
  const hb = nc.subscribe(subjects.heartbeat, {
    callback: (err, msg) => {
      if (err) return;
      try {
        const info = ExecutorInfo.decode(msg.data);
        registry.upsert(info);
        metrics?.onHeartbeat(info);
      } catch {
        // A malformed heartbeat is the executor's problem; the scheduler logs it.
      }
    },
  });
  const expiry = setInterval(() => registry.expire(), 500);
  nc.publish(subjects.discover, DiscoverRequest.encode({ requester: config.gatewayId }).finish());

  const [catalog, plan, large, files, batches] = await Promise.all([
    KvCollection.open(nc, buckets.catalog, CatalogModel),
    KvCollection.open(nc, buckets.replicas, ReplicaSet),
    LargeRequests.open(nc, buckets.bodies),
    FileStore.open(nc, names),
    BatchStore.open(nc, names),
  ]);
  const catalogAdmin = createCatalogAdmin(catalog, plan, registry, { contextSize: config.contextSize, slots: config.slots, idleTtlMs: config.idleTtlMs });

  const fabric = new FabricClient(nc, subjects, config.gatewayId, { acceptTimeoutMs: config.acceptTimeoutMs, schedulerExpiryMs: config.schedulerExpiryMs, schedulerWaitMs: config.schedulerWaitMs, large });
  metrics = new GatewayMetrics({
    registry,
    snapshots: () => schedulerSnapshots(nc, subjects, fabric.liveSchedulers(), config.gatewayId),
    natsReconnects: () => connection.reconnects(),
    spans: () => spanExport()?.stats(),
    traceStore: () => traces && { traces: traces.store.size, bytes: traces.store.totalBytes, evicted: traces.store.evicted, sampledOut: traces.store.sampledOut },
  });
  const m = metrics;
  spanExport()?.onSpanEnd((span) => m.onSpanEnd(span));
  // Tenants' rate limits come with the keys; every gateway of the cluster counts them together.
  const limiter = keys ? new TenantLimiter(keys, { onRefused: (tenant, limit) => m.rateLimited(tenant, limit) }) : undefined;
  const usageSync = limiter ? syncTenantUsage(nc, subjects, config.gatewayId, limiter, log) : undefined;
  const app = createApp({
    fabric, keys, limiter, log,
    traces: traces?.store, metrics: () => m.text(), traceContent: config.traceContent,
    models: () => new Set([...catalog.names(), ...registry.models()]),
    hasModel: (model) => catalog.has(model) || registry.serves(model),
    tenantModels: keys && ((tenant) => keys.policyOf(tenant)?.models),
    catalog: catalogAdmin,
    cluster: async () => clusterView(registry, await schedulerSnapshots(nc, subjects, fabric.liveSchedulers(), config.gatewayId), catalogAdmin),
    readiness: () => ({
      natsConnected: connection.connected() && !nc.isClosed(),
      executors: registry.executors.size,
      ...modelReadiness(catalog.values(), (name) => plan.get(name), registry),
    }),
    files, batches, maxFileBytes: config.maxFileBytes, batchWindowMs: config.batchWindowMs,
    maxBodyBytes: config.maxBodyBytes,
    requestTimeoutMs: config.requestTimeoutMs,
    corsOrigins: config.corsOrigins,
    realtime: {
      vadModel: config.realtimeVadModel, transcribeModel: config.realtimeTranscribeModel, speechModel: config.realtimeSpeechModel,
      maxSessionsPerTenant: config.realtimeMaxSessions, maxSessionMs: config.realtimeMaxSessionMs,
    },
  });
  // Realtime WebSockets (routes/realtime.ts). A frame may carry a 15 MiB
  // append as base64 (20 MiB), answered with an error event; larger frames
  // close the connection (1009). The subprotocol echoed is "realtime", never
  // the one carrying a key.
  const wss = new WebSocketServer({
    noServer: true, maxPayload: 24 * 1024 * 1024,
    handleProtocols: (protocols) => (protocols.has('realtime') ? 'realtime' : false),
  });

  // A port that cannot be bound (in use, not permitted) fails the start, which
  // runProcess reports in one line, rather than an uncaught exception.
  const server: ServerType = await new Promise((resolve, reject) => {
    // With a certificate, HTTPS and wss on the same port (the openai
    // package's Realtime client connects on wss: only).
    const tls = config.tlsCert && config.tlsKey
      ? { createServer: createHttpsServer, serverOptions: { cert: readFileSync(config.tlsCert), key: readFileSync(config.tlsKey) } }
      : {};
    const s = serve({ fetch: withUpgradeRefusals(app.fetch), port: config.port, hostname: config.host, websocket: { server: wss }, ...tls }, () => {
      s.off('error', reject);
      resolve(s);
    });
    s.once('error', reject);
  });
  // A renewed certificate (cert-manager, certbot) takes effect for new
  // connections without a restart; a pair that does not load (half written,
  // mismatched) is logged and the one in force stays.
  const { tlsCert, tlsKey } = config;
  const tlsPoll = tlsCert && tlsKey ? pollFiles([tlsCert, tlsKey], TLS_POLL_MS, () => {
    try {
      (server as HttpsServer).setSecureContext({ cert: readFileSync(tlsCert), key: readFileSync(tlsKey) });
      log.info('TLS certificate reloaded', { cert: tlsCert });
      m.tlsReloaded(true);
    } catch (err) {
      log.error('TLS certificate not reloaded; the one in force stays', { cert: tlsCert, key: tlsKey, err: (err as Error).message });
      m.tlsReloaded(false);
    }
  }) : undefined;
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  const url = `${config.tlsCert ? 'https' : 'http'}://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  log.info('gateway listening', { url, cluster: config.cluster });

  return {
    url,
    async close() {
      clearInterval(expiry);
      keys?.close();
      tlsPoll?.close();
      usageSync?.stop();
      await traces?.close();
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
