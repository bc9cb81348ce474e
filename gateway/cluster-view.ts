// GET /v1/cluster: the fleet as operators see it. Executors come from the
// gateway's own heartbeat registry (devices detected or declared, engines,
// loaded models, slots); queues and placement decisions from every live
// scheduler, asked over NATS.
import type { NatsConnection } from '@nats-io/transport-node';
import {
  DeviceKind, DeviceSource, SchedulerSnapshot, SnapshotRequest,
  type IDevice, type Subjects, type SchedulerSnapshot as Snapshot,
} from '../proto/index.ts';
import type { ExecutorRegistry } from '../cluster/registry.ts';
import { kindName } from '../catalog/definition.ts';
import { stateName } from './catalog-admin.ts';
import type { CatalogAdmin } from './routes/admin-models.ts';

const deviceKind = (k: DeviceKind | null | undefined) => kindName(k) ?? 'unspecified';

function deviceView(d: IDevice) {
  return {
    kind: deviceKind(d.kind),
    source: d.source === DeviceSource.DEVICE_SOURCE_DECLARED ? 'declared' : 'detected',
    index: d.index ?? 0,
    name: d.name ?? '',
    memory_total_bytes: d.memoryTotalBytes ?? 0,
    memory_free_bytes: d.memoryFreeBytes ?? 0,
    ...(d.cores ? { cores: d.cores, simd: d.simd ?? '' } : {}),
    ...(d.computeCapability ? { compute_capability: d.computeCapability } : {}),
    ...(d.driver ? { driver: d.driver } : {}),
    engines: (d.engines ?? []).map((e) => ({ engine: e.engine, backend: e.backend, dtypes: e.dtypes ?? [], simulated: e.simulated === true })),
  };
}

export async function schedulerSnapshots(nc: NatsConnection, subjects: Subjects, expected: number, requester: string): Promise<Snapshot[]> {
  if (expected === 0) return [];
  const out: Snapshot[] = [];
  const replies = await nc.requestMany(subjects.schedulerSnapshot, SnapshotRequest.encode({ requester }).finish(), {
    strategy: 'count', maxMessages: expected, maxWait: 500,
  });
  for await (const m of replies) {
    try {
      out.push(SchedulerSnapshot.decode(m.data));
    } catch {
      // skip an undecodable answer; the others still make a view
    }
  }
  return out;
}

export function clusterView(registry: ExecutorRegistry, snapshots: Snapshot[], catalog?: CatalogAdmin, now = Date.now()) {
  const executors = [...registry.executors.values()].map(({ info, lastSeen }) => {
    const models = info.models.map((m) => ({
      name: m.name, engine: m.engine, state: stateName(m.state),
      slots_total: m.slotsTotal ?? 0, slots_busy: m.slotsBusy ?? 0, context_size: m.contextSize ?? 0,
      device: `${deviceKind(m.deviceKind)}:${m.deviceIndex ?? 0}`, memory_bytes: m.memoryBytes ?? 0,
      tokens_per_second: Math.round((m.tokensPerSecond ?? 0) * 10) / 10, load_ms: Math.round(m.loadMs ?? 0),
      idle_ms: m.lastUsedUnixMs ? Math.max(0, now - m.lastUsedUnixMs) : 0,
      ...(m.error ? { error: m.error } : {}),
      // The synthetic engine runs no model: say so wherever it appears.
      ...(m.engine === 'synthetic' ? { synthetic: true } : {}),
    }));
    return {
      id: info.executorId,
      address: info.grpcAddress,
      engines: info.engines,
      threads: info.threads,
      devices: info.devices.map(deviceView),
      models,
      slots: { free: info.slotsFree ?? 0, busy: models.reduce((n, m) => n + m.slots_busy, 0) },
      outstanding: info.outstanding ?? 0,
      tokens_generated_total: info.tokensGeneratedTotal ?? 0,
      last_heartbeat_ms_ago: now - lastSeen,
    };
  });
  return {
    object: 'cluster',
    executors,
    // The catalog with each model's replica plan: where replicas are placed and why.
    models: catalog ? catalog.list().map((m) => catalog.view(m)) : [],
    schedulers: snapshots.map((s) => ({
      id: s.schedulerId,
      running: s.running,
      queues: s.queues.map((q) => ({ model: q.model, priority: q.priority, depth: q.depth, oldest_wait_ms: Math.round(q.oldestWaitMs ?? 0) })),
      decision_latency_us: { p50: s.decisionP50Us, p99: s.decisionP99Us, decisions: s.decisions },
      recent_placements: s.recentPlacements.map((p) => ({
        at: new Date(p.atUnixMs ?? 0).toISOString(), request_id: p.requestId, model: p.model, priority: p.priority, executor_id: p.executorId, reason: p.reason, tenant: p.tenant,
      })),
    })),
  };
}
