// Whether NATS answers at a URL, and if not, why, in words. The launcher
// asks before it starts anything, and every Weft process says why its own
// first connection failed, so a wrong or dead NATS_URL is one line naming
// it, not a crash loop of stack traces.
import { connect, errors } from '@nats-io/transport-node';

/** The URL(s) as they may be printed: without any user and password in them. */
export function displayNatsUrl(url: string): string {
  return url.replace(/\/\/[^/@]*@/g, '//');
}

/**
 * Resolves undefined when a connection to `url` (comma-separated servers)
 * opens within `timeoutMs`, else with the reason it did not ("connection
 * refused", "host nats.example not found", …).
 */
export async function natsUnreachable(url: string, timeoutMs = 5_000): Promise<string | undefined> {
  try {
    const nc = await connect({ servers: url.split(','), timeout: timeoutMs, reconnect: false });
    await nc.close();
    return undefined;
  } catch (err) {
    if (err instanceof errors.TimeoutError) return `no answer within ${timeoutMs / 1000} s`;
    return connectFailure(err) ?? (err as Error).message ?? String(err);
  }
}

/** Why a NATS connection could not be opened, in words; undefined for an error that is not that. */
export function connectFailure(err: unknown): string | undefined {
  if (err instanceof errors.TimeoutError) return 'no answer';
  const e = err as NodeJS.ErrnoException & { hostname?: string };
  if ((e?.code === 'ENOTFOUND' || e?.code === 'EAI_AGAIN') && e.hostname) return `host ${e.hostname} not found`;
  if (err instanceof errors.ConnectionError || e?.code === 'ECONNREFUSED') return e.message;
  return undefined;
}
