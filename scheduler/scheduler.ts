// The scheduler's wiring: one NATS connection, the executor registry (kept
// from heartbeats), the replica controller, the dispatcher that decides
// (core/dispatcher.ts), its job sources and the runner that takes attempts
// to executors over gRPC, and the subscriptions that serve the cluster view.
import {
  CatalogModel, DiscoverRequest, ModelState, ReplicaSet, SchedulerInfo, SchedulerSnapshot, errors, ExecutorInfo, fabricNames,
} from '../proto/index.ts';
import type { Subscription } from '@nats-io/transport-node';
import type { SchedulerOptions } from './options.ts';
import { connectFabric } from '../cluster/connection.ts';
import { attachSpanExport } from '../observability/telemetry.ts';
import { KvCollection } from '../cluster/kv-collection.ts';
import type { Logger } from '../observability/logger.ts';
import { ExecutorClients } from './executor-clients.ts';
import { executorChannelCredentials } from '../cluster/grpc-tls.ts';
import { DecisionLog } from './decision-log.ts';
import { ExecutorRegistry } from '../cluster/registry.ts';
import { ReplicaController } from './replica-controller.ts';
import { GrpcRunner } from './relay.ts';
import { Dispatcher } from './core/dispatcher.ts';
import { systemClock, type JobSource } from './core/ports.ts';
import { NatsRequestSource } from './sources/nats-requests.ts';
import { JetStreamBatchSource } from './sources/jetstream-batch.ts';
import { BatchStore } from '../batch/batch-store.ts';
import { FileStore } from '../batch/file-store.ts';
import { BatchCoordinator } from '../batch/coordinator.ts';
import { MAX_LINE_BYTES } from '../batch/lines.ts';

export interface RunningScheduler {
  readonly id: string;
  readonly registry: ExecutorRegistry;
  close(): Promise<void>;
}


/** How long running requests may take to finish when the scheduler stops. */
const STOP_GRACE_MS = 5_000;

export async function startScheduler(config: SchedulerOptions, log: Logger): Promise<RunningScheduler> {
  const id = config.schedulerId;
  // Every subject and bucket of this scheduler's cluster.
  const names = fabricNames(config.cluster);
  const { subjects, buckets } = names;
  const { nc } = await connectFabric(config, id, log);
  attachSpanExport(nc, subjects.spans);
  const clients = new ExecutorClients(executorChannelCredentials(config));
  const decisions = new DecisionLog();
  const startedAt = Date.now();

  // The registry reports executors before the dispatcher exists; none are
  // removed before it does (heartbeats are subscribed to below).
  let dispatcher: Dispatcher | undefined;
  const registry = new ExecutorRegistry(config.executorExpiryMs, (event, e) => {
    if (event === 'added') log.info('executor registered', { executorId: e.info.executorId, address: e.info.grpcAddress, models: e.info.models.map((m) => m.name) });
    if (event === 'removed') {
      log.warn('executor removed', { executorId: e.info.executorId, address: e.info.grpcAddress });
      clients.drop(e.info.grpcAddress);
      dispatcher?.executorRemoved(e);
    }
  });

  const [catalog, plan] = await Promise.all([
    KvCollection.open(nc, buckets.catalog, CatalogModel),
    KvCollection.open(nc, buckets.replicas, ReplicaSet),
  ]);

  const controller = new ReplicaController({
    schedulerId: id, config, log, catalog, plan, registry, decisions, startedAt,
    waiting: (model) => dispatcher?.waiting(model) ?? { count: 0, oldestWaitMs: 0 },
    unplaceable: (model, error) => dispatcher?.failQueued(model, error),
  });
  const core = new Dispatcher({
    config, clock: systemClock, replicas: registry, runner: new GrpcRunner(clients), capacity: controller, catalog, decisions, log, startedAt,
  });
  dispatcher = core;

  // The Batch API: every scheduler runs batch lines (one more job source,
  // at the batch class) and takes its share of the batches' lifecycle.
  const [batchStore, files] = await Promise.all([BatchStore.open(nc, names), FileStore.open(nc, names)]);
  const coordinator = new BatchCoordinator({
    nc, names, id, log, files, store: batchStore,
    hasModel: (model) => catalog.has(model) || registry.serves(model),
    maxLines: config.batchMaxLines, maxLineBytes: MAX_LINE_BYTES,
    maxBytes: config.batchJobsMaxBytes, ackWaitMs: config.batchAckWaitMs,
  });
  await coordinator.start();

  const sources: JobSource[] = [
    new NatsRequestSource({ nc, cluster: config.cluster, schedulerId: id, log }),
    new JetStreamBatchSource({ nc, names, schedulerId: id, log, store: batchStore, inflight: config.batchInflight, ackWaitMs: config.batchAckWaitMs }),
  ];
  for (const source of sources) source.start(core);

  const subs: Subscription[] = [
    nc.subscribe(subjects.schedulerSnapshot, {
      callback: (err, msg) => {
        if (err) return;
        const snap = decisions.snapshot();
        const { queues, running } = core.stats();
        msg.respond(SchedulerSnapshot.encode({
          schedulerId: id, queues, running,
          recentPlacements: snap.recent,
          decisionP50Us: snap.p50Us, decisionP99Us: snap.p99Us, decisions: snap.count,
        }).finish());
      },
    }),
    nc.subscribe(subjects.heartbeat, {
      callback: (err, msg) => {
        if (err) return;
        try {
          const info = ExecutorInfo.decode(msg.data);
          registry.upsert(info);
          for (const m of info.models) if (m.name) core.replicasChanged(m.name);
          if (info.models.some((m) => m.state === ModelState.MODEL_STATE_FAILED)) controller.kick();
        } catch (e) {
          log.warn('bad heartbeat', { err: e });
        }
      },
    }),
  ];
  nc.publish(subjects.discover, DiscoverRequest.encode({ requester: id }).finish());
  const announceSelf = () => nc.publish(subjects.schedulerHeartbeat, SchedulerInfo.encode({
    schedulerId: id, startedUnixMs: startedAt, heartbeatIntervalMs: config.heartbeatMs,
  }).finish());
  announceSelf();
  const selfHeartbeat = setInterval(announceSelf, config.heartbeatMs);
  const expiry = setInterval(() => {
    registry.expire();
    core.drainAll();
  }, Math.max(100, Math.floor(config.executorExpiryMs / 4)));
  log.info('scheduler ready', { schedulerId: id, nats: config.natsUrl, cluster: config.cluster });

  return {
    id,
    registry,
    async close() {
      clearInterval(expiry);
      clearInterval(selfHeartbeat);
      controller.close();
      await coordinator.close();
      await Promise.all(sources.map((s) => s.close()));
      for (const s of subs) s.unsubscribe();
      // Requests already taken finish (bounded); queued ones are failed so
      // their clients are not left waiting.
      const stopping = errors.noCapacity('The scheduler is shutting down.');
      core.failAllQueued(stopping);
      const until = Date.now() + STOP_GRACE_MS;
      while (core.held > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      core.abortAll(stopping);
      catalog.close();
      plan.close();
      await nc.flush().catch(() => undefined);
      await nc.drain().catch(() => undefined);
      clients.close();
    },
  };
}
