// A request NATS handed to a scheduler that died before answering (killed
// between delivery and its first frame) is not lost: no scheduler accepts it
// within WEFT_ACCEPT_TIMEOUT_MS, so its gateway publishes it again, on a
// reply subject of the new attempt, and another scheduler serves it.
//
// The dead scheduler is a queue-group member that takes one request and
// never answers, as a scheduler killed at that instant does (a real NATS
// subscriber in the schedulers' queue group, not a stand-in for NATS).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { PriorityClass } from '../../proto/index.ts';
import { Fabric } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';

const MODEL = 'syn-lost';
let fabric: Fabric;
let nc: NatsConnection;

before(async () => {
  const modelsFile = writeModels(tmpdir(), [{ name: MODEL, engine: 'synthetic', path: 'synthetic:?tps=500&ttft=1' }]);
  fabric = await Fabric.start({ modelsFile, waitForModels: [MODEL], gatewayEnv: { WEFT_ACCEPT_TIMEOUT_MS: '500' } });
  nc = await connect({ servers: fabric.nats.url });
});

after(async () => {
  await nc?.close();
  await fabric?.stop();
});

describe('a delivery lost with its scheduler', () => {
  test('the request is published again after the accept timeout and served whole', async () => {
    // Takes the first request it is handed, then is gone.
    let swallowed: string | undefined;
    const dead = nc.subscribe(fabric.names.subjects.requestAll(PriorityClass.REALTIME), {
      queue: fabric.names.schedulerQueueGroup,
      callback: (_err, msg) => {
        swallowed ??= msg.reply ?? '?';
        dead.unsubscribe();
      },
    });
    await nc.flush();
    const answers: { status: number; body: { usage?: { completion_tokens: number }; error?: unknown } }[] = [];
    // The queue group picks at random: send until the dead member took one.
    for (let i = 0; i < 40 && !swallowed; i++) {
      const r = await fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: `q${i}` }], max_tokens: 8 }),
      });
      answers.push({ status: r.status, body: await r.json() as (typeof answers)[number]['body'] });
    }
    assert.ok(swallowed, 'the dead member took a request');
    assert.match(swallowed, /\.1$/, 'it took a first attempt');
    for (const a of answers) {
      assert.equal(a.status, 200, JSON.stringify(a.body));
      assert.equal(a.body.usage?.completion_tokens, 8);
    }
  });
});
