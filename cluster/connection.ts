// The one way a Weft process connects to NATS: reconnecting forever, with
// its connection state watched (disconnects and reconnects are logged and
// counted) so /readyz, the cluster view and the logs tell the same story.
import { connect, errors, type NatsConnection } from '@nats-io/transport-node';
import type { Logger } from '../observability/logger.ts';
import { natsConnectOptions, type NatsSettings } from './nats-options.ts';

/** How long a process waits for its first connection to NATS before it stops with the reason. */
const FIRST_CONNECT_TIMEOUT_MS = 5_000;

export interface FabricConnection {
  readonly nc: NatsConnection;
  /** False between a disconnect and the reconnect that follows it. */
  connected(): boolean;
  /** Reconnects since the process connected. */
  reconnects(): number;
}

/**
 * Connects as `name` to the servers of `nats`, with its credentials and
 * TLS. The first connect fails fast (the caller maps the error, see
 * deploy/nats-check.ts); once connected, a lost server is retried without
 * limit.
 */
export async function connectFabric(nats: NatsSettings, name: string, log: Logger): Promise<FabricConnection> {
  const options = { ...natsConnectOptions(nats), name, timeout: FIRST_CONNECT_TIMEOUT_MS };
  let nc: NatsConnection;
  try {
    nc = await connect({ ...options, maxReconnectAttempts: -1 });
  } catch (err) {
    // With reconnects on, nats.js reports a connection the server keeps
    // closing (a TLS server refusing a client without a certificate) as a
    // bare timeout; one attempt without them fails with the cause.
    if (err instanceof errors.TimeoutError) await connect({ ...options, reconnect: false }).then((c) => c.close());
    throw err;
  }
  let connected = true;
  let reconnects = 0;
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type === 'disconnect') {
        connected = false;
        log.warn('NATS disconnected; reconnecting', { server: s.server });
      } else if (s.type === 'reconnect') {
        connected = true;
        reconnects++;
        log.warn('NATS reconnected', { server: s.server, reconnects });
      } else if (s.type === 'slowConsumer') {
        log.warn('NATS slow consumer: messages are piling up unread', { subject: s.sub.getSubject(), pending: s.pending });
      } else if (s.type === 'error') {
        log.warn('NATS error', { err: s.error });
      }
    }
  })();
  return { nc, connected: () => connected, reconnects: () => reconnects };
}
