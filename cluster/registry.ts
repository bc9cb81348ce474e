// The executor registry, kept from heartbeats. An executor whose last
// heartbeat is older than the expiry is dropped. Besides what executors
// report, the registry counts this scheduler's own in-flight dispatches,
// which are fresher than any heartbeat.
import { ModelState, Task, type ExecutorInfo, type ILoadedModel } from '../proto/index.ts';

export interface ExecutorEntry {
  info: ExecutorInfo;
  lastSeen: number;
  /** Requests this scheduler has dispatched and not yet seen finish, by model. */
  inflight: Map<string, number>;
  /** Our in-flight count per model when the last heartbeat arrived. */
  inflightAtHeartbeat: Map<string, number>;
}

export interface ModelSlot {
  executor: ExecutorEntry;
  slotsTotal: number;
  /**
   * Busy as far as this scheduler knows: its own in-flight requests (exact,
   * and fresher than any heartbeat) plus the others' share of the last
   * reported count (other schedulers' work).
   */
  busy: number;
  /** Measured decode speed of one sequence on this replica; 0 while unknown. */
  tokensPerSecond: number;
  /** Tasks the replica runs (LoadedModel.tasks; see runsTask). */
  tasks: readonly Task[];
}

/** Whether a replica listing `tasks` runs `task`. Executors older than the task list report none: they run chat only. */
export function runsTask(tasks: readonly Task[] | null | undefined, task: Task): boolean {
  return tasks && tasks.length > 0 ? tasks.includes(task) : task === Task.TASK_CHAT;
}

export class ExecutorRegistry {
  readonly executors = new Map<string, ExecutorEntry>();
  private readonly expiryMs: number;
  private readonly onChange: (event: 'added' | 'removed' | 'updated', e: ExecutorEntry) => void;

  constructor(expiryMs: number, onChange: (event: 'added' | 'removed' | 'updated', e: ExecutorEntry) => void = () => {}) {
    this.expiryMs = expiryMs;
    this.onChange = onChange;
  }

  upsert(info: ExecutorInfo, now = Date.now()): void {
    const prev = this.executors.get(info.executorId);
    if (prev && prev.info.grpcAddress !== info.grpcAddress) {
      // Same id, new process (restarted): its old work is gone.
      this.executors.delete(info.executorId);
      this.onChange('removed', prev);
    }
    const entry = this.executors.get(info.executorId);
    if (entry) {
      entry.info = info;
      entry.lastSeen = now;
      entry.inflightAtHeartbeat = new Map(entry.inflight);
      this.onChange('updated', entry);
    } else {
      const e = { info, lastSeen: now, inflight: new Map<string, number>(), inflightAtHeartbeat: new Map<string, number>() };
      this.executors.set(info.executorId, e);
      this.onChange('added', e);
    }
  }

  /** Drops executors not heard from within the expiry; returns them. */
  expire(now = Date.now()): ExecutorEntry[] {
    const gone: ExecutorEntry[] = [];
    for (const [id, e] of this.executors) {
      if (now - e.lastSeen > this.expiryMs) {
        this.executors.delete(id);
        gone.push(e);
        this.onChange('removed', e);
      }
    }
    return gone;
  }

  has(executorId: string): boolean {
    return this.executors.has(executorId);
  }

  remove(executorId: string): void {
    const e = this.executors.get(executorId);
    if (e) {
      this.executors.delete(executorId);
      this.onChange('removed', e);
    }
  }

  /** Every executor with `model` loaded and ready, with its slot use. */
  slotsFor(model: string): ModelSlot[] {
    const out: ModelSlot[] = [];
    for (const e of this.executors.values()) {
      const m = e.info.models.find((x) => x.name === model && x.state === ModelState.MODEL_STATE_READY);
      if (!m) continue;
      const others = Math.max(0, (m.slotsBusy ?? 0) - (e.inflightAtHeartbeat.get(model) ?? 0));
      out.push({ executor: e, slotsTotal: m.slotsTotal ?? 0, busy: others + (e.inflight.get(model) ?? 0), tokensPerSecond: m.tokensPerSecond ?? 0, tasks: m.tasks ?? [] });
    }
    return out;
  }

  /** What executor `executorId` last reported about `model`, if it is live and reports it. */
  reported(executorId: string | null | undefined, model: string | null | undefined): ILoadedModel | undefined {
    return this.executors.get(executorId ?? '')?.info.models.find((m) => m.name === model);
  }

  /** Whether some executor reports `model` (stops at the first). */
  serves(model: string): boolean {
    for (const e of this.executors.values()) if (e.info.models.some((m) => m.name === model)) return true;
    return false;
  }

  /** Names of every model some executor serves. */
  models(): Set<string> {
    const names = new Set<string>();
    for (const e of this.executors.values()) for (const m of e.info.models) if (m.name) names.add(m.name);
    return names;
  }

  addInflight(e: ExecutorEntry, model: string, delta: number): void {
    const n = (e.inflight.get(model) ?? 0) + delta;
    if (n <= 0) e.inflight.delete(model);
    else e.inflight.set(model, n);
  }
}
