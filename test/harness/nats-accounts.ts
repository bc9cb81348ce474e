// NATS decentralized auth for tests: an operator, its system account, and
// accounts with JetStream, written as the JWTs nats-server's operator mode
// reads (resolver: MEMORY), and user .creds files as `nsc` writes them.
// The JWTs are signed here with NKeys (what `nsc` does), so no tool is
// needed beyond nats-server.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nkeys } from '@nats-io/nats-core';

type KeyPair = ReturnType<typeof nkeys.createOperator>;

const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64url');

function jwt(issuer: KeyPair, subject: string, name: string, nats: object): string {
  const claims: Record<string, unknown> = { iat: Math.floor(Date.now() / 1000), iss: issuer.getPublicKey(), name, sub: subject, nats: { ...nats, version: 2 } };
  claims.jti = createHash('sha256').update(JSON.stringify(claims)).digest('base64url');
  const head = b64(JSON.stringify({ typ: 'JWT', alg: 'ed25519-nkey' }));
  const body = b64(JSON.stringify(claims));
  return `${head}.${body}.${b64(issuer.sign(new TextEncoder().encode(`${head}.${body}`)))}`;
}

const UNLIMITED = { subs: -1, data: -1, payload: -1, imports: -1, exports: -1, wildcards: true, conn: -1, leaf: -1 };

export interface NatsAccounts {
  /** nats-server's options for operator mode with these accounts (pass as startNatsServer's args). */
  serverArgs: string[];
  /** Writes a .creds file of a new user of `account` and returns its path. */
  userCreds(account: string): string;
}

/** An operator with accounts named `names` (each with JetStream), its config under `dir`. */
export function natsAccounts(dir: string, names: string[]): NatsAccounts {
  const operator = nkeys.createOperator();
  const system = nkeys.createAccount();
  const accounts = new Map(names.map((n) => [n, nkeys.createAccount()]));
  const preload = [
    `  ${system.getPublicKey()}: ${jwt(operator, system.getPublicKey(), 'SYS', { type: 'account', limits: UNLIMITED })}`,
    ...[...accounts].map(([n, a]) => `  ${a.getPublicKey()}: ${jwt(operator, a.getPublicKey(), n, {
      type: 'account', limits: { ...UNLIMITED, mem_storage: -1, disk_storage: -1, streams: -1, consumer: -1 },
    })}`),
  ];
  const conf = join(dir, 'operator.conf');
  writeFileSync(conf, [
    `operator: ${jwt(operator, operator.getPublicKey(), 'weft-test-operator', { type: 'operator', system_account: system.getPublicKey() })}`,
    `system_account: ${system.getPublicKey()}`,
    'resolver: MEMORY',
    'resolver_preload: {', ...preload, '}', '',
  ].join('\n'));
  let n = 0;
  return {
    serverArgs: ['-c', conf],
    userCreds(account) {
      const issuer = accounts.get(account);
      if (!issuer) throw new Error(`no account ${account}`);
      const user = nkeys.createUser();
      const path = join(dir, `${account}-${n++}.creds`);
      writeFileSync(path, [
        '-----BEGIN NATS USER JWT-----', jwt(issuer, user.getPublicKey(), `${account}-user`, { type: 'user', pub: {}, sub: {}, subs: -1, data: -1, payload: -1 }), '------END NATS USER JWT------', '',
        '-----BEGIN USER NKEY SEED-----', new TextDecoder().decode(user.getSeed()), '------END USER NKEY SEED------', '',
      ].join('\n'), { mode: 0o600 });
      return path;
    },
  };
}
