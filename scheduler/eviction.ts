// Making room: when requests wait for a model that fits on some device only
// once memory frees there, idle replicas of other models on that device are
// unloaded early, least recently used first — only replicas serving nothing,
// unused for at least WEFT_EVICT_IDLE_MS, and above their model's
// minReplicas. The device needing the fewest bytes evicted is chosen.
import { ModelState, type ICatalogModel, type IReplicaSet } from '../proto/index.ts';
import type { FullDevice } from './replica-placement.ts';

export interface Victim {
  model: string;
  executorId: string;
  idleMs: number;
  memoryBytes: number;
}

export interface EvictionPlan {
  device: FullDevice;
  victims: Victim[];
}

export function planEviction(full: readonly FullDevice[], plans: Iterable<IReplicaSet>, catalog: (name: string) => ICatalogModel | undefined, minIdleMs: number, now = Date.now()): EvictionPlan | undefined {
  const allPlans = [...plans];
  let best: EvictionPlan | undefined;
  let bestBytes = Infinity;
  for (const f of full) {
    const e = f.executor;
    const candidates: Victim[] = [];
    for (const plan of allPlans) {
      const replicas = plan.replicas ?? [];
      const r = replicas.find((x) => x.executorId === e.info.executorId && x.deviceKind === f.device.kind && (x.deviceIndex ?? 0) === (f.device.index ?? 0));
      if (!r || !plan.model) continue;
      const min = catalog(plan.model)?.minReplicas ?? 0;
      if (replicas.length <= min) continue;
      const m = e.info.models.find((x) => x.name === plan.model);
      if (m?.state !== ModelState.MODEL_STATE_READY || (m.slotsBusy ?? 0) > 0 || (e.inflight.get(plan.model) ?? 0) > 0) continue;
      const idleMs = now - Number(m.lastUsedUnixMs ?? now);
      if (idleMs < minIdleMs) continue;
      candidates.push({ model: plan.model, executorId: e.info.executorId, idleMs, memoryBytes: Number(m.memoryBytes || r.memoryBytes || 0) });
    }
    candidates.sort((a, b) => b.idleMs - a.idleMs);
    const victims: Victim[] = [];
    let freed = 0;
    for (const v of candidates) {
      if (f.free + freed >= f.need) break;
      victims.push(v);
      freed += v.memoryBytes;
    }
    if (f.free + freed >= f.need && freed < bestBytes) {
      best = { device: f, victims };
      bestBytes = freed;
    }
  }
  return best;
}
