// The trace store's feed, run by each gateway (WEFT_TRACE_STORE=on): it
// creates the cluster's spans stream (JetStream, file storage, bounded by
// WEFT_TRACE_MAX_AGE_MS and WEFT_TRACE_MAX_BYTES, oldest dropped first) and
// reads it from the start with an ordered consumer into the in-memory index
// (trace-store.ts), so a restarted gateway sees the traces the stream still
// holds. It runs beside requests, never in their way: when the stream is
// gone or NATS is down it retries, and the gateway keeps serving.
import type { NatsConnection } from '@nats-io/transport-node';
import { nanos } from '@nats-io/transport-node';
import { DiscardPolicy, jetstream, jetstreamManager, RetentionPolicy, StorageType, type ConsumerMessages } from '@nats-io/jetstream';
import type { FabricNames } from '../proto/subjects.ts';
import type { Logger } from '../observability/logger.ts';
import type { SpanRecord } from '../observability/span-export.ts';
import { TraceStore, type TraceStoreOptions } from './trace-store.ts';

/** How often the index drops old traces and the stream's presence is checked. */
const CHECK_MS = 1_000;
/** Wait between attempts to (re)open the stream. */
const RETRY_MS = 1_000;

export interface TraceConsumer {
  readonly store: TraceStore;
  /** Messages read from the stream, and whether the consumer runs now. */
  stats(): { messages: number; running: boolean; restarts: number };
  close(): Promise<void>;
}

export async function ensureSpansStream(nc: NatsConnection, names: FabricNames, o: Pick<TraceStoreOptions, 'maxAgeMs' | 'maxBytes'>): Promise<void> {
  const jsm = await jetstreamManager(nc);
  const stream = {
    name: names.streams.spans, subjects: [names.subjects.spansAll],
    retention: RetentionPolicy.Limits, storage: StorageType.File, discard: DiscardPolicy.Old,
    max_age: nanos(o.maxAgeMs), max_bytes: o.maxBytes,
  };
  try {
    await jsm.streams.add(stream);
  } catch {
    await jsm.streams.update(stream.name, stream);
  }
}

export function startTraceConsumer(nc: NatsConnection, names: FabricNames, opts: TraceStoreOptions, log: Logger): TraceConsumer {
  const store = new TraceStore(opts);
  let closed = false;
  let messages: ConsumerMessages | undefined;
  let count = 0;
  let restarts = 0;

  const run = async () => {
    while (!closed) {
      try {
        await ensureSpansStream(nc, names, opts);
        // An ordered consumer from the stream's first message: no state on
        // the server, rebuilt from scratch after any gap.
        const consumer = await jetstream(nc).consumers.get(names.streams.spans);
        messages = await consumer.consume();
        log.debug('trace store reading the spans stream', { stream: names.streams.spans });
        for await (const m of messages) {
          count++;
          try {
            const spans = m.json<SpanRecord[]>();
            if (Array.isArray(spans)) store.add(spans);
          } catch {
            // not a batch of spans: skip it
          }
        }
      } catch (err) {
        if (!closed) log.warn('trace store cannot read the spans stream; retrying', { err });
      }
      messages = undefined;
      if (closed) return;
      log.debug('trace store consumer stopped; restarting', { stream: names.streams.spans });
      restarts++;
      await new Promise((r) => setTimeout(r, RETRY_MS));
    }
  };
  void run();

  // Age bound of the index, and a stream deleted under the consumer (an
  // operator, a test) is noticed and made again.
  const timer = setInterval(() => {
    store.prune();
    if (!messages || nc.isClosed()) return;
    jetstreamManager(nc)
      .then((jsm) => jsm.streams.info(names.streams.spans))
      .catch((err: Error) => {
        if (!/not found/i.test(err.message)) return;
        log.warn('the spans stream is gone; making it again', { stream: names.streams.spans });
        messages?.stop();
      });
  }, CHECK_MS);
  timer.unref();

  return {
    store,
    stats: () => ({ messages: count, running: messages !== undefined, restarts }),
    async close() {
      closed = true;
      clearInterval(timer);
      messages?.stop();
    },
  };
}
