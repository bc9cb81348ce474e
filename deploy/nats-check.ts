// Whether NATS answers at a URL, and if not, why, in words. The launcher
// asks before it starts anything, and every Weft process says why its own
// first connection failed, so a wrong or dead NATS_URL is one line naming
// it, not a crash loop of stack traces.
import { connect, errors } from '@nats-io/transport-node';
import { natsConnectOptions, type NatsSettings } from '../cluster/nats-options.ts';

/** The URL(s) as they may be printed: without any user and password in them. */
export function displayNatsUrl(url: string): string {
  return url.replace(/\/\/[^/@]*@/g, '//');
}

/**
 * Resolves undefined when a connection to the servers of `nats`, with its
 * credentials and TLS, opens within `timeoutMs`, else with the reason it
 * did not ("connection refused", "host nats.example not found", …).
 */
export async function natsUnreachable(nats: NatsSettings, timeoutMs = 5_000): Promise<string | undefined> {
  try {
    const nc = await connect({ ...natsConnectOptions(nats), timeout: timeoutMs, reconnect: false });
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
  if (err instanceof errors.AuthorizationError) return `the server refused this process's credentials (${err.message}): check the user and password or token in NATS_URL, NATS_CREDS or NATS_NKEY`;
  const e = err as NodeJS.ErrnoException & { hostname?: string };
  // Node's TLS errors: a certificate the CA does not vouch for, a name that does not match, a server without TLS.
  if (typeof e?.code === 'string' && /CERT|SIGNATURE|ISSUER|SELF_SIGNED|TLS|SSL/.test(e.code)) return `TLS failed (${e.message.trim()}): check NATS_TLS_CA, NATS_TLS_CERT and NATS_TLS_KEY`;
  if (/tls/i.test(e?.message ?? '') && err instanceof errors.ConnectionError) return `TLS failed (${e.message.trim()}): check NATS_URL's scheme and NATS_TLS_CA`;
  if ((e?.code === 'ENOTFOUND' || e?.code === 'EAI_AGAIN') && e.hostname) return `host ${e.hostname} not found`;
  if (e?.code === 'ECONNRESET') return `the server closed the connection (${e.message}); a TLS server that verifies clients does so to one without a certificate: set NATS_TLS_CERT and NATS_TLS_KEY`;
  if (err instanceof errors.ConnectionError || e?.code === 'ECONNREFUSED') return e.message;
  return undefined;
}
