// A request message a scheduler cannot decode is answered with an error at
// once, on the reply subject it came with; it is never dropped (its client
// would wait out the gateway's accept timeout, then get a 503 it retries
// forever). And the gateway never sends one for text a client can send: a
// lone UTF-16 surrogate, valid JSON but without a UTF-8 form, is repaired.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { connect, headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { ErrorCode, headers as H, InferenceRequest, PriorityClass, ReplyFrame, type ContractVersion } from '../../proto/index.ts';
import { Fabric } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';

const MODEL = 'syn-undecodable';
let fabric: Fabric;
let nc: NatsConnection;

before(async () => {
  const modelsFile = writeModels(tmpdir(), [{ name: MODEL, engine: 'synthetic', path: 'synthetic:?tps=500&ttft=1' }]);
  fabric = await Fabric.start({ modelsFile, waitForModels: [MODEL] });
  nc = await connect({ servers: fabric.nats.url });
});

after(async () => {
  await nc?.close();
  await fabric?.stop();
});

/**
 * Publishes `data` as a request the way a gateway does (NATS reply subject,
 * request id header) and resolves with the first frame on its reply subject.
 * Well inside the gateway's accept timeout (2 s), or it was not "at once".
 */
async function publishRaw(data: Uint8Array, requestId: string): Promise<ReplyFrame> {
  const replySubject = fabric.names.subjects.reply('gw-probe', requestId);
  const sub = nc.subscribe(replySubject, { max: 1, timeout: 1_000 });
  const hdrs = natsHeaders();
  hdrs.set(H.requestId, requestId);
  nc.publish(fabric.names.subjects.request(PriorityClass.REALTIME, MODEL), data, { reply: replySubject, headers: hdrs });
  for await (const msg of sub) return ReplyFrame.decode(msg.data);
  throw new Error('no reply');
}

describe('a request message the scheduler cannot decode', () => {
  test('garbage bytes: an INVALID_REQUEST error frame on the reply subject, at once', async () => {
    const frame = await publishRaw(new TextEncoder().encode('this is not protobuf \xff\xff'), 'req_garbage');
    assert.equal(frame.kind, 'error');
    assert.equal(frame.requestId, 'req_garbage');
    assert.equal(frame.error!.code, ErrorCode.ERROR_CODE_INVALID_REQUEST);
    assert.match(frame.error?.message ?? '', /could not decode the request message/);
    assert.match(frame.schedulerId, /^sched-/);
  });

  test('a request whose text is not UTF-8 (a lone surrogate as protobufjs encodes it): an error frame', async () => {
    const data = InferenceRequest.encode({
      requestId: 'req_surrogate', model: MODEL, replySubject: fabric.names.subjects.reply('gw-probe', 'req_surrogate'),
      chat: { messages: [{ role: 'user', content: 'a\ud800b' }] },
    }).finish();
    const frame = await publishRaw(data, 'req_surrogate');
    assert.equal(frame.error?.code, ErrorCode.ERROR_CODE_INVALID_REQUEST);
    assert.match(frame.error?.message ?? '', /not valid for encoding utf-8/);
  });

  test('a request without its reply subject field is answered on the NATS reply subject', async () => {
    const data = InferenceRequest.encode({ requestId: 'req_noreply', model: MODEL, chat: { messages: [{ role: 'user', content: 'hi' }] } }).finish();
    const frame = await publishRaw(data, 'req_noreply');
    assert.equal(frame.error?.code, ErrorCode.ERROR_CODE_INVALID_REQUEST);
    assert.match(frame.error?.message ?? '', /no reply subject/);
  });

  test('a request of a newer contract version: UNSUPPORTED, naming both versions, at once', async () => {
    const data = InferenceRequest.encode({
      requestId: 'req_v9', model: MODEL, replySubject: fabric.names.subjects.reply('gw-probe', 'req_v9'),
      contractVersion: 9 as ContractVersion, chat: { messages: [{ role: 'user', content: 'hi' }] },
    }).finish();
    const frame = await publishRaw(data, 'req_v9');
    assert.equal(frame.error?.code, ErrorCode.ERROR_CODE_UNSUPPORTED);
    assert.match(frame.error?.message ?? '', /contract v9; this scheduler speaks v1/);
  });

  test('the scheduler keeps serving afterwards', async () => {
    const r = await fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: 'hi' }], max_tokens: 3 }),
    });
    assert.equal(r.status, 200, await r.clone().text());
  });
});

describe('a lone surrogate in a client request', () => {
  test('is repaired to U+FFFD by the gateway: 200, not a 503 after the accept timeout', async () => {
    // Raw JSON text: JSON.stringify would escape it the same way.
    const body = `{"model":"${MODEL}","messages":[{"role":"user","content":"a\\ud800b"}],"max_tokens":3,"stop":["\\udc00"]}`;
    const r = await fetch(`${fabric.gatewayUrl}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    assert.equal(r.status, 200, await r.clone().text());
    const answer = await r.json() as { choices: { message: { content: string } }[] };
    assert.equal(typeof answer.choices[0]!.message.content, 'string');
  });
});
