// Wires one executor process: engine, gRPC server, models from the models
// file (reloaded when it changes), heartbeats on NATS.
import { unwatchFile, watchFile } from 'node:fs';
import { Server, ServerCredentials } from '@grpc/grpc-js';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { DeviceKind, DeviceSource, type IDevice, type IExecutorInfo } from '../proto/index.ts';
import { ExecutorService } from '../proto/grpc.ts';
import type { Config } from '../deploy/config.ts';
import type { Logger } from '../observability/logger.ts';
import { discoverDevices } from './devices/index.ts';
import { DEFAULT_ENGINE, EngineSet } from './engine-set.ts';
import { LlamaCppEngine } from './engines/llamacpp/index.ts';
import { SyntheticEngine } from './engines/synthetic/index.ts';
import { startHeartbeat, type Heartbeat } from './heartbeat.ts';
import { readModelsFile, type ModelEntry } from './models-file.ts';
import { createExecutorService } from './service.ts';

export interface RunningExecutor {
  address: string;
  close(): Promise<void>;
}

export async function startExecutor(config: Config, log: Logger): Promise<RunningExecutor> {
  const discovered = await discoverDevices({ env: process.env });
  const devices: IDevice[] = discovered.devices;
  for (const note of discovered.notes) log.info('device discovery', { note });
  log.info('devices', {
    devices: devices.map((d) => `${DeviceKind[d.kind!]}:${d.name} (${d.source === DeviceSource.DEVICE_SOURCE_DECLARED ? 'declared' : 'detected'})`),
  });
  const engine = new EngineSet([await LlamaCppEngine.create({ threads: config.threads }), new SyntheticEngine()]);
  const startedUnixMs = Date.now();
  let address = '';
  let heartbeat: Heartbeat | undefined;

  const info = (): IExecutorInfo => {
    const models = engine.models();
    return {
      executorId: config.executorId,
      grpcAddress: address,
      devices,
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
  });
  const server = new Server({ 'grpc.max_receive_message_length': 64 * 1024 * 1024 });
  server.addService(ExecutorService, runtime.implementation);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${config.grpcHost}:${config.grpcPort}`, ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  address = config.grpcAdvertise ?? `${config.grpcHost}:${port}`;
  log.info('gRPC server listening', { address, threads: config.threads });

  // Models from the models file; the file is watched so `weft models add`
  // takes effect without a restart.
  const specOf = (e: ModelEntry) => ({
    name: e.name, path: e.path, engine: e.engine ?? DEFAULT_ENGINE,
    contextSize: e.contextSize ?? config.contextSize, slots: e.slots ?? config.slots,
    ...(e.chatTemplate ? { chatTemplate: e.chatTemplate } : {}),
  });
  let wanted = new Map<string, string>();
  let reconciling = Promise.resolve();
  const reconcile = () => {
    reconciling = reconciling.then(async () => {
      let entries: ModelEntry[];
      try {
        entries = readModelsFile(config.modelsFile);
      } catch (err) {
        log.error('models file unreadable; keeping loaded models', { file: config.modelsFile, err });
        return;
      }
      const next = new Map(entries.map((e) => [e.name, JSON.stringify(specOf(e))]));
      for (const [name, spec] of wanted) {
        if (next.get(name) !== spec && (await engine.unload(name))) log.info('model unloaded', { model: name });
      }
      for (const e of entries) {
        if (wanted.get(e.name) === next.get(e.name)) continue;
        const spec = specOf(e);
        try {
          const t0 = performance.now();
          const m = await engine.load(spec);
          log.info('model loaded', { model: e.name, path: e.path, contextSize: m.contextSize, slots: spec.slots, ms: Math.round(performance.now() - t0) });
        } catch (err) {
          log.error('model failed to load', { model: e.name, path: e.path, err });
          next.delete(e.name);
        }
      }
      wanted = next;
      heartbeat?.beat();
    });
    return reconciling;
  };
  await reconcile();
  watchFile(config.modelsFile, { interval: 1000 }, () => void reconcile());

  const nc: NatsConnection = await connect({ servers: config.natsUrl.split(','), name: config.executorId, maxReconnectAttempts: -1 });
  heartbeat = startHeartbeat(nc, info, config.heartbeatMs, log);
  log.info('executor ready', { executorId: config.executorId, models: engine.models().map((m) => m.name) });

  return {
    address,
    async close() {
      unwatchFile(config.modelsFile);
      heartbeat?.stop();
      for (const ac of runtime.running.values()) ac.abort();
      await new Promise<void>((r) => server.tryShutdown(() => r()));
      await nc.drain().catch(() => undefined);
      await engine.dispose();
    },
  };
}
