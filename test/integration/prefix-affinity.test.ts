// Prefix affinity through the whole fabric: the later turns of a
// conversation go to the replica that served its first turn, even when the
// conversations interleave (the scheduler remembers each one, and a replica
// with the cache wins over a less busy one within the slack).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { Fabric } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';

const MODEL = 'syn-chat';
let fabric: Fabric;

before(async () => {
  const modelsFile = writeModels(tmpdir(), [{ name: MODEL, engine: 'synthetic', path: 'synthetic:?tps=500&ttft=1', slots: 2, minReplicas: 2 }]);
  fabric = await Fabric.start({ modelsFile, executors: 2 });
  await fabric.waitForReplicas(MODEL, 2);
});

after(() => fabric?.stop());

async function turn(messages: { role: string; content: string }[]): Promise<{ requestId: string; answer: string }> {
  const r = await fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: MODEL, messages, max_tokens: 3 }),
  });
  assert.equal(r.status, 200);
  const body = (await r.json()) as any;
  return { requestId: r.headers.get('x-request-id')!, answer: body.choices[0].message.content };
}

describe('prefix affinity', () => {
  test('three interleaved turns of six conversations: each conversation stays on one replica, and both replicas are used', async () => {
    const conversations = Array.from({ length: 6 }, (_, c) => [{ role: 'system', content: `You are assistant number ${c}.` }]);
    const requests: string[][] = conversations.map(() => []);
    for (let t = 0; t < 3; t++) {
      for (const [c, messages] of conversations.entries()) {
        messages.push({ role: 'user', content: `turn ${t}` });
        const { requestId, answer } = await turn(messages);
        messages.push({ role: 'assistant', content: answer });
        requests[c]!.push(requestId);
      }
    }
    const view = (await (await fetch(`${fabric.gatewayUrl}/v1/cluster`)).json()) as any;
    const placed = new Map<string, any>(view.schedulers.flatMap((s: any) => s.recent_placements).map((p: any) => [p.request_id, p]));
    const replicas = new Set<string>();
    for (const [c, ids] of requests.entries()) {
      const where = ids.map((id) => placed.get(id)?.executor_id);
      assert.equal(new Set(where).size, 1, `conversation ${c} moved: ${where}`);
      replicas.add(where[0]);
      for (const id of ids.slice(1)) assert.match(placed.get(id).reason, /^prefix affinity/);
    }
    assert.equal(replicas.size, 2, 'conversations spread over both replicas');
  });
});
