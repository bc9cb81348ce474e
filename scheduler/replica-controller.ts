// Keeps each catalog model's replica plan (NATS KV) right: places a replica
// when requests wait for a model with none (scale from zero), another when
// the oldest waits past WEFT_SCALE_OUT_WAIT_MS (scale out, up to
// maxReplicas), up to minReplicas always; removes replicas of executors that
// are gone, that failed to load or took too long, and replicas idle past the
// model's idle TTL (scale in, and to zero when minReplicas is 0).
//
// Every scheduler runs this. Each change is a compare-and-set on the
// model's plan revision: of two schedulers deciding at once one wins, the
// other re-reads and decides again, so a replica is never placed twice.
// Executors load and unload by watching the plan (executors/replica-agent.ts).
import { errors, ModelState, type ICatalogModel, type IReplica, type IReplicaSet, type WeftError } from '../proto/index.ts';
import { kindName } from '../catalog/definition.ts';
import type { KvCollection } from '../cluster/kv-collection.ts';
import type { SchedulerOptions } from './options.ts';
import type { Logger } from '../observability/logger.ts';
import type { DecisionLog } from './decision-log.ts';
import type { ExecutorRegistry } from '../cluster/registry.ts';
import { placeReplica, type FullDevice } from './replica-placement.ts';
import { planEviction } from './eviction.ts';

/** How long an executor where a model failed to load is passed over for it. */
const FAILED_LOAD_BACKOFF_MS = 60_000;
/** How long requests wait for evicted replicas to unload before the model counts as unplaceable. */
const EVICTION_WAIT_MS = 30_000;
/** Measured memory is written back to the catalog when it differs from the figure there by more than this. */
const MEASURED_MEMORY_TOLERANCE = 0.05;

export interface ReplicaControllerDeps {
  schedulerId: string;
  config: Pick<SchedulerOptions, 'scaleOutWaitMs' | 'loadTimeoutMs' | 'executorExpiryMs' | 'heartbeatMs' | 'evictIdleMs'>;
  log: Logger;
  catalog: KvCollection<ICatalogModel>;
  plan: KvCollection<IReplicaSet>;
  registry: ExecutorRegistry;
  decisions: DecisionLog;
  /** This scheduler's queue for a model: how many wait and the oldest wait. */
  waiting(model: string): { count: number; oldestWaitMs: number };
  /** No replica can be placed for a model whose requests wait: fail them with `error`. */
  unplaceable(model: string, error: WeftError): void;
  startedAt: number;
}

export class ReplicaController {
  private readonly deps: ReplicaControllerDeps;
  private readonly failedAt = new Map<string, Map<string, number>>();
  /** Models waiting for evicted replicas to unload (until when). */
  private readonly evicting = new Map<string, number>();
  /** The last load failure of each model, to tell waiting clients why. */
  private readonly lastLoadError = new Map<string, string>();
  /** Models no live executor could run at the last decision, with the error that says so. */
  private readonly noExecutor = new Map<string, WeftError>();
  /** Per model held below its minReplicas by a placement failure: the reason last logged. */
  private readonly belowMinimum = new Map<string, string>();
  private running = false;
  private again = false;
  private timer: NodeJS.Timeout;

  constructor(deps: ReplicaControllerDeps) {
    this.deps = deps;
    this.timer = setInterval(() => this.kick(), Math.max(100, Math.min(1_000, deps.config.heartbeatMs)));
  }

  /** Requests wait for `model` and no replica serves it: decide now. */
  demand(_model: string): void {
    this.kick();
  }

  /** Why no replica of `model` can be placed while no live executor could run it; undefined otherwise. */
  capacityMissing(model: string): WeftError | undefined {
    return this.noExecutor.get(model);
  }

  /** Whether a replica of `model` is placed but not serving yet (requests should keep waiting). */
  loading(model: string): boolean {
    const replicas = this.deps.plan.get(model)?.replicas ?? [];
    return replicas.some((r) => this.replicaState(model, r) !== ModelState.MODEL_STATE_READY);
  }

  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.tick().catch((err) => this.deps.log.error('replica controller failed', { err })).finally(() => {
      this.running = false;
      if (this.again) {
        this.again = false;
        setImmediate(() => this.kick());
      }
    });
  }

  private replicaState(model: string, r: IReplica): ModelState | undefined {
    return this.deps.registry.reported(r.executorId, model)?.state ?? undefined;
  }

  private async tick(): Promise<void> {
    const { catalog, plan } = this.deps;
    for (const model of catalog.values()) {
      if (model.name) await this.reconcile(model);
    }
    // Plans of models removed from the catalog: emptied (executors unload), then deleted.
    for (const name of plan.names()) {
      if (catalog.has(name)) continue;
      const v = plan.getVersioned(name)!;
      if ((v.value.replicas ?? []).length > 0) await plan.compareAndSet(name, { model: name, replicas: [] }, v.revision);
      else await plan.delete(name).catch(() => undefined);
    }
  }

  private async reconcile(model: ICatalogModel): Promise<void> {
    const { registry, log, config } = this.deps;
    const name = model.name!;
    const now = Date.now();
    const current = this.deps.plan.getVersioned(name);
    const replicas = [...(current?.value.replicas ?? [])];
    const next: IReplica[] = [];
    const notes: { executorId: string; what: string }[] = [];
    // Right after start the registry is still filling from heartbeats:
    // executors answer the scheduler's discover request at once, so placing
    // may start after two heartbeat intervals; removing replicas of
    // executors not heard from, and failing requests, only after the expiry.
    const settled = now - this.deps.startedAt >= config.executorExpiryMs;
    const canPlace = settled || now - this.deps.startedAt >= 2 * config.heartbeatMs;
    for (const r of replicas) {
      const e = registry.executors.get(r.executorId ?? '');
      const reported = e?.info.models.find((m) => m.name === name);
      if (!e) {
        if (settled) {
          notes.push({ executorId: r.executorId!, what: 'replica removed: its executor stopped heartbeating' });
          continue;
        }
      } else if (reported?.state === ModelState.MODEL_STATE_FAILED) {
        this.noteFailure(name, r.executorId!, now);
        this.lastLoadError.set(name, `loading it on ${r.executorId} failed: ${reported.error}`);
        notes.push({ executorId: r.executorId!, what: `replica removed: loading failed: ${reported.error}` });
        continue;
      } else if (reported?.state !== ModelState.MODEL_STATE_READY && now - Number(r.placedUnixMs ?? now) > config.loadTimeoutMs) {
        this.noteFailure(name, r.executorId!, now);
        this.lastLoadError.set(name, `loading it on ${r.executorId} took longer than ${config.loadTimeoutMs} ms`);
        notes.push({ executorId: r.executorId!, what: `replica removed: not ready ${config.loadTimeoutMs} ms after placement (WEFT_LOAD_TIMEOUT_MS)` });
        continue;
      }
      next.push(r);
    }

    const wait = this.deps.waiting(name);
    const min = model.minReplicas ?? 0;
    const max = Math.max(min, model.maxReplicas ?? 1);
    // Scale in: the replica idle longest goes, if idle past the TTL and above the minimum.
    const ttl = model.idleTtlMs ?? 0;
    if (ttl > 0 && wait.count === 0 && next.length > min) {
      let idlest: { r: IReplica; idleMs: number } | undefined;
      for (const r of next) {
        const e = registry.executors.get(r.executorId ?? '');
        const m = e?.info.models.find((x) => x.name === name);
        if (!e || m?.state !== ModelState.MODEL_STATE_READY || (m.slotsBusy ?? 0) > 0 || (e.inflight.get(name) ?? 0) > 0) continue;
        const idleMs = now - Number(m.lastUsedUnixMs || r.placedUnixMs || now);
        if (idleMs > ttl && (!idlest || idleMs > idlest.idleMs)) idlest = { r, idleMs };
      }
      if (idlest) {
        next.splice(next.indexOf(idlest.r), 1);
        notes.push({ executorId: idlest.r.executorId!, what: `replica removed: idle ${Math.round(idlest.idleMs / 1000)} s, past the idle TTL of ${Math.round(ttl / 1000)} s (${next.length} left, min ${min})` });
      }
    }

    // Scale from zero, up to the minimum, and out when requests wait too long.
    const pending = next.some((r) => this.replicaState(name, r) !== ModelState.MODEL_STATE_READY);
    let target = Math.max(min, wait.count > 0 ? 1 : 0);
    if (wait.count > 0 && wait.oldestWaitMs > config.scaleOutWaitMs && !pending) target = Math.max(target, next.length + 1);
    target = Math.min(target, max);
    let failure: { error: WeftError; transient: boolean; full: FullDevice[]; noExecutor?: boolean } | undefined;
    while (next.length < target && canPlace) {
      const why = next.length < min ? `below minReplicas ${min}` : next.length === 0 ? `scale from zero: ${wait.count} request(s) waiting` : `scale out: oldest request waited ${Math.round(wait.oldestWaitMs)} ms`;
      const outcome = placeReplica({
        model,
        executors: registry.executors.values(),
        plans: this.plansWith(name, next),
        exclude: this.excluded(name, now),
        placedBy: this.deps.schedulerId,
        now,
      });
      if (!outcome.ok) {
        failure = outcome;
        break;
      }
      this.lastLoadError.delete(name);
      outcome.replica.reason = `${why}; ${outcome.replica.reason}`;
      next.push(outcome.replica);
      notes.push({ executorId: outcome.replica.executorId!, what: `replica placed: ${outcome.replica.reason}` });
    }

    // Nothing waits on a model held below its minimum, so nothing else would
    // say why it never loads (a weight type no executor runs, say): log it
    // once per reason, once executors have registered.
    if (failure && next.length < min && registry.executors.size > 0) {
      if (this.belowMinimum.get(name) !== failure.error.message) {
        this.belowMinimum.set(name, failure.error.message);
        log.warn('minReplicas not met: no replica can be placed', { model: name, minReplicas: min, replicas: next.length, why: failure.error.message });
      }
    } else if (!failure) this.belowMinimum.delete(name);

    if (notes.length > 0) {
      const rev = await this.deps.plan.compareAndSet(name, { model: name, replicas: next }, current?.revision ?? 0);
      if (rev === undefined) {
        // Another scheduler changed the plan first: decide again on its version.
        this.kick();
        return;
      }
      for (const n of notes) {
        log.info(n.what.split(':')[0]!, { model: name, executorId: n.executorId, detail: n.what });
        this.deps.decisions.recordReplica(name, n.executorId, n.what);
      }
    }
    // Requests wait and the model fits only once memory frees: unload idle
    // replicas of other models to make room, and place it on a later tick.
    // Only for a model with no replica at all: scaling out never evicts.
    if (failure?.transient && failure.full.length > 0 && wait.count > 0 && next.length === 0) {
      if ((this.evicting.get(name) ?? 0) > now) return;
      if (await this.evictFor(name, failure.full)) {
        this.evicting.set(name, now + EVICTION_WAIT_MS);
        return;
      }
    }
    if (!failure) this.evicting.delete(name);
    if (failure?.noExecutor && next.length === 0) {
      // Capacity is missing, not refused: an executor that crashed is back
      // within seconds (the launcher's supervisor, Kubernetes), and the
      // catalog says the model should be served. Waiting requests stay
      // queued, bounded by their queue timeout and deadline (see
      // capacityMissing); the error is what they get if nothing returns.
      if (wait.count > 0 && !this.noExecutor.has(name)) log.warn('requests wait for an executor to return', { model: name, waiting: wait.count, why: failure.error.message });
      this.noExecutor.set(name, failure.error);
      return;
    }
    this.noExecutor.delete(name);
    if (failure && next.length === 0 && wait.count > 0 && settled) {
      const loadError = this.lastLoadError.get(name);
      const error = loadError && failure.transient
        ? errors.noCapacity(`The model '${name}' cannot be served now: ${loadError}; ${failure.error.message}`, failure.error.retryAfterS)
        : failure.error;
      log.warn('no replica can be placed', { model: name, error: error.message });
      this.deps.unplaceable(name, error);
    }
    await this.correctMemory(model, next);
  }

  /** Takes idle replicas of other models out of the plan so that `model` fits; true when room is being made. */
  private async evictFor(model: string, full: FullDevice[]): Promise<boolean> {
    const plan = planEviction(full, this.deps.plan.values(), (n) => this.deps.catalog.get(n), this.deps.config.evictIdleMs);
    if (!plan) return false;
    for (const v of plan.victims) {
      const current = this.deps.plan.getVersioned(v.model);
      if (!current) return false;
      const replicas = (current.value.replicas ?? []).filter((r) => r.executorId !== v.executorId);
      if ((await this.deps.plan.compareAndSet(v.model, { model: v.model, replicas }, current.revision)) === undefined) {
        this.kick();
        return true;
      }
      const what = `replica evicted: idle ${Math.round(v.idleMs / 1000)} s, unloaded early to make room for '${model}'`;
      this.deps.log.info('replica evicted', { model: v.model, executorId: v.executorId, for: model, idleMs: Math.round(v.idleMs) });
      this.deps.decisions.recordReplica(v.model, v.executorId, what);
    }
    return true;
  }

  /** Every plan, with `model`'s replaced by the one being decided. */
  private *plansWith(model: string, replicas: IReplica[]): Iterable<IReplicaSet> {
    for (const p of this.deps.plan.values()) if (p.model !== model) yield p;
    yield { model, replicas };
  }

  private noteFailure(model: string, executorId: string, now: number): void {
    let m = this.failedAt.get(model);
    if (!m) this.failedAt.set(model, (m = new Map()));
    m.set(executorId, now);
  }

  private excluded(model: string, now: number): Set<string> {
    const out = new Set<string>();
    for (const [id, at] of this.failedAt.get(model) ?? []) if (now - at < FAILED_LOAD_BACKOFF_MS) out.add(id);
    return out;
  }

  /** Writes what engines measured a replica takes back to the catalog, per device kind. */
  private async correctMemory(model: ICatalogModel, replicas: IReplica[]): Promise<void> {
    for (const r of replicas) {
      const m = this.deps.registry.reported(r.executorId, model.name);
      const measured = Number(m?.memoryBytes ?? 0);
      const kind = kindName(m?.deviceKind);
      if (m?.state !== ModelState.MODEL_STATE_READY || measured <= 0 || !kind) continue;
      const known = Number(model.memoryMeasuredBytes?.[kind] ?? 0);
      if (known > 0 && Math.abs(known - measured) / known <= MEASURED_MEMORY_TOLERANCE) continue;
      const v = this.deps.catalog.getVersioned(model.name!);
      if (!v) return;
      const updated = { ...v.value, memoryMeasuredBytes: { ...v.value.memoryMeasuredBytes, [kind]: measured } };
      if (await this.deps.catalog.compareAndSet(model.name!, updated, v.revision)) {
        this.deps.log.info('measured memory recorded', { model: model.name, device: kind, bytes: measured });
      }
      return;
    }
  }

  close(): void {
    clearInterval(this.timer);
  }
}
