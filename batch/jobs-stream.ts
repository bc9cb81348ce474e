// The batch jobs stream: a JetStream work queue (file storage) with one
// message per batch line still to run, and the one durable pull consumer
// every scheduler takes lines from. A line leaves the stream when a
// scheduler acknowledges it, which it does only once the line's result is
// recorded; a scheduler that dies holding lines stops renewing them
// (in progress), and they are delivered again after the ack wait.
import type { NatsConnection } from '@nats-io/transport-node';
import { nanos } from '@nats-io/transport-node';
import { AckPolicy, DeliverPolicy, DiscardPolicy, jetstreamManager, RetentionPolicy, StorageType, type JetStreamManager } from '@nats-io/jetstream';
import type { FabricNames } from '../proto/subjects.ts';

export interface JobsStreamOptions {
  /** Bytes the stream may hold (lines waiting to run); a full stream refuses new lines until some run. */
  maxBytes: number;
  /** How long a line may go without a sign of life from the scheduler holding it before it is delivered again. */
  ackWaitMs: number;
}

/** How long the stream remembers a line's message id: a coordinator publishing a line again within it (after a crash) adds nothing. */
const DUPLICATE_WINDOW_MS = 10 * 60 * 1000;
/** Lines delivered but not yet acknowledged, over every scheduler (each bounds its own share: WEFT_BATCH_INFLIGHT). */
const MAX_ACK_PENDING = 20_000;

/** Creates the stream and consumer, or brings their settings up to date. */
export async function ensureJobsStream(nc: NatsConnection, names: FabricNames, o: JobsStreamOptions): Promise<JetStreamManager> {
  const jsm = await jetstreamManager(nc);
  const stream = {
    name: names.streams.batchJobs, subjects: [names.subjects.batchJobAll],
    retention: RetentionPolicy.Workqueue, storage: StorageType.File, discard: DiscardPolicy.New,
    max_bytes: o.maxBytes, duplicate_window: nanos(DUPLICATE_WINDOW_MS),
  };
  try {
    await jsm.streams.add(stream);
  } catch {
    await jsm.streams.update(stream.name, stream);
  }
  const consumer = {
    durable_name: names.streams.batchRunners, ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All,
    ack_wait: nanos(o.ackWaitMs), max_ack_pending: MAX_ACK_PENDING,
  };
  try {
    await jsm.consumers.add(stream.name, consumer);
  } catch {
    await jsm.consumers.update(stream.name, consumer.durable_name, { ack_wait: consumer.ack_wait, max_ack_pending: consumer.max_ack_pending });
  }
  return jsm;
}

/** Lines of `batchId` still on the stream: waiting, or held by a scheduler and not yet acknowledged. */
export async function linesLeft(jsm: JetStreamManager, names: FabricNames, batchId: string): Promise<number> {
  const subject = names.subjects.batchJob(batchId);
  const info = await jsm.streams.info(names.streams.batchJobs, { subjects_filter: subject });
  return info.state.subjects?.[subject] ?? 0;
}

/** Removes the lines of `batchId` that have not run (cancel, expiry). */
export async function dropLines(jsm: JetStreamManager, names: FabricNames, batchId: string): Promise<void> {
  await jsm.streams.purge(names.streams.batchJobs, { filter: names.subjects.batchJob(batchId) });
}

/**
 * Removes lines of `batchId` the consumer is already past (at or below its
 * ack floor): a nats-server killed between acknowledging lines and writing
 * their removal to disk comes back with them on the stream, where no
 * consumer would deliver them again. Resolves with how many were removed.
 */
export async function dropOrphans(jsm: JetStreamManager, names: FabricNames, batchId: string): Promise<number> {
  const ci = await jsm.consumers.info(names.streams.batchJobs, names.streams.batchRunners);
  const floor = ci.ack_floor.stream_seq;
  if (floor <= 0) return 0;
  const r = await jsm.streams.purge(names.streams.batchJobs, { filter: names.subjects.batchJob(batchId), seq: floor + 1 });
  return r.purged;
}
