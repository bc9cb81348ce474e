// Mutual TLS between schedulers and executors (WEFT_GRPC_TLS_CA, _CERT,
// _KEY): a real fabric whose executor serves gRPC over TLS answers chat
// through its scheduler, and the executor's port refuses every caller that
// does not present a certificate the fabric's CA signed: plaintext, TLS
// without a client certificate, and a certificate of another CA.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { credentials, Metadata, type ChannelCredentials } from '@grpc/grpc-js';
import { ExecutorClient } from '../../proto/grpc.ts';
import { Fabric } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';
import { testCa, type Leaf } from '../harness/certs.ts';
import { executorAddress } from '../harness/executor-probe.ts';

const MODEL = 'syn-mtls';
const dir = mkdtempSync(join(tmpdir(), 'weft-grpc-mtls-'));
let fabric: Fabric;
let address: string;
let ca: ReturnType<typeof testCa>;

before(async () => {
  ca = testCa(dir);
  const executor = ca.leaf('executor');
  const scheduler = ca.leaf('scheduler');
  const tls = (l: Leaf) => ({ WEFT_GRPC_TLS_CA: ca.ca, WEFT_GRPC_TLS_CERT: l.cert, WEFT_GRPC_TLS_KEY: l.key });
  const modelsFile = writeModels(dir, [{ name: MODEL, engine: 'synthetic', path: 'synthetic:?tps=2000&ttft=1', slots: 2, contextSize: 2048 }]);
  // Every process gets the scheduler's certificate; the executor its own.
  fabric = await Fabric.start({ modelsFile, env: tls(scheduler), executorEnv: tls(executor), waitForModels: [MODEL] });
  address = await executorAddress(fabric.executors[0]!);
});

after(async () => {
  await fabric?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Describe over `creds`: the executor's answer, or the gRPC error. */
function describe_(creds: ChannelCredentials): Promise<{ executorId?: string; error?: string }> {
  const client = new ExecutorClient(address, creds);
  return new Promise((resolve) => {
    client.Describe({}, new Metadata(), { deadline: Date.now() + 5_000 }, (err, info) => {
      client.close();
      resolve(err ? { error: `${err.code} ${err.details}` } : { executorId: info!.executorId ?? '' });
    });
  });
}

describe('scheduler–executor gRPC with mutual TLS', () => {
  test('chat is answered through the TLS channel', async () => {
    const r = await fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: 'hi' }], max_tokens: 4 }),
    });
    assert.equal(r.status, 200, await r.clone().text());
    assert.equal(((await r.json()) as { usage: { completion_tokens: number } }).usage.completion_tokens, 4);
    assert.equal((await fabric.executors[0]!.waitFor('gRPC server listening')).tls, true);
  });

  test('a caller with a certificate of the fabric\'s CA is served', async () => {
    const client = ca.leaf('operator');
    const r = await describe_(credentials.createSsl(readFileSync(ca.ca), readFileSync(client.key), readFileSync(client.cert)));
    assert.equal(r.executorId, 'exec-0', r.error);
  });

  test('plaintext, TLS without a client certificate, and another CA\'s certificate are refused', async () => {
    const other = testCa(mkdtempSync(join(dir, 'other-')), 'other-ca');
    const stranger = other.leaf('stranger');
    for (const [what, creds] of [
      ['plaintext', credentials.createInsecure()],
      ['no client certificate', credentials.createSsl(readFileSync(ca.ca))],
      ['another CA\'s certificate', credentials.createSsl(readFileSync(ca.ca), readFileSync(stranger.key), readFileSync(stranger.cert))],
    ] as const) {
      const r = await describe_(creds);
      assert.equal(r.executorId, undefined, `${what} was served`);
      assert.match(r.error!, /^14 /, `${what}: UNAVAILABLE, got ${r.error}`);
    }
  });
});
