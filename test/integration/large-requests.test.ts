// Request bodies larger than one NATS message (nats-server's max_payload is
// 1 MB by default; HTTP takes up to WEFT_MAX_BODY_BYTES, 8 MiB) travel by
// reference through the object store and reach the executor: what comes
// back is the model's own answer about them, never a 503 for a request that
// could never succeed. A body over WEFT_MAX_BODY_BYTES is a 413.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { Fabric } from '../harness/processes.ts';
import { tinyModelPath, writeModels } from '../harness/models.ts';

const MODEL = 'tiny-large';
let fabric: Fabric;

before(async () => {
  const modelsFile = writeModels(tmpdir(), [{ name: MODEL, path: await tinyModelPath(), slots: 2, contextSize: 2048, minReplicas: 1 }]);
  fabric = await Fabric.start({ modelsFile, waitForModels: [MODEL] });
});

after(() => fabric?.stop());

/** A chat body of about `bytes` bytes: a short question after a long system message. */
function bodyOf(bytes: number, extra: object = {}): string {
  const base = JSON.stringify({ model: MODEL, messages: [{ role: 'system', content: '' }, { role: 'user', content: 'Say hi.' }], max_tokens: 2, ...extra });
  const filler = 'lorem ipsum '.repeat(Math.ceil((bytes - base.length) / 12)).slice(0, bytes - base.length);
  return JSON.stringify({ model: MODEL, messages: [{ role: 'system', content: filler }, { role: 'user', content: 'Say hi.' }], max_tokens: 2, ...extra });
}

const post = (body: string) => fetch(`${fabric.gatewayUrl}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('requests larger than a NATS message', () => {
  for (const [label, bytes] of [['2 MiB', 2 * 1024 * 1024], ['7.9 MiB', Math.floor(7.9 * 1024 * 1024)]] as const) {
    test(`a ${label} body reaches the executor, which answers for its content`, async () => {
      const body = bodyOf(bytes);
      assert.ok(Buffer.byteLength(body) > 1024 * 1024);
      const r = await post(body);
      const answer = await r.json() as { error?: { code: string; message: string } };
      // The tiny model's context is 2048 tokens: the executor tokenized the
      // whole prompt and says it does not fit, with its token count.
      assert.equal(r.status, 400, JSON.stringify(answer).slice(0, 500));
      assert.equal(answer.error?.code, 'context_length_exceeded');
      assert.match(answer.error!.message, /the messages take more than \d+/);
    });
  }

  test('a large body streams too', async () => {
    const r = await post(bodyOf(3 * 1024 * 1024, { stream: true }));
    // A streamed request that fails before its first chunk is an HTTP error, like a non-streamed one.
    assert.equal(r.status, 400, (await r.clone().text()).slice(0, 300));
  });

  test('a small request after them is served as before', async () => {
    const r = await post(JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: 'hi' }], max_tokens: 2 }));
    assert.equal(r.status, 200);
  });

  test('a body over WEFT_MAX_BODY_BYTES is a 413', async () => {
    const r = await post(bodyOf(8 * 1024 * 1024 + 1024));
    assert.equal(r.status, 413);
    assert.equal((await r.json() as { error: { code: string } }).error.code, 'request_too_large');
  });
});
