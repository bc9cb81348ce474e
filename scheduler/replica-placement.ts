// Where a new replica of a model goes: among the devices of live executors
// that can run its engine (and weight type), in the model's device
// preference order, the ones with room for it; then the least loaded
// executor, then the most free memory. A model that fits on no device even
// when empty is a permanent failure (507); one that fits only once memory is
// freed is a transient one (503, retry).
import { DeviceKind, DeviceSource, errors, HOST_CPU_ENGINES, ModelState, type IDevice, type ICatalogModel, type IReplica, type IReplicaSet, type WeftError } from '../proto/index.ts';
import { formatBytes, kindName, memoryNeed } from '../catalog/definition.ts';
import type { ExecutorEntry } from '../cluster/registry.ts';

/** A device that could hold the model if it were emptier. */
export interface FullDevice {
  executor: ExecutorEntry;
  device: IDevice;
  need: number;
  free: number;
}

export type PlacementOutcome =
  | { ok: true; replica: IReplica }
  | {
    ok: false; error: WeftError; transient: boolean; full: FullDevice[];
    /** No live executor could run the model at all: capacity is missing (an executor restarting, say), not refused. */
    noExecutor?: boolean;
  };

export interface PlacementInput {
  model: ICatalogModel;
  executors: Iterable<ExecutorEntry>;
  /** Every model's replica plan: replicas an executor does not report yet still hold their memory. */
  plans: Iterable<IReplicaSet>;
  /** Executors not to use (a load of this model failed there recently). */
  exclude?: ReadonlySet<string>;
  placedBy: string;
  now?: number;
}

interface Candidate {
  executor: ExecutorEntry;
  device: IDevice;
  rank: number;
  need: number;
  free: number;
  load: number;
}

const deviceLabel = (e: ExecutorEntry, d: IDevice) =>
  `${kindName(d.kind) ?? '?'}:${d.index ?? 0} ${d.name ?? ''} on ${e.info.executorId}${d.source === DeviceSource.DEVICE_SOURCE_DECLARED ? ' (declared)' : ''}`;

const deviceKey = (executorId: string | null | undefined, kind: number | null | undefined, index: number | null | undefined) =>
  `${executorId ?? ''}\u0000${kind ?? 0}\u0000${index ?? 0}`;

/**
 * Memory promised to replicas that their executor does not report loaded
 * or loading yet, per device: one pass over every plan, not one per device.
 */
function pendingByDevice(executors: readonly ExecutorEntry[], plans: readonly IReplicaSet[]): Map<string, number> {
  const byId = new Map(executors.map((e) => [e.info.executorId, e]));
  const out = new Map<string, number>();
  for (const plan of plans) {
    for (const r of plan.replicas ?? []) {
      const e = byId.get(r.executorId ?? '');
      if (!e || e.info.models.some((m) => m.name === plan.model)) continue;
      const key = deviceKey(r.executorId, r.deviceKind, r.deviceIndex);
      out.set(key, (out.get(key) ?? 0) + Number(r.memoryBytes ?? 0));
    }
  }
  return out;
}

function runsOn(model: ICatalogModel, d: IDevice): boolean {
  // The synthetic engine runs nowhere in particular: any device will do.
  if (model.engine === 'synthetic') return true;
  // Host programs (speech engines) run on the CPU, whatever else the host has.
  if (HOST_CPU_ENGINES.has(model.engine ?? '')) return d.kind === DeviceKind.DEVICE_KIND_CPU;
  return (d.engines ?? []).some((s) => s.engine === model.engine && (!model.dtype || (s.dtypes ?? []).length === 0 || s.dtypes!.includes(model.dtype!)));
}

function executorLoad(e: ExecutorEntry): number {
  let busy = 0;
  let total = 0;
  for (const m of e.info.models) {
    if (m.state !== ModelState.MODEL_STATE_READY) continue;
    busy += m.slotsBusy ?? 0;
    total += m.slotsTotal ?? 0;
  }
  let ours = 0;
  for (const n of e.inflight.values()) ours += n;
  return total === 0 ? 0 : Math.min(1, Math.max(busy, ours) / total);
}

export function placeReplica(input: PlacementInput): PlacementOutcome {
  const { model } = input;
  const plans = [...input.plans];
  const executors = [...input.executors];
  const pending = pendingByDevice(executors, plans);
  const planned = new Set(plans.find((p) => p.model === model.name)?.replicas?.map((r) => r.executorId) ?? []);
  const preference = model.devicePreference ?? [];
  const candidates: Candidate[] = [];
  const tooSmall: { label: string; total: number; need: number }[] = [];
  const full: FullDevice[] = [];
  let withEngine = 0;
  let excluded = 0;
  for (const e of executors) {
    if (planned.has(e.info.executorId) || !e.info.engines.includes(model.engine!)) continue;
    if (input.exclude?.has(e.info.executorId)) {
      excluded++;
      continue;
    }
    withEngine++;
    for (const d of e.info.devices) {
      const rank = preference.indexOf(d.kind!);
      if (rank < 0 || !runsOn(model, d)) continue;
      const need = memoryNeed(model, d.kind!);
      const total = Number(d.memoryTotalBytes ?? 0);
      const free = Number(d.memoryFreeBytes ?? 0) - (pending.get(deviceKey(e.info.executorId, d.kind, d.index)) ?? 0);
      if (need > total) tooSmall.push({ label: deviceLabel(e, d), total, need });
      else if (need > free) full.push({ executor: e, device: d, free: Math.max(0, free), need });
      else candidates.push({ executor: e, device: d, rank, need, free, load: executorLoad(e) });
    }
  }
  const kinds = preference.map((k) => kindName(k)).join(', ');
  if (candidates.length === 0) {
    if (withEngine === 0 && excluded > 0) {
      return { ok: false, transient: true, full, error: errors.noCapacity(`Every other executor that could run the model '${model.name}' failed to load it within the last minute.`, 30) };
    }
    if (withEngine === 0) {
      return { ok: false, transient: true, full, noExecutor: true, error: errors.noCapacity(`No live executor runs the engine '${model.engine}' that the model '${model.name}' needs.`, 5) };
    }
    if (tooSmall.length === 0 && full.length === 0) {
      return {
        ok: false, transient: true, full, noExecutor: true,
        error: errors.noCapacity(`No live executor has a device of a kind the model '${model.name}' may use (${kinds})${model.dtype ? ` that runs ${model.engine} with ${model.dtype} weights` : ''}.`, 5),
      };
    }
    if (full.length === 0) {
      const largest = tooSmall.reduce((a, b) => (b.total > a.total ? b : a));
      return {
        ok: false, transient: false, full,
        error: errors.insufficientMemory(
          `The model '${model.name}' needs ${formatBytes(largest.need)} per replica, more than any device that could run it has: the largest is ${largest.label} with ${formatBytes(largest.total)}.`,
        ),
      };
    }
    const roomiest = full.reduce((a, b) => (b.free > a.free ? b : a));
    return {
      ok: false, transient: true, full,
      error: errors.noCapacity(
        `No device has room for the model '${model.name}' now: it needs ${formatBytes(roomiest.need)}, and the most free is ${formatBytes(roomiest.free)} on ${deviceLabel(roomiest.executor, roomiest.device)}; the replicas there are busy or were used recently.`,
        10,
      ),
    };
  }
  candidates.sort((a, b) => a.rank - b.rank || a.load - b.load || b.free - a.free);
  const best = candidates[0]!;
  const kind = kindName(best.device.kind) ?? '?';
  const reason = `${kind} is preference ${best.rank + 1} of ${preference.length} (${kinds}); needs ${formatBytes(best.need)}, ${formatBytes(best.free)} free on ${deviceLabel(best.executor, best.device)}; executor load ${Math.round(best.load * 100)}%; ${candidates.length} device(s) fit`;
  return {
    ok: true,
    replica: {
      executorId: best.executor.info.executorId,
      deviceKind: best.device.kind,
      deviceIndex: best.device.index ?? 0,
      memoryBytes: best.need,
      placedUnixMs: input.now ?? Date.now(),
      placedBy: input.placedBy,
      reason,
    },
  };
}
