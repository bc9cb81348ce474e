// Wires one executor process: engines, gRPC server, the replica agent
// (loads what the replica plan in NATS KV assigns here), heartbeats on NATS.
import { CatalogModel, CONTRACT_VERSION, DeviceKind, DeviceSource, fabricNames, ReplicaSet, type IDevice, type IExecutorInfo } from '../proto/index.ts';
import { connectFabric } from '../cluster/connection.ts';
import { attachSpanExport } from '../observability/telemetry.ts';
import { KvCollection } from '../cluster/kv-collection.ts';
import type { ExecutorOptions } from './options.ts';
import type { Logger } from '../observability/logger.ts';
import { probeBackends } from './devices/backend-probe.ts';
import { discoverDevices } from './devices/index.ts';
import { EngineSet } from './engine-set.ts';
import { createEngines } from './engines/registry.ts';
import { startExecutorGrpcServer } from './grpc-server.ts';
import { executorServerCredentials } from '../cluster/grpc-tls.ts';
import { startHeartbeat, type Heartbeat } from './heartbeat.ts';
import { ReplicaAgent } from './replica-agent.ts';
import { createExecutorService } from './service.ts';

export interface RunningExecutor {
  address: string;
  close(): Promise<void>;
}

export async function startExecutor(config: ExecutorOptions, log: Logger): Promise<RunningExecutor> {
  const engine = new EngineSet(await createEngines(config));
  const discovered = await discoverDevices({
    env: process.env,
    offerCpu: config.cpuDevice !== 'off',
    gpu: config.gpu,
    available: (detected) => probeBackends(detected, (device) => engine.probe(device), { gpu: config.gpu, env: process.env }),
  });
  const devices: IDevice[] = discovered.devices;
  for (const note of discovered.notes) log.info('device discovery', { note });
  log.info('devices', {
    devices: devices.map((d) => `${DeviceKind[d.kind!]}:${d.name} (${d.source === DeviceSource.DEVICE_SOURCE_DECLARED ? 'declared' : 'detected'})`),
  });
  const startedUnixMs = Date.now();
  let address = '';
  let heartbeat: Heartbeat | undefined;
  let agent: ReplicaAgent | undefined;

  const info = (): IExecutorInfo => {
    const models = agent?.models() ?? engine.models();
    return {
      executorId: config.executorId,
      grpcAddress: address,
      devices: agent?.devices() ?? devices,
      engines: engine.names(),
      contractVersion: CONTRACT_VERSION,
      tasks: engine.tasks(),
      models,
      slotsFree: models.reduce((n, m) => n + (m.slotsTotal ?? 0) - (m.slotsBusy ?? 0), 0),
      outstanding: runtime.running.size,
      tokensGeneratedTotal: engine.tokensGenerated(),
      activeSequences: models.reduce((n, m) => n + (m.slotsBusy ?? 0), 0),
      startedUnixMs,
      heartbeatIntervalMs: config.heartbeatMs,
      threads: config.threads,
    };
  };

  const runtime = createExecutorService({
    engine, log, info,
    defaults: { contextSize: config.contextSize, slots: config.slots },
    coalesceMs: config.streamCoalesceMs,
    deviceLabel: devices.map((d) => `${DeviceKind[d.kind!]}:${d.name}`).join(','),
    executorId: config.executorId,
    onUse: (model) => {
      agent?.touch(model);
      heartbeat?.soon();
    },
  });
  // Health says NOT_SERVING until the planned replicas are loaded below.
  const grpc = await startExecutorGrpcServer(runtime.implementation, config.grpcHost, config.grpcPort, executorServerCredentials(config));
  address = config.grpcAdvertise ?? `${config.grpcHost}:${grpc.port}`;
  const tls = config.grpcTlsCa !== undefined;
  log.info('gRPC server listening', { address, threads: config.threads, tls });
  if (!tls && !isLoopback(config.grpcHost)) {
    log.warn('gRPC is plaintext and unauthenticated on a non-loopback address: anyone who reaches it can run and load models here. Set WEFT_GRPC_TLS_CA, WEFT_GRPC_TLS_CERT and WEFT_GRPC_TLS_KEY on executors and schedulers', { address });
  }

  // This executor's cluster: only its schedulers see its heartbeats and dial it.
  const { subjects, buckets } = fabricNames(config.cluster);
  const { nc } = await connectFabric(config, config.executorId, log);
  attachSpanExport(nc, subjects.spans);
  const [catalog, plan] = await Promise.all([
    KvCollection.open(nc, buckets.catalog, CatalogModel),
    KvCollection.open(nc, buckets.replicas, ReplicaSet),
  ]);
  agent = new ReplicaAgent({ executorId: config.executorId, engine, devices, catalog, plan, log, changed: () => heartbeat?.beat() });
  heartbeat = startHeartbeat(nc, subjects, info, config.heartbeatMs, log);
  // Replicas already placed here (a restart) load before "ready"; their
  // heartbeats say LOADING meanwhile.
  await agent.reconcile();
  grpc.setServing(true);
  log.info('executor ready', { executorId: config.executorId, cluster: config.cluster, models: engine.models().map((m) => m.name) });

  return {
    address,
    async close() {
      // Probes see it going before anything stops.
      grpc.setServing(false);
      agent?.close();
      catalog.close();
      plan.close();
      heartbeat?.stop();
      for (const ac of runtime.running.values()) ac.abort();
      await grpc.close();
      await nc.drain().catch(() => undefined);
      await engine.dispose();
    },
  };
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\./.test(host);
}
