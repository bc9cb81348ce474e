// Executors announce themselves on NATS: a heartbeat every interval, and at
// once when someone asks (a scheduler or gateway that just started).
import type { NatsConnection } from '@nats-io/transport-node';
import { ExecutorInfo, type IExecutorInfo, type Subjects } from '../proto/index.ts';
import type { Logger } from '../observability/logger.ts';

export interface Heartbeat {
  /** Publishes now (e.g. after a model finished loading). */
  beat(): void;
  /**
   * Publishes within SOON_MS (coalesced): slots became busy or free, and
   * schedulers other than the one that dispatched should know before the
   * next interval, or they route on stale load.
   */
  soon(): void;
  stop(): void;
}

/**
 * At most one early heartbeat per this window: fresh enough for routing,
 * and at most 20 extra messages a second per executor for every scheduler
 * to decode, however busy the executor is.
 */
const SOON_MS = 50;

export function startHeartbeat(nc: NatsConnection, subjects: Subjects, info: () => IExecutorInfo, intervalMs: number, log: Logger): Heartbeat {
  const beat = () => {
    try {
      nc.publish(subjects.heartbeat, ExecutorInfo.encode(info()).finish());
    } catch (err) {
      log.warn('heartbeat publish failed', { err });
    }
  };
  const timer = setInterval(beat, intervalMs);
  const sub = nc.subscribe(subjects.discover, { callback: () => beat() });
  let pending: NodeJS.Timeout | undefined;
  beat();
  return {
    beat,
    soon: () => {
      pending ??= setTimeout(() => {
        pending = undefined;
        beat();
      }, SOON_MS);
    },
    stop: () => {
      clearInterval(timer);
      clearTimeout(pending);
      sub.unsubscribe();
    },
  };
}
