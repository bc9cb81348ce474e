// Executors announce themselves on NATS: a heartbeat every interval, and at
// once when someone asks (a scheduler or gateway that just started).
import type { NatsConnection } from '@nats-io/transport-node';
import { ExecutorInfo, subjects, type IExecutorInfo } from '../proto/index.ts';
import type { Logger } from '../observability/logger.ts';

export interface Heartbeat {
  /** Publishes now (e.g. after a model finished loading). */
  beat(): void;
  stop(): void;
}

export function startHeartbeat(nc: NatsConnection, info: () => IExecutorInfo, intervalMs: number, log: Logger): Heartbeat {
  const beat = () => {
    try {
      nc.publish(subjects.heartbeat, ExecutorInfo.encode(info()).finish());
    } catch (err) {
      log.warn('heartbeat publish failed', { err });
    }
  };
  const timer = setInterval(beat, intervalMs);
  const sub = nc.subscribe(subjects.discover, { callback: () => beat() });
  beat();
  return {
    beat,
    stop: () => {
      clearInterval(timer);
      sub.unsubscribe();
    },
  };
}
