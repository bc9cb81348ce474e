// The scheduler: takes requests from NATS (queue group, so each request is
// taken by exactly one scheduler), keeps them in bounded per-model queues,
// places each on a replica with a free slot (relay.ts runs the attempt), and
// waits with them while the replica controller loads a model that has none.
//
// Priorities: realtime before batch. Batch work never takes the last
// WEFT_BATCH_RESERVE_SLOTS of a replica; realtime work that finds every slot
// busy preempts a batch request that can be restarted invisibly (its client
// does not stream, or nothing was streamed yet): it is aborted and requeued
// from scratch at the head of the batch queue. A batch request older than
// WEFT_BATCH_AGING_MS may use reserved slots and is never preempted, so batch
// work progresses under sustained realtime load.
import type { Msg, Subscription } from '@nats-io/transport-node';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import {
  CatalogModel, CancelNotice, DiscoverRequest, ModelState, ReplicaSet, SchedulerInfo, SchedulerSnapshot, errors, ExecutorInfo, PRIORITY_CLASSES, PriorityClass, ReplyFrame,
  fabricNames, headers as H, WeftError, type IReplyFrame,
} from '../proto/index.ts';
import type { SchedulerOptions } from './options.ts';
import { connectFabric } from '../cluster/connection.ts';
import { KvCollection } from '../cluster/kv-collection.ts';
import { ModelsFileSync } from '../catalog/models-file-sync.ts';
import type { Logger } from '../observability/logger.ts';
import { Attr, SpanNames } from '../observability/names.ts';
import { extractNats } from '../observability/propagation.ts';
import { tracer } from '../observability/telemetry.ts';
import { ExecutorClients } from './executor-clients.ts';
import { pickExecutor, type Preferred } from './placement.ts';
import { DecisionLog } from './decision-log.ts';
import { Queues } from './queues.ts';
import { ExecutorRegistry, type ExecutorEntry, type ModelSlot } from '../cluster/registry.ts';
import { ReplicaController } from './replica-controller.ts';
import { relay, type RelayDeps } from './relay.ts';
import type { Job } from './job.ts';
import { PrefixAffinity, prefixKey } from './prefix-affinity.ts';
import { readRequestMessage, RequestBodies } from './request-message.ts';

export interface RunningScheduler {
  readonly id: string;
  readonly registry: ExecutorRegistry;
  close(): Promise<void>;
}

export async function startScheduler(config: SchedulerOptions, log: Logger): Promise<RunningScheduler> {
  const id = config.schedulerId;
  // Every subject, queue group and bucket of this scheduler's cluster.
  const { subjects, buckets, schedulerQueueGroup } = fabricNames(config.cluster);
  const { nc } = await connectFabric(config.natsUrl, id, log);
  const clients = new ExecutorClients();
  const bodies = new RequestBodies(nc, buckets.bodies);
  const jobs = new Map<string, Job>();
  const queues = new Queues<Job>({ realtime: config.queueMaxRealtime, batch: config.queueMaxBatch });
  const decisions = new DecisionLog();
  const startedAt = Date.now();

  const registry = new ExecutorRegistry(config.executorExpiryMs, (event, e) => {
    if (event === 'added') log.info('executor registered', { executorId: e.info.executorId, address: e.info.grpcAddress, models: e.info.models.map((m) => m.name) });
    if (event === 'removed') {
      log.warn('executor removed', { executorId: e.info.executorId, address: e.info.grpcAddress });
      clients.drop(e.info.grpcAddress);
      for (const job of jobs.values()) if (job.executor === e && job.state === 'running') job.call?.cancel();
    }
  });

  const [catalog, plan] = await Promise.all([
    KvCollection.open(nc, buckets.catalog, CatalogModel),
    KvCollection.open(nc, buckets.replicas, ReplicaSet),
  ]);
  const modelsFile = await ModelsFileSync.start({
    file: config.modelsFile, catalog, log,
    defaults: { contextSize: config.contextSize, slots: config.slots, idleTtlMs: config.idleTtlMs },
  });

  const controller = new ReplicaController({
    schedulerId: id, config, log, catalog, plan, registry, decisions, startedAt,
    waiting: (model) => {
      const q = queues.of(model);
      const oldest = Math.min(q.realtime[0]?.receivedAt ?? Infinity, q.batch[0]?.receivedAt ?? Infinity);
      return { count: q.realtime.length + q.batch.length, oldestWaitMs: Number.isFinite(oldest) ? Date.now() - oldest : 0 };
    },
    unplaceable: (model, error) => {
      const q = queues.of(model);
      for (const job of [...q.realtime.splice(0), ...q.batch.splice(0)]) finish(job, error);
    },
  });
  const affinity = new PrefixAffinity();

  const reply = (job: Job, frame: IReplyFrame) => {
    if (!job.announced) {
      frame.schedulerId = id;
      job.announced = true;
    }
    try {
      nc.publish(job.req.replySubject, ReplyFrame.encode(frame).finish());
    } catch (err) {
      log.warn('reply publish failed', { requestId: job.req.requestId, err });
    }
  };

  const finish = (job: Job, error?: WeftError) => {
    if (job.state === 'done') return;
    job.state = 'done';
    clearTimeout(job.deadlineTimer);
    clearTimeout(job.queueTimer);
    if (jobs.get(job.req.requestId) === job) jobs.delete(job.req.requestId);
    endColdStart(job, error);
    if (error) {
      if (!job.cancelled) reply(job, { requestId: job.req.requestId, error: error.toInfo() });
      job.span.setAttribute(Attr.errorCode, error.code);
      job.span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
    }
    job.span.end();
  };

  /** Queues a job (requeues go to the front); a full queue is a 429. */
  const enqueue = (job: Job, front = false) => {
    job.state = 'queued';
    if (!queues.push(job.req.model, job, front)) {
      return finish(job, errors.queueFull(`Too many ${job.priority} requests are waiting for the model '${job.req.model}'.`, 1));
    }
    // A realtime request that cannot start within the queue timeout is
    // answered 504 and never started.
    if (job.priority === PriorityClass.REALTIME && !job.queueTimer) {
      const arm = () => {
        job.queueTimer = setTimeout(() => {
          if (job.state !== 'queued') return;
          // Waiting for a replica to load is bounded by the deadline (and
          // WEFT_LOAD_TIMEOUT_MS), not by the queue timeout.
          const noReplica = registry.slotsFor(job.req.model).length === 0;
          if (noReplica && controller.loading(job.req.model)) return arm();
          if (!queues.remove(job.req.model, job)) return;
          // Waiting for an executor to return (a crash, a restart) is bounded
          // by the queue timeout too, and answered with why it never started.
          const missing = noReplica ? controller.capacityMissing(job.req.model) : undefined;
          finish(job, missing
            ? errors.noCapacity(`${missing.message} The request waited ${config.queueTimeoutMs} ms for one to return (WEFT_QUEUE_TIMEOUT_MS).`, missing.retryAfterS)
            : errors.deadline(`The request waited ${config.queueTimeoutMs} ms for a free slot (WEFT_QUEUE_TIMEOUT_MS).`));
        }, config.queueTimeoutMs);
      };
      arm();
    }
    drain(job.req.model);
  };

  /** Places queued jobs of `model` while executors have free slots; preempts batch work for realtime. */
  function drain(model: string): void {
    const q = queues.of(model);
    while (q.realtime.length + q.batch.length > 0) {
      const t0 = performance.now();
      const slots = registry.slotsFor(model);
      if (slots.length === 0) {
        if (catalog.has(model)) {
          // Scale from zero: the requests wait (bounded by their deadlines)
          // while the controller places a replica and an executor loads it.
          for (const job of [...q.realtime, ...q.batch]) startColdStart(job);
          controller.demand(model);
          return;
        }
        // Right after start the registry is still filling from heartbeats;
        // later, a model nobody serves cannot wait its way to an executor.
        if (Date.now() - startedAt < config.executorExpiryMs) return;
        for (const job of [...q.realtime.splice(0), ...q.batch.splice(0)]) finish(job, errors.modelNotFound(model));
        return;
      }
      if (q.realtime.length > 0) {
        const head = q.realtime[0]!;
        const preferred = affinityFor(head, slots);
        const slot = pickExecutor(slots, 0, preferred);
        if (slot) {
          const job = q.realtime.shift()!;
          decisions.record(performance.now() - t0, job, slot, slots.length,
            preferred?.executorId === slot.executor.info.executorId ? 'prefix affinity: the replica holding this conversation' : 'least outstanding work for its measured speed');
          dispatch(job, slot.executor);
          continue;
        }
        preemptFor(model, q.realtime.length);
      }
      if (q.batch.length > 0) {
        const aged = Date.now() - q.batch[0]!.receivedAt > config.batchAgingMs;
        const slot = pickExecutor(slots, aged ? 0 : config.batchReserveSlots, affinityFor(q.batch[0]!, slots));
        if (slot) {
          const job = q.batch.shift()!;
          decisions.record(performance.now() - t0, job, slot, slots.length,
            aged ? `batch aged past ${config.batchAgingMs} ms: may use reserved slots` : `least outstanding work for its measured speed, keeping ${config.batchReserveSlots} slot(s) for realtime`);
          dispatch(job, slot.executor);
          continue;
        }
      }
      return;
    }
  }

  function affinityFor(job: Job, slots: ModelSlot[]): Preferred | undefined {
    return config.prefixAffinity === 'on' && job.prefixKey ? affinity.preferred(job.prefixKey, slots) : undefined;
  }

  function startColdStart(job: Job): void {
    if (job.coldStart) return;
    job.coldStart = tracer().startSpan(SpanNames.schedulerColdStart, { attributes: { [Attr.model]: job.req.model } }, job.ctx);
  }

  /** Ends a job's cold-start span: the replica it waited for, and how long loading took there. */
  function endColdStart(job: Job, error?: WeftError, executor?: ExecutorEntry): void {
    const span = job.coldStart;
    if (!span) return;
    job.coldStart = undefined;
    const m = executor?.info.models.find((x) => x.name === job.req.model && x.state === ModelState.MODEL_STATE_READY);
    if (executor) span.setAttribute(Attr.executorId, executor.info.executorId);
    if (m?.loadMs) span.setAttribute(Attr.loadMs, Math.round(m.loadMs));
    if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
    span.end();
  }

  /** Aborts batch requests of `model` so that `waiting` realtime ones can start. */
  function preemptFor(model: string, waiting: number): void {
    if (config.preemption === 'off') return;
    const now = Date.now();
    let pending = 0;
    const candidates: Job[] = [];
    for (const job of jobs.values()) {
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
      job.span.addEvent('preempted', { [Attr.executorId]: job.executor?.info.executorId ?? '' });
      log.info('preempt', { requestId: job.req.requestId, model, executorId: job.executor?.info.executorId, tokens: job.tokens });
      job.call?.cancel();
    }
  }

  const relayDeps: RelayDeps = { clients, registry, log, reply, finish, restart: (job) => restart(job), slotFreed: (model) => drain(model) };

  /** Requeues a job from scratch: whatever its last attempt produced is dropped. */
  function restart(job: Job): void {
    job.tokens = 0;
    job.text = '';
    enqueue(job, true);
  }

  function dispatch(job: Job, executor: ExecutorEntry): void {
    clearTimeout(job.queueTimer);
    job.queueTimer = undefined;
    endColdStart(job, undefined, executor);
    if (job.prefixKey && config.prefixAffinity === 'on') affinity.remember(job.prefixKey, executor.info.executorId);
    relay(relayDeps, job, executor);
  }

  /** A request message that cannot be served is answered at once, never dropped: its gateway would wait out the accept timeout. */
  function reject(msg: Msg, replySubject: string | undefined, requestId: string, error: WeftError): void {
    log.warn('rejected unreadable request message', { subject: msg.subject, requestId, err: error.message });
    if (!replySubject) return;
    try {
      nc.publish(replySubject, ReplyFrame.encode({ requestId, schedulerId: id, error: error.toInfo() }).finish());
    } catch (err) {
      log.warn('reply publish failed', { requestId, err });
    }
  }

  /** A request message, with its body read (from the object store when it was too large for the message). */
  function onRequestMessage(msg: Msg): void {
    const body = bodies.read(msg);
    if (!body) return onRequest(msg, msg.data);
    void body.then((data) => (WeftError.is(data)
      ? reject(msg, msg.reply || undefined, msg.headers?.get(H.requestId) ?? '', data)
      : onRequest(msg, data)));
  }

  function onRequest(msg: Msg, data: Uint8Array): void {
    const read = readRequestMessage({ data, reply: msg.reply, headers: msg.headers });
    if (!read.ok) return reject(msg, read.replySubject, read.requestId, read.error);
    const req = read.req;
    // Answers go to the message's reply subject: its gateway gives each
    // publish of a request one of its own (the body names the first).
    if (msg.reply) req.replySubject = msg.reply;
    const parsed = subjects.parseRequest(msg.subject);
    const ctx = extractNats(msg.headers);
    const priority = parsed?.priority ?? PriorityClass.REALTIME;
    const span = tracer().startSpan(SpanNames.schedulerDispatch, {
      kind: SpanKind.CONSUMER,
      attributes: {
        [Attr.requestId]: req.requestId, [Attr.model]: req.model, [Attr.tenant]: req.tenant,
        [Attr.priority]: priority, [Attr.schedulerId]: id, 'messaging.system': 'nats', 'messaging.destination.name': msg.subject,
      },
    }, ctx);
    const job: Job = {
      req, priority, span, ctx: trace.setSpan(ctx, span), receivedAt: Date.now(),
      attempts: 0, state: 'queued', streamed: false, tokens: 0, text: '',
      cancelled: false, preempted: false, announced: false,
      prefixKey: req.chat ? prefixKey(req.model, req.chat.messages ?? []) : undefined,
    };
    const earlier = jobs.get(req.requestId);
    if (earlier && earlier.req.replySubject === req.replySubject) {
      finish(job, errors.invalid(`request id ${req.requestId} is already in flight`));
      return;
    }
    // Its gateway published it again (nothing from here reached it in time)
    // and listens only to the new attempt: the new one replaces the old.
    if (earlier) supersede(earlier);
    jobs.set(req.requestId, job);
    if (!req.chat) return finish(job, errors.invalid('the request carries no body'));
    if (req.deadlineUnixMs > 0) {
      const left = req.deadlineUnixMs - Date.now();
      if (left <= 0) return finish(job, errors.deadline('The deadline passed before the request was scheduled.'));
      job.deadlineTimer = setTimeout(() => {
        if (job.state === 'queued') {
          queues.remove(job.req.model, job);
          finish(job, errors.deadline('The deadline passed while the request waited for an executor.'));
        } else if (job.state === 'running') {
          // The executor enforces the deadline itself; this is the backstop
          // for one that stopped answering.
          job.deadlineTimer = setTimeout(() => {
            job.call?.cancel();
            finish(job, errors.deadline());
          }, 1_000);
        }
      }, left);
    }
    context.with(job.ctx, () => enqueue(job));
    // The first chunk tells the gateway who holds the request; if none comes
    // soon (the request waits for a slot or a long prompt), say so now, well
    // within the gateway's accept timeout.
    const announce = () => {
      if (!job.announced && job.state !== 'done') reply(job, { requestId: req.requestId, accepted: { schedulerId: id } });
    };
    if (job.state === 'queued') announce();
    else setTimeout(announce, 50).unref();
  }

  /** Stops a job silently (its gateway no longer listens to it). */
  function supersede(job: Job): void {
    log.info('superseded by a later attempt', { requestId: job.req.requestId, state: job.state });
    job.cancelled = true;
    if (job.state === 'queued') queues.remove(job.req.model, job);
    job.call?.cancel();
    finish(job);
  }

  function onCancel(msg: Msg): void {
    let notice;
    try {
      notice = CancelNotice.decode(msg.data);
    } catch {
      return;
    }
    const job = jobs.get(notice.requestId);
    if (!job) return;
    job.cancelled = true;
    log.debug('cancel', { requestId: notice.requestId, reason: notice.reason, state: job.state });
    if (job.state === 'queued') {
      queues.remove(job.req.model, job);
      finish(job, errors.cancelled());
    } else if (job.state === 'running') {
      job.call?.cancel();
    }
  }

  const subs: Subscription[] = [
    nc.subscribe(subjects.schedulerSnapshot, {
      callback: (err, msg) => {
        if (err) return;
        const snap = decisions.snapshot();
        msg.respond(SchedulerSnapshot.encode({
          schedulerId: id,
          queues: queues.stats(),
          recentPlacements: snap.recent,
          decisionP50Us: snap.p50Us, decisionP99Us: snap.p99Us, decisions: snap.count,
          running: [...jobs.values()].filter((j) => j.state === 'running').length,
        }).finish());
      },
    }),
    ...PRIORITY_CLASSES.map((p) => nc.subscribe(subjects.requestAll(p), {
      queue: schedulerQueueGroup,
      callback: (err, msg) => {
        if (!err) onRequestMessage(msg);
      },
    })),
    nc.subscribe(subjects.cancel(id), {
      callback: (err, msg) => {
        if (!err) onCancel(msg);
      },
    }),
    nc.subscribe(subjects.heartbeat, {
      callback: (err, msg) => {
        if (err) return;
        try {
          const info = ExecutorInfo.decode(msg.data);
          registry.upsert(info);
          for (const m of info.models) if (m.name && queues.has(m.name)) drain(m.name);
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
    for (const model of queues.models()) drain(model);
  }, Math.max(100, Math.floor(config.executorExpiryMs / 4)));
  log.info('scheduler ready', { schedulerId: id, nats: config.natsUrl, cluster: config.cluster });

  return {
    id,
    registry,
    async close() {
      clearInterval(expiry);
      clearInterval(selfHeartbeat);
      controller.close();
      await modelsFile.close();
      for (const s of subs) s.unsubscribe();
      // Requests already taken finish (bounded); queued ones are failed so
      // their clients are not left waiting.
      for (const job of queues.takeAll()) finish(job, errors.noCapacity('The scheduler is shutting down.'));
      const until = Date.now() + 5_000;
      while (jobs.size > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      for (const job of jobs.values()) {
        job.call?.cancel();
        finish(job, errors.noCapacity('The scheduler is shutting down.'));
      }
      catalog.close();
      plan.close();
      await nc.flush().catch(() => undefined);
      await nc.drain().catch(() => undefined);
      clients.close();
    },
  };
}
