// How a Weft process reaches NATS, from its configuration, in the shape
// nats.js takes: the servers of NATS_URL, the user and password (or token)
// written in it, a credentials file (NATS_CREDS) or an NKey (NATS_NKEY), and TLS (a tls:// URL, NATS_TLS_CA,
// NATS_TLS_CERT and NATS_TLS_KEY). nats.js itself ignores credentials in a
// server URL, so they are taken out here and passed as options.
import { readFileSync } from 'node:fs';
import { credsAuthenticator, nkeyAuthenticator, type ConnectionOptions } from '@nats-io/transport-node';

/** What deploy/config.ts reads for NATS (every process's options include it). */
export interface NatsSettings {
  /** Comma-separated servers; `nats://user:password@host:port` or `nats://token@host:port` carries credentials. */
  readonly natsUrl: string;
  /** Path of a user credentials file (JWT and NKey seed), for a server in operator mode. */
  readonly natsCreds: string | undefined;
  /** Path of a file holding an NKey seed (SU…): the client signs the server's challenge with it. */
  readonly natsNkey: string | undefined;
  /** PEM CA the server's certificate must chain to; setting it requires TLS. */
  readonly natsTlsCa: string | undefined;
  /** PEM client certificate and key, for a server that verifies clients (both or neither). */
  readonly natsTlsCert: string | undefined;
  readonly natsTlsKey: string | undefined;
}

/** Servers without credentials, and the credentials found in them (the first URL that has any). */
export function splitNatsUrl(natsUrl: string): { servers: string[]; user?: string; pass?: string; token?: string } {
  const servers: string[] = [];
  let creds: { user?: string; pass?: string; token?: string } = {};
  for (const raw of natsUrl.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([a-z][a-z0-9+.-]*:\/\/)?([^@/]*)@(.*)$/i.exec(raw);
    if (!m) {
      servers.push(raw);
      continue;
    }
    servers.push(`${m[1] ?? ''}${m[3]}`);
    if (creds.user !== undefined || creds.token !== undefined) continue;
    const [user, pass] = m[2]!.split(/:(.*)/s, 2).map((p) => decodeURIComponent(p));
    creds = pass === undefined ? { token: user } : { user, pass };
  }
  return { servers, ...creds };
}

/** nats.js connection options for `s` (its files are read now: a bad one fails the start with its path). */
export function natsConnectOptions(s: NatsSettings): ConnectionOptions {
  const { servers, user, pass, token } = splitNatsUrl(s.natsUrl);
  const tlsWanted = servers.some((u) => /^tls:\/\//i.test(u)) || s.natsTlsCa !== undefined || s.natsTlsCert !== undefined;
  return {
    servers,
    ...(user !== undefined ? { user, pass } : {}),
    ...(token !== undefined ? { token } : {}),
    ...(s.natsNkey ? { authenticator: nkeyAuthenticator(new TextEncoder().encode(readFileSync(s.natsNkey, 'utf8').trim())) } : {}),
    ...(s.natsCreds ? { authenticator: credsAuthenticator(readFileSync(s.natsCreds)) } : {}),
    ...(tlsWanted ? {
      tls: {
        ...(s.natsTlsCa ? { caFile: s.natsTlsCa } : {}),
        ...(s.natsTlsCert ? { certFile: s.natsTlsCert, keyFile: s.natsTlsKey } : {}),
      },
    } : {}),
  };
}
