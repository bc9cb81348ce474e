// The scheduler's decisions, with no transport: keeps jobs in bounded
// per-model, per-class queues, places each on a replica with a free slot
// that runs its task (the Runner runs the attempt), waits with them while
// the replica controller loads a model that has none, and hands every
// result to the job's sink. Jobs come from any JobSource (ports.ts).
//
// Priorities: realtime before batch. Batch work never takes the last
// batchReserveSlots of a replica; realtime work that finds every slot busy
// preempts a batch job that can be restarted invisibly (its client does not
// stream, or nothing was streamed yet): it is aborted and requeued from
// scratch at the head of the batch queue. A batch job older than
// batchAgingMs may use reserved slots and is never preempted, so batch work
// progresses under sustained realtime load. Reserved slots are kept only
// while the model has seen realtime work within batchReserveIdleMs (and
// preemption is on): a fleet doing nothing but batch work uses all of it,
// and the first realtime request preempts instead of finding a free slot.
import { context, SpanStatusCode } from '@opentelemetry/api';
import { deviceLabel, errors, kindName, ModelState, PriorityClass, priorityClass, Task, TASK_OF_BODY, taskName, type IGenerateChunk, type WeftError } from '../../proto/index.ts';
import type { SchedulerOptions } from '../options.ts';
import { Attr, SpanEvents, SpanNames } from '../../observability/names.ts';
import { tracer } from '../../observability/telemetry.ts';
import { runsTask, type ExecutorEntry, type ModelSlot } from '../../cluster/registry.ts';
import { pickExecutor, type Preferred } from '../placement.ts';
import { PrefixAffinity, prefixKey } from '../prefix-affinity.ts';
import { Queues } from '../queues.ts';
import { MAX_ATTEMPTS, type Job } from '../job.ts';
import type { AttemptFailure, Capacity, Catalog, Clock, Decisions, JobTarget, Logger, Replicas, Runner, Submission } from './ports.ts';

export type DispatcherOptions = Pick<SchedulerOptions,
  'queueMaxRealtime' | 'queueMaxBatch' | 'queueTimeoutMs' | 'batchReserveSlots' | 'batchReserveIdleMs' | 'batchAgingMs' | 'preemption' | 'prefixAffinity' | 'executorExpiryMs'>;

export interface DispatcherDeps {
  config: DispatcherOptions;
  clock: Clock;
  replicas: Replicas;
  runner: Runner;
  capacity: Capacity;
  catalog: Catalog;
  decisions: Decisions;
  log: Logger;
  /** When the scheduler started: until the executor expiry has passed since, the replicas are still being learnt from heartbeats. */
  startedAt: number;
}

/** How long a job that did not wait may go without output before its client is told who holds it. */
const ANNOUNCE_AFTER_MS = 50;
/** How long a running job may outlive its deadline before it is failed here (the executor enforces it; this is for one that stopped answering). */
const DEADLINE_BACKSTOP_MS = 1_000;

/** How far into a queue fairHead looks for other tenants' requests (a full realtime queue, WEFT_QUEUE_MAX_REALTIME's default). */
const FAIR_SCAN = 256;

export class Dispatcher implements JobTarget {
  private readonly d: DispatcherDeps;
  private readonly jobs = new Map<string, Job>();
  /** When each model last got a realtime request (reserved slots are kept only while that is recent). */
  private readonly lastRealtime = new Map<string, number>();
  /** Attempts running per model and tenant (`model\u0000tenant`), and when each last started one (a count of starts), for fairHead. */
  private readonly runningByTenant = new Map<string, number>();
  private readonly lastStartByTenant = new Map<string, number>();
  private starts = 0;
  private readonly queues: Queues<Job>;
  private readonly affinity = new PrefixAffinity();

  constructor(deps: DispatcherDeps) {
    this.d = deps;
    this.queues = new Queues<Job>({ realtime: deps.config.queueMaxRealtime, batch: deps.config.queueMaxBatch });
  }

  submit(s: Submission): void {
    const { req } = s;
    const { clock } = this.d;
    const priority = priorityClass(req.priority);
    if (priority === PriorityClass.REALTIME) this.lastRealtime.set(req.model, clock.now());
    s.span.setAttribute(Attr.priority, priority);
    const job: Job = {
      req, priority, task: req.body ? TASK_OF_BODY[req.body] : Task.TASK_UNSPECIFIED, attempt: s.attempt, sink: s.sink,
      span: s.span, ctx: s.ctx, receivedAt: clock.now(),
      attempts: 0, state: 'queued', streamed: false, tokens: 0, text: '', cancelled: false, preempted: false,
      prefixKey: req.chat ? prefixKey(req.model, req.chat.messages ?? []) : undefined,
    };
    const earlier = this.jobs.get(req.requestId);
    if (earlier && earlier.attempt === s.attempt) return this.finish(job, errors.invalid(`request id ${req.requestId} is already in flight`));
    // Its client delivered it again (nothing from here reached it in time)
    // and listens only to the new delivery: the new one replaces the old.
    if (earlier) this.supersede(earlier);
    this.jobs.set(req.requestId, job);
    if (!req.body) return this.finish(job, errors.invalid('the request carries no body'));
    const unsupported = this.unsupported(job, this.d.replicas.slotsFor(req.model));
    if (unsupported) return this.finish(job, unsupported);
    if (req.deadlineUnixMs > 0) {
      const left = req.deadlineUnixMs - clock.now();
      if (left <= 0) return this.finish(job, errors.deadline('The deadline passed before the request was scheduled.'));
      job.deadlineTimer = clock.setTimeout(() => this.deadlinePassed(job), left);
    }
    context.with(job.ctx, () => this.enqueue(job));
    // Its client learns who holds the job from the first output; if none
    // comes soon (the job waits for a slot, or a long prompt), say so now.
    if (job.state === 'queued') job.sink.accepted();
    else clock.setTimeout(() => { if (job.state !== 'done') job.sink.accepted(); }, ANNOUNCE_AFTER_MS);
  }

  cancel(requestId: string, reason: string): void {
    const job = this.jobs.get(requestId);
    if (!job) return;
    job.cancelled = true;
    job.span.setAttribute(Attr.cancelReason, reason);
    this.d.log.debug('cancel', { requestId, reason, state: job.state });
    if (job.state === 'queued') {
      this.queues.remove(job.req.model, job);
      this.finish(job, errors.cancelled());
    } else if (job.state === 'running') {
      job.call?.cancel();
    }
  }

  /** Places what waits for `model`: call when its replicas or their slots changed. */
  replicasChanged(model: string): void {
    if (this.queues.has(model)) this.drain(model);
  }

  /** Places what waits for any model (executors expired, time passed). */
  drainAll(): void {
    for (const model of this.queues.models()) this.drain(model);
  }

  /** An executor is gone: its running attempts are cancelled (and retried elsewhere when they can be). */
  executorRemoved(e: ExecutorEntry): void {
    for (const job of this.jobs.values()) if (job.executor === e && job.state === 'running') job.call?.cancel();
  }

  /** How many jobs wait for `model`, and the oldest wait (the replica controller scales on it). */
  waiting(model: string): { count: number; oldestWaitMs: number } {
    const q = this.queues.of(model);
    const oldest = Math.min(q.realtime[0]?.receivedAt ?? Infinity, q.batch[0]?.receivedAt ?? Infinity);
    return { count: q.realtime.length + q.batch.length, oldestWaitMs: Number.isFinite(oldest) ? this.d.clock.now() - oldest : 0 };
  }

  /** No replica of `model` can be placed: fails what waits for it. */
  failQueued(model: string, error: WeftError): void {
    const q = this.queues.of(model);
    for (const job of [...q.realtime.splice(0), ...q.batch.splice(0)]) this.finish(job, error);
  }

  /** Queue depths and running jobs, for the cluster view. */
  stats(): { queues: ReturnType<Queues<Job>['stats']>; running: number } {
    let running = 0;
    for (const j of this.jobs.values()) if (j.state === 'running') running++;
    return { queues: this.queues.stats(this.d.clock.now()), running };
  }

  /** Jobs not finished yet, queued or running. */
  get held(): number {
    return this.jobs.size;
  }

  /** Fails every queued job with `error` (shutting down); running ones go on. */
  failAllQueued(error: WeftError): void {
    for (const job of this.queues.takeAll()) this.finish(job, error);
  }

  /** Stops and fails every job still held. */
  abortAll(error: WeftError): void {
    for (const job of [...this.jobs.values()]) {
      if (job.state === 'queued') this.queues.remove(job.req.model, job);
      const call = job.call;
      this.finish(job, error);
      call?.cancel();
    }
  }

  /** Why no replica serving the job's model can run it; undefined when one can or none serves it yet. */
  private unsupported(job: Job, slots: readonly ModelSlot[]): WeftError | undefined {
    if (slots.length === 0 || slots.some((s) => runsTask(s.tasks, job.task))) return undefined;
    // What its replicas do run, so the caller learns which route the model belongs on.
    const runs = [...new Set(slots.flatMap((s) => (s.tasks.length > 0 ? s.tasks : [Task.TASK_CHAT]).map(taskName)))].join(', ');
    return errors.unsupported(`The model '${job.req.model}' does not support ${taskName(job.task)} requests: it runs ${runs}.`, 'model');
  }

  private deadlinePassed(job: Job): void {
    if (job.state === 'queued') {
      this.queues.remove(job.req.model, job);
      this.finish(job, errors.deadline('The deadline passed while the request waited for an executor.'));
    } else if (job.state === 'running') {
      // The executor enforces the deadline itself; this is the backstop
      // for one that stopped answering.
      job.deadlineTimer = this.d.clock.setTimeout(() => {
        const call = job.call;
        this.finish(job, errors.deadline());
        call?.cancel();
      }, DEADLINE_BACKSTOP_MS);
    }
  }

  /** Ends a job: its sink gets its outcome (a cancelled job's client hears nothing more). */
  private finish(job: Job, error?: WeftError): void {
    if (job.state === 'done') return;
    job.state = 'done';
    this.d.clock.clearTimeout(job.deadlineTimer);
    this.d.clock.clearTimeout(job.queueTimer);
    if (this.jobs.get(job.req.requestId) === job) this.jobs.delete(job.req.requestId);
    this.endColdStart(job, error);
    this.endQueueWait(job);
    if (job.cancelled) job.sink.cancelled();
    else if (error) job.sink.error(error);
    else job.sink.final();
    job.span.setAttributes({ [Attr.attempts]: job.attempts, [Attr.retries]: job.retries ?? 0, [Attr.preemptions]: job.preemptions ?? 0 });
    if (error) {
      job.span.setAttribute(Attr.errorCode, error.code);
      job.span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
    }
    job.span.end();
  }

  /** Queues a job (requeues go to the front); a full queue is a 429. */
  private enqueue(job: Job, front = false): void {
    const { config, clock, replicas, capacity } = this.d;
    job.state = 'queued';
    // The wait is a span of its own (one per wait: a requeue after a
    // preemption or a failed attempt starts another), so a trace shows it.
    job.queueWait ??= tracer().startSpan(SpanNames.schedulerQueueWait, { attributes: { [Attr.model]: job.req.model, [Attr.priority]: job.priority } }, job.ctx);
    if (!this.queues.push(job.req.model, job, front)) {
      return this.finish(job, errors.queueFull(`Too many ${job.priority} requests are waiting for the model '${job.req.model}'.`, 1));
    }
    // A realtime request that cannot start within the queue timeout is
    // answered 504 and never started.
    if (job.priority === PriorityClass.REALTIME && !job.queueTimer) {
      const arm = () => {
        job.queueTimer = clock.setTimeout(() => {
          if (job.state !== 'queued') return;
          // Waiting for a replica to load is bounded by the deadline (and
          // WEFT_LOAD_TIMEOUT_MS), not by the queue timeout.
          const noReplica = replicas.slotsFor(job.req.model).length === 0;
          if (noReplica && capacity.loading(job.req.model)) return arm();
          if (!this.queues.remove(job.req.model, job)) return;
          // Waiting for an executor to return (a crash, a restart) is bounded
          // by the queue timeout too, and answered with why it never started.
          const missing = noReplica ? capacity.capacityMissing(job.req.model) : undefined;
          this.finish(job, missing
            ? errors.noCapacity(`${missing.message} The request waited ${config.queueTimeoutMs} ms for one to return (WEFT_QUEUE_TIMEOUT_MS).`, missing.retryAfterS)
            : errors.deadline(`The request waited ${config.queueTimeoutMs} ms for a free slot (WEFT_QUEUE_TIMEOUT_MS).`));
        }, config.queueTimeoutMs);
      };
      arm();
    }
    this.drain(job.req.model);
  }

  /** Places queued jobs of `model` while replicas have free slots; preempts batch work for realtime. */
  private drain(model: string): void {
    const { config, clock, replicas, catalog, capacity } = this.d;
    const q = this.queues.of(model);
    while (q.realtime.length + q.batch.length > 0) {
      const t0 = performance.now();
      const all = replicas.slotsFor(model);
      if (all.length === 0) {
        if (catalog.has(model)) {
          // Scale from zero: the requests wait (bounded by their deadlines)
          // while the controller places a replica and an executor loads it.
          for (const job of [...q.realtime, ...q.batch]) this.startColdStart(job);
          capacity.demand(model);
          return;
        }
        // Right after start the registry is still filling from heartbeats;
        // later, a model nobody serves cannot wait its way to an executor.
        if (clock.now() - this.d.startedAt < config.executorExpiryMs) return;
        for (const job of [...q.realtime.splice(0), ...q.batch.splice(0)]) this.finish(job, errors.modelNotFound(model));
        return;
      }
      if (q.realtime.length > 0) {
        const at = this.fairHead(model, q.realtime);
        const head = q.realtime[at]!;
        const slots = all.filter((s) => runsTask(s.tasks, head.task));
        if (slots.length === 0) {
          this.finish(q.realtime.splice(at, 1)[0]!, this.unsupported(head, all)!);
          continue;
        }
        const preferred = this.affinityFor(head, slots);
        const slot = pickExecutor(slots, 0, preferred);
        if (slot) {
          const job = q.realtime.splice(at, 1)[0]!;
          const why = preferred?.executorId === slot.executor.info.executorId ? 'prefix affinity: the replica holding this conversation' : 'least outstanding work for its measured speed';
          this.dispatch(job, slot, slots.length, why, performance.now() - t0);
          continue;
        }
        this.preemptFor(model, q.realtime.length);
      }
      if (q.batch.length > 0) {
        const at = this.fairHead(model, q.batch);
        const head = q.batch[at]!;
        const slots = all.filter((s) => runsTask(s.tasks, head.task));
        if (slots.length === 0) {
          this.finish(q.batch.splice(at, 1)[0]!, this.unsupported(head, all)!);
          continue;
        }
        const aged = clock.now() - head.receivedAt > config.batchAgingMs;
        const quiet = this.realtimeQuiet(model);
        const slot = pickExecutor(slots, aged || quiet ? 0 : config.batchReserveSlots, this.affinityFor(head, slots));
        if (slot) {
          const job = q.batch.splice(at, 1)[0]!;
          const why = aged ? `batch aged past ${config.batchAgingMs} ms: may use reserved slots`
            : quiet ? `no realtime request for ${config.batchReserveIdleMs} ms: may use reserved slots`
            : `least outstanding work for its measured speed, keeping ${config.batchReserveSlots} slot(s) for realtime`;
          this.dispatch(job, slot, slots.length, why, performance.now() - t0);
          continue;
        }
      }
      return;
    }
  }

  /** Whether reserved slots of `model` may go to batch work: no realtime request for it lately, and preemption frees a slot when one comes. */
  private realtimeQuiet(model: string): boolean {
    const { config, clock } = this.d;
    if (config.batchReserveIdleMs <= 0 || config.preemption === 'off' || config.batchReserveSlots === 0) return false;
    const last = this.lastRealtime.get(model);
    return last === undefined || clock.now() - last > config.batchReserveIdleMs;
  }

  /**
   * Which queued job of `model` goes next within its class: the first of
   * the tenant with the fewest of its requests running on the model, and
   * among those the one that started a request least recently. A tenant
   * that sent a burst so takes turns with the others instead of making them
   * wait behind all of it; within a tenant, first come first served. With
   * one tenant this is the head of the queue. Only the first FAIR_SCAN jobs
   * are looked at, so a deep batch queue costs no more per dispatch than a
   * full realtime one.
   */
  private fairHead(model: string, list: readonly Job[]): number {
    let best = 0;
    let bestRunning = Infinity;
    let bestLast = Infinity;
    const seen = new Set<string>();
    for (let i = 0; i < Math.min(list.length, FAIR_SCAN); i++) {
      const tenant = list[i]!.req.tenant ?? '';
      if (seen.has(tenant)) continue;
      seen.add(tenant);
      const key = `${model}\u0000${tenant}`;
      const running = this.runningByTenant.get(key) ?? 0;
      const last = this.lastStartByTenant.get(key) ?? -1;
      if (running < bestRunning || (running === bestRunning && last < bestLast)) {
        best = i;
        bestRunning = running;
        bestLast = last;
      }
    }
    return best;
  }

  private affinityFor(job: Job, slots: ModelSlot[]): Preferred | undefined {
    return this.d.config.prefixAffinity === 'on' && job.prefixKey ? this.affinity.preferred(job.prefixKey, slots) : undefined;
  }

  private startColdStart(job: Job): void {
    if (job.coldStart) return;
    job.coldStart = tracer().startSpan(SpanNames.schedulerColdStart, { attributes: { [Attr.model]: job.req.model } }, job.ctx);
  }

  private endQueueWait(job: Job, executor?: ExecutorEntry): void {
    const span = job.queueWait;
    if (!span) return;
    job.queueWait = undefined;
    if (executor) span.setAttribute(Attr.executorId, executor.info.executorId);
    span.end();
  }

  /** Ends a job's cold-start span: the replica it waited for, and how long loading took there. */
  private endColdStart(job: Job, error?: WeftError, executor?: ExecutorEntry): void {
    const span = job.coldStart;
    if (!span) return;
    job.coldStart = undefined;
    const m = executor?.info.models.find((x) => x.name === job.req.model && x.state === ModelState.MODEL_STATE_READY);
    if (executor) span.setAttribute(Attr.executorId, executor.info.executorId);
    if (m?.loadMs) span.setAttribute(Attr.loadMs, Math.round(m.loadMs));
    if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
    span.end();
  }

  /** Aborts batch jobs of `model` so that `waiting` realtime ones can start. */
  private preemptFor(model: string, waiting: number): void {
    const { config, clock, log } = this.d;
    if (config.preemption === 'off') return;
    const now = clock.now();
    let pending = 0;
    const candidates: Job[] = [];
    for (const job of this.jobs.values()) {
      if (job.req.model !== model || job.state !== 'running' || job.priority !== PriorityClass.BATCH) continue;
      if (job.preempted) pending++;
      else if ((!job.req.stream || !job.streamed) && now - job.receivedAt <= config.batchAgingMs) candidates.push(job);
    }
    // Least work lost first. Under a stream of realtime requests this keeps
    // preempting the request just restarted (it has lost nothing yet) while
    // the others finish; spreading preemptions instead was measured to stop
    // all batch progress (bench (c), reserve 0). Aging bounds the repeats.
    candidates.sort((a, b) => a.tokens - b.tokens);
    for (const job of candidates.slice(0, Math.max(0, waiting - pending))) {
      job.preempted = true;
      job.preemptions = (job.preemptions ?? 0) + 1;
      job.span.addEvent(SpanEvents.preempted, { [Attr.executorId]: job.executor?.info.executorId ?? '', [Attr.tokensOut]: job.tokens, [Attr.preemptions]: job.preemptions });
      log.info('preempt', { requestId: job.req.requestId, model, executorId: job.executor?.info.executorId, tokens: job.tokens });
      job.call?.cancel();
    }
  }

  /**
   * Starts `job` on the replica placement chose among `candidates`, `why`,
   * in `elapsedMs`: the decision goes to the decision log (the cluster view)
   * and onto the request's span, the latest as attributes and every one (one
   * per attempt) as an event.
   */
  private dispatch(job: Job, slot: ModelSlot, candidates: number, why: string, elapsedMs: number): void {
    const executor = slot.executor;
    this.d.decisions.record(elapsedMs, job, slot, candidates, why);
    this.d.clock.clearTimeout(job.queueTimer);
    job.queueTimer = undefined;
    this.endColdStart(job, undefined, executor);
    const m = executor.info.models.find((x) => x.name === job.req.model);
    const placed = {
      [Attr.executorId]: executor.info.executorId,
      [Attr.placementReason]: why,
      [Attr.placementCandidates]: candidates,
      [Attr.placementDecisionUs]: Math.round(elapsedMs * 1000),
      ...(m?.deviceKind ? { [Attr.deviceKind]: kindName(m.deviceKind) ?? 'unknown', [Attr.device]: deviceLabel(m.deviceKind, m.deviceIndex) } : {}),
    };
    job.span.setAttributes(placed);
    job.span.addEvent(SpanEvents.placement, placed);
    if (job.prefixKey && this.d.config.prefixAffinity === 'on') this.affinity.remember(job.prefixKey, executor.info.executorId);
    this.run(job, executor);
  }

  /** Runs one attempt of `job` on `executor`; its slot is counted as busy until the attempt ends. */
  private run(job: Job, executor: ExecutorEntry): void {
    const { clock, replicas, runner, log } = this.d;
    const { req } = job;
    job.state = 'running';
    job.executor = executor;
    job.attempts++;
    job.span.setAttributes({ [Attr.queueWaitMs]: clock.now() - job.receivedAt, [Attr.executorId]: executor.info.executorId });
    this.endQueueWait(job, executor);
    log.debug('dispatch', { requestId: req.requestId, executorId: executor.info.executorId, tenant: req.tenant, attempt: job.attempts });
    replicas.addInflight(executor, req.model, 1);
    const tenantKey = `${req.model}\u0000${req.tenant ?? ''}`;
    this.runningByTenant.set(tenantKey, (this.runningByTenant.get(tenantKey) ?? 0) + 1);
    this.lastStartByTenant.set(tenantKey, ++this.starts);
    let settled = false;
    const settle = () => {
      if (settled) return false;
      settled = true;
      replicas.addInflight(executor, req.model, -1);
      const n = (this.runningByTenant.get(tenantKey) ?? 1) - 1;
      if (n > 0) this.runningByTenant.set(tenantKey, n);
      else this.runningByTenant.delete(tenantKey);
      job.call = undefined;
      // After this event is handled, not inside it: the next attempt must
      // not start from within the runner's callback.
      queueMicrotask(() => this.drain(req.model));
      return true;
    };
    const call = runner.run(req, executor, job.ctx, {
      chunk: (chunk) => {
        if (!settled) this.output(job, chunk);
      },
      end: () => {
        if (settle()) this.finish(job);
      },
      error: (failure) => {
        if (settle()) this.attemptFailed(job, executor, failure);
      },
    });
    if (!settled) job.call = call;
  }

  /** A streaming client gets chunks as they come; a non-streaming one the whole answer in one chunk at the end (a preempted attempt leaves nothing to take back). */
  private output(job: Job, chunk: IGenerateChunk): void {
    job.tokens += chunk.delta?.tokens ?? 0;
    if (job.req.stream) {
      job.streamed = true;
      job.sink.chunk(chunk);
      return;
    }
    job.text += chunk.delta?.text ?? '';
    if (chunk.delta?.logprobs?.length) (job.logprobs ??= []).push(...chunk.delta.logprobs);
    if (chunk.embeddings) job.output = { embeddings: chunk.embeddings };
    else if (chunk.scores) job.output = { scores: chunk.scores };
    else if (chunk.audio) job.output = { audio: chunk.audio };
    else if (chunk.speech) job.output = { speech: chunk.speech };
    if (!chunk.final) return;
    job.sink.chunk(job.output && !job.text
      ? { ...job.output, final: chunk.final }
      : { delta: { text: job.text, tokens: job.tokens, ...(job.logprobs ? { logprobs: job.logprobs } : {}) }, final: chunk.final });
  }

  /** An attempt that failed before anything reached the client is retried elsewhere; a preempted one is restarted; anything else ends the job. */
  private attemptFailed(job: Job, executor: ExecutorEntry, failure: AttemptFailure): void {
    const { replicas, log } = this.d;
    const executorId = executor.info.executorId;
    if (job.cancelled || job.state === 'done') return this.finish(job, errors.cancelled());
    if (job.preempted) {
      job.preempted = false;
      job.attempts--; // making room for realtime work is not the job's failure
      return this.restart(job);
    }
    const retryable = !job.streamed && job.attempts < MAX_ATTEMPTS
      && (failure.kind === 'unreachable' || failure.kind === 'refused'
        // Cancelled because its executor left the registry (expired, restarted).
        || (failure.kind === 'cancelled' && !replicas.has(executorId)));
    if (retryable) {
      log.warn('executor failed before streaming; retrying elsewhere', { requestId: job.req.requestId, executorId, ...failure.detail });
      job.retries = (job.retries ?? 0) + 1;
      job.span.addEvent(SpanEvents.retry, { [Attr.executorId]: executorId, [Attr.retryReason]: failure.kind, [Attr.errorCode]: failure.error.code, [Attr.retries]: job.retries });
      if (failure.kind === 'unreachable') replicas.remove(executorId);
      return this.restart(job);
    }
    log.warn('request failed on executor', { requestId: job.req.requestId, executorId, ...failure.detail });
    this.finish(job, failure.error);
  }

  /** Requeues a job from scratch: whatever its last attempt produced is dropped. */
  private restart(job: Job): void {
    job.tokens = 0;
    job.text = '';
    job.logprobs = undefined;
    job.output = undefined;
    this.enqueue(job, true);
  }

  /** Stops a job silently (its client listens to a later delivery). */
  private supersede(job: Job): void {
    this.d.log.info('superseded by a later attempt', { requestId: job.req.requestId, state: job.state });
    job.cancelled = true;
    if (job.state === 'queued') this.queues.remove(job.req.model, job);
    job.call?.cancel();
    this.finish(job);
  }
}
