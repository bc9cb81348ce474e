// A fabric on a NATS server that admits only who it should: a user and
// password (or a token) written in NATS_URL, an NKey seed (NATS_NKEY), a
// user credentials file of an account (NATS_CREDS, operator mode), and
// mutual TLS (NATS_TLS_CA, NATS_TLS_CERT, NATS_TLS_KEY). Each fabric is
// real (nats-server with that configuration, gateway, scheduler, executor
// on the synthetic engine) and answers a chat; a process without the right
// credentials stops with one line that says why and never prints a secret.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nkeys } from '@nats-io/nats-core';
import { startNatsServer, type NatsServer } from '../../deploy/local/nats-server.ts';
import { EXIT } from '../../deploy/start-failure.ts';
import { splitNatsUrl } from '../../cluster/nats-options.ts';
import { Fabric, MAIN, WeftProcess } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';
import { testCa } from '../harness/certs.ts';
import { natsAccounts } from '../harness/nats-accounts.ts';

const MODEL = 'syn-secure';
const dir = mkdtempSync(join(tmpdir(), 'weft-nats-sec-'));
const modelsFile = writeModels(dir, [{ name: MODEL, engine: 'synthetic', path: 'synthetic:?tps=2000&ttft=1', slots: 2, contextSize: 2048 }]);
const servers: NatsServer[] = [];

after(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(dir, { recursive: true, force: true });
});

async function server(name: string, args: string[]): Promise<NatsServer> {
  const s = await startNatsServer({ storeDir: join(dir, name), args });
  servers.push(s);
  return s;
}

/** A fabric on `nats` with `env`, answering one chat request. */
async function answers(nats: NatsServer, env: NodeJS.ProcessEnv): Promise<void> {
  const fabric = await Fabric.start({ modelsFile, nats, env, waitForModels: [MODEL] });
  try {
    const r = await fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: 'hi' }], max_tokens: 3 }),
    });
    assert.equal(r.status, 200, await r.clone().text());
    assert.equal(((await r.json()) as { usage: { completion_tokens: number } }).usage.completion_tokens, 3);
  } finally {
    await fabric.stop();
  }
}

/** A gateway started with `env` on `nats`: the one error line it exits with. */
async function refused(env: NodeJS.ProcessEnv): Promise<string> {
  const p = new WeftProcess('gateway-refused', MAIN.gateway, { ...process.env, WEFT_HOME: join(dir, 'refused'), WEFT_LOG_FORMAT: 'json', PORT: '0', ...env });
  const { code } = await p.exited;
  assert.equal(code, EXIT.natsUnreachable, JSON.stringify(p.lines));
  const errs = p.lines.filter((l) => l.level === 'error' || l.level === 'raw');
  assert.equal(errs.length, 1, JSON.stringify(p.lines));
  assert.ok(p.lines.every((l) => !('stack' in l)), JSON.stringify(p.lines));
  return errs[0]!.msg as string;
}

describe('NATS credentials and TLS', () => {
  test('a user and password in NATS_URL (percent-encoded) sign in; a wrong one is refused in one line that hides it', async () => {
    const s = await server('userpass', ['--user', 'weft', '--pass', 'p@ss:w0rd']);
    const port = s.port;
    await answers(s, { NATS_URL: `nats://weft:${encodeURIComponent('p@ss:w0rd')}@127.0.0.1:${port}` });
    const line = await refused({ NATS_URL: `nats://weft:wrong-secret@127.0.0.1:${port}` });
    assert.match(line, new RegExp(`^cannot reach NATS at nats://127\\.0\\.0\\.1:${port}: the server refused this process's credentials \\(Authorization Violation\\)`));
    assert.doesNotMatch(line, /wrong-secret/);
    assert.match(await refused({ NATS_URL: `nats://127.0.0.1:${port}` }), /refused this process's credentials/);
  });

  test('a token in NATS_URL', async () => {
    const s = await server('token', ['--auth', 's3cret-token']);
    await answers(s, { NATS_URL: `nats://s3cret-token@127.0.0.1:${s.port}` });
  });

  test('an NKey seed (NATS_NKEY) signs the server\'s challenge; another seed is refused', async () => {
    const user = nkeys.createUser();
    const conf = join(dir, 'nkey.conf');
    writeFileSync(conf, `authorization { users = [ { nkey: "${user.getPublicKey()}" } ] }\n`);
    const s = await server('nkey', ['-c', conf]);
    const seed = join(dir, 'user.nk');
    writeFileSync(seed, `${new TextDecoder().decode(user.getSeed())}\n`);
    await answers(s, { NATS_URL: s.url, NATS_NKEY: seed });
    const other = join(dir, 'other.nk');
    writeFileSync(other, new TextDecoder().decode(nkeys.createUser().getSeed()));
    assert.match(await refused({ NATS_URL: s.url, NATS_NKEY: other }), /refused this process's credentials/);
  });

  test('credentials files (NATS_CREDS): two fabrics of one cluster name in two accounts never see each other', async () => {
    const accounts = natsAccounts(dir, ['team-a', 'team-b']);
    const s = await server('operator', accounts.serverArgs);
    const modelsB = writeModels(join(dir, 'b-models'), [{ name: 'syn-only-b', engine: 'synthetic', path: 'synthetic:?tps=2000&ttft=1', slots: 1, contextSize: 2048 }]);
    const a = await Fabric.start({ modelsFile, nats: s, cluster: 'shared-name', env: { NATS_CREDS: accounts.userCreds('team-a') }, waitForModels: [MODEL] });
    try {
      const b = await Fabric.start({ modelsFile: modelsB, nats: s, cluster: 'shared-name', env: { NATS_CREDS: accounts.userCreds('team-b') }, waitForModels: ['syn-only-b'] });
      try {
        const listed = async (f: Fabric) => ((await (await fetch(`${f.gatewayUrl}/v1/models`)).json()) as { data: { id: string }[] }).data.map((m) => m.id);
        assert.deepEqual(await listed(a), [MODEL]);
        assert.deepEqual(await listed(b), ['syn-only-b']);
        const r = await fetch(`${b.gatewayUrl}/v1/chat/completions`, {
          method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: 'hi' }], max_tokens: 2 }),
        });
        assert.equal(r.status, 404, 'team B cannot reach team A\'s model');
        assert.equal((await a.clusterView()).executors.length, 1);
      } finally {
        await b.stop();
      }
    } finally {
      await a.stop();
    }
    assert.match(await refused({ NATS_URL: s.url }), /refused this process's credentials/);
  });

  test('mutual TLS: the server\'s certificate checked against NATS_TLS_CA, the process\'s own presented', async () => {
    const ca = testCa(dir);
    const srv = ca.leaf('nats-server');
    const client = ca.leaf('weft-process');
    const s = await server('mtls', ['--tls', '--tlscert', srv.cert, '--tlskey', srv.key, '--tlscacert', ca.ca, '--tlsverify']);
    await answers(s, { NATS_URL: `tls://127.0.0.1:${s.port}`, NATS_TLS_CA: ca.ca, NATS_TLS_CERT: client.cert, NATS_TLS_KEY: client.key });
    // Without a client certificate the server closes the connection; without the CA this process cannot trust the server.
    assert.match(await refused({ NATS_URL: `tls://127.0.0.1:${s.port}`, NATS_TLS_CA: ca.ca }), /^cannot reach NATS at tls:\/\/127\.0\.0\.1:\d+: (TLS failed \(.*bad certificate.*\)|the server closed the connection .*): .*NATS_TLS_CERT and NATS_TLS_KEY/);
    assert.match(await refused({ NATS_URL: `tls://127.0.0.1:${s.port}`, NATS_TLS_CERT: client.cert, NATS_TLS_KEY: client.key }), /TLS failed/);
  });
});

test('credentials are taken out of the server URLs, where nats.js would ignore them', () => {
  assert.deepEqual(splitNatsUrl('nats://u:p%40ss@a:4222,nats://b:4222'), { servers: ['nats://a:4222', 'nats://b:4222'], user: 'u', pass: 'p@ss' });
  assert.deepEqual(splitNatsUrl('tok@a:4222'), { servers: ['a:4222'], token: 'tok' });
  assert.deepEqual(splitNatsUrl('nats://a:4222'), { servers: ['nats://a:4222'] });
});
