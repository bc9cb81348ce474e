// Wires one executor process: engines, gRPC server, the replica agent
// (loads what the replica plan in NATS KV assigns here), heartbeats on NATS.
import { Server, ServerCredentials } from '@grpc/grpc-js';
import { CatalogModel, DeviceKind, DeviceSource, fabricNames, ReplicaSet, type IDevice, type IExecutorInfo } from '../proto/index.ts';
import { connectFabric } from '../cluster/connection.ts';
import { KvCollection } from '../cluster/kv-collection.ts';
import { ExecutorService } from '../proto/index.ts';
import type { ExecutorOptions } from './options.ts';
import type { Logger } from '../observability/logger.ts';
import { discoverDevices } from './devices/index.ts';
import { EngineSet } from './engine-set.ts';
import { LlamaCppEngine } from './engines/llamacpp/index.ts';
import { SyntheticEngine } from './engines/synthetic/index.ts';
import { startHeartbeat, type Heartbeat } from './heartbeat.ts';
import { ReplicaAgent } from './replica-agent.ts';
import { createExecutorService } from './service.ts';

export interface RunningExecutor {
  address: string;
  close(): Promise<void>;
}

export async function startExecutor(config: ExecutorOptions, log: Logger): Promise<RunningExecutor> {
  const discovered = await discoverDevices({ env: process.env });
  const devices: IDevice[] = discovered.devices;
  for (const note of discovered.notes) log.info('device discovery', { note });
  log.info('devices', {
    devices: devices.map((d) => `${DeviceKind[d.kind!]}:${d.name} (${d.source === DeviceSource.DEVICE_SOURCE_DECLARED ? 'declared' : 'detected'})`),
  });
  const engine = new EngineSet([await LlamaCppEngine.create({ threads: config.threads }), new SyntheticEngine({ speed: config.syntheticSpeed })]);
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
    onUse: (model) => {
      agent?.touch(model);
      heartbeat?.soon();
    },
  });
  const server = new Server({ 'grpc.max_receive_message_length': 64 * 1024 * 1024 });
  server.addService(ExecutorService, runtime.implementation);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${config.grpcHost}:${config.grpcPort}`, ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  address = config.grpcAdvertise ?? `${config.grpcHost}:${port}`;
  log.info('gRPC server listening', { address, threads: config.threads });

  // This executor's cluster: only its schedulers see its heartbeats and dial it.
  const { subjects, buckets } = fabricNames(config.cluster);
  const { nc } = await connectFabric(config.natsUrl, config.executorId, log);
  const [catalog, plan] = await Promise.all([
    KvCollection.open(nc, buckets.catalog, CatalogModel),
    KvCollection.open(nc, buckets.replicas, ReplicaSet),
  ]);
  agent = new ReplicaAgent({ executorId: config.executorId, engine, devices, catalog, plan, log, changed: () => heartbeat?.beat() });
  heartbeat = startHeartbeat(nc, subjects, info, config.heartbeatMs, log);
  // Replicas already placed here (a restart) load before "ready"; their
  // heartbeats say LOADING meanwhile.
  await agent.reconcile();
  log.info('executor ready', { executorId: config.executorId, cluster: config.cluster, models: engine.models().map((m) => m.name) });

  return {
    address,
    async close() {
      agent?.close();
      catalog.close();
      plan.close();
      heartbeat?.stop();
      for (const ac of runtime.running.values()) ac.abort();
      await new Promise<void>((r) => server.tryShutdown(() => r()));
      await nc.drain().catch(() => undefined);
      await engine.dispose();
    },
  };
}
