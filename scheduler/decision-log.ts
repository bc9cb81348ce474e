// What the scheduler decided and how long deciding took: recent placements
// with their reason for the cluster view, and decision latency percentiles
// (the fabric's own overhead, which operators and benchmarks ask about).
import { PriorityClass, type IPlacement } from '../proto/index.ts';
import type { ModelSlot } from '../cluster/registry.ts';

const KEEP_PLACEMENTS = 50;
const KEEP_LATENCIES = 1000;

export class DecisionLog {
  private readonly placements: IPlacement[] = [];
  private readonly latenciesUs: number[] = [];
  private next = 0;
  private total = 0;

  record(elapsedMs: number, job: { req: { requestId: string; model: string; tenant?: string }; priority: PriorityClass }, chosen: ModelSlot, replicas: number, why: string): void {
    const us = elapsedMs * 1000;
    if (this.latenciesUs.length < KEEP_LATENCIES) this.latenciesUs.push(us);
    else this.latenciesUs[this.next] = us;
    this.next = (this.next + 1) % KEEP_LATENCIES;
    this.total++;
    this.placements.push({
      atUnixMs: Date.now(), requestId: job.req.requestId, model: job.req.model, priority: job.priority, tenant: job.req.tenant ?? '',
      executorId: chosen.executor.info.executorId,
      reason: `${why}: ${chosen.busy}/${chosen.slotsTotal} slots busy, ${replicas} replica(s)`,
    });
    if (this.placements.length > KEEP_PLACEMENTS) this.placements.shift();
  }

  /** A replica placed or removed by the replica controller (not a request). */
  recordReplica(model: string, executorId: string, what: string): void {
    this.placements.push({ atUnixMs: Date.now(), requestId: '', model, priority: '', executorId, reason: what });
    if (this.placements.length > KEEP_PLACEMENTS) this.placements.shift();
  }

  snapshot(): { recent: IPlacement[]; p50Us: number; p99Us: number; count: number } {
    const sorted = [...this.latenciesUs].sort((a, b) => a - b);
    const at = (q: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
    return { recent: [...this.placements].reverse(), p50Us: at(0.5), p99Us: at(0.99), count: this.total };
  }
}
