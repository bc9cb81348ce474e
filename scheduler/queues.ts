// Per-model queues, one per priority class, bounded. Realtime is served
// first; batch waits behind it (with aging, see core/dispatcher.ts).
import { PriorityClass } from '../proto/index.ts';

export interface Queued {
  priority: PriorityClass;
  receivedAt: number;
}

export interface ModelQueue<J extends Queued> {
  realtime: J[];
  batch: J[];
}

export class Queues<J extends Queued> {
  private readonly byModel = new Map<string, ModelQueue<J>>();
  private readonly max: Record<PriorityClass, number>;

  constructor(max: Record<PriorityClass, number>) {
    this.max = max;
  }

  of(model: string): ModelQueue<J> {
    let q = this.byModel.get(model);
    if (!q) this.byModel.set(model, (q = { realtime: [], batch: [] }));
    return q;
  }

  has(model: string): boolean {
    const q = this.byModel.get(model);
    return q !== undefined && q.realtime.length + q.batch.length > 0;
  }

  models(): string[] {
    return [...this.byModel.keys()];
  }

  /** Adds a job; false when its class's queue for the model is full. `front` (requeues) ignores the bound. */
  push(model: string, job: J, front = false): boolean {
    const list = this.of(model)[job.priority];
    if (front) {
      list.unshift(job);
      return true;
    }
    if (list.length >= this.max[job.priority]) return false;
    list.push(job);
    return true;
  }

  remove(model: string, job: J): boolean {
    const list = this.byModel.get(model)?.[job.priority];
    const i = list?.indexOf(job) ?? -1;
    if (i < 0) return false;
    list!.splice(i, 1);
    return true;
  }

  /** Empties every queue, returning what was in them. */
  takeAll(): J[] {
    const out: J[] = [];
    for (const q of this.byModel.values()) out.push(...q.realtime.splice(0), ...q.batch.splice(0));
    return out;
  }

  /** Depth and oldest wait per class and model, for the cluster view. */
  stats(now = Date.now()): { model: string; priority: PriorityClass; depth: number; oldestWaitMs: number }[] {
    const out = [];
    for (const [model, q] of this.byModel) {
      for (const priority of [PriorityClass.REALTIME, PriorityClass.BATCH] as const) {
        const list = q[priority];
        if (list.length > 0) out.push({ model, priority, depth: list.length, oldestWaitMs: now - list[0]!.receivedAt });
      }
    }
    return out;
  }
}
