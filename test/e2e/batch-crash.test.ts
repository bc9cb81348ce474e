// A 1,000-line batch survives the processes under it failing: an executor
// SIGKILLed (of two), the nats-server killed and started again on the same
// store directory, the gateway killed and started again. Each time the
// batch completes with every custom_id exactly once, none lost, none
// duplicated. Real processes on a nats-server with file storage, the
// synthetic engine; a scheduler SIGKILLed mid-batch is in batch.test.ts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import OpenAI, { toFile } from 'openai';
import { Fabric } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';
import { until } from '../harness/until.ts';

const MODEL = 'syn-batch-crash';
const LINES = 1000;
let fabric: Fabric;
let client: OpenAI;

before(async () => {
  const modelsFile = writeModels(tmpdir(), [{ name: MODEL, engine: 'synthetic', path: 'synthetic:?tps=2000&ttft=1', slots: 8, contextSize: 4096, minReplicas: 2 }]);
  fabric = await Fabric.start({
    modelsFile, executors: 2, schedulers: 2, waitForModels: [MODEL],
    env: { WEFT_BATCH_ACK_WAIT_MS: '1500', WEFT_SCHEDULER_EXPIRY_MS: '1000', WEFT_LOG_LEVEL: 'info' },
  });
  await fabric.waitForReplicas(MODEL, 2);
  // The gateway keeps its port across a restart, so the client keeps its URL.
  client = new OpenAI({ baseURL: `${fabric.gatewayUrl}/v1`, apiKey: 'unused', maxRetries: 0 });
});

after(() => fabric?.stop());

const chatLine = (id: string) => JSON.stringify({
  custom_id: id, method: 'POST', url: '/v1/chat/completions',
  body: { model: MODEL, messages: [{ role: 'user', content: `line ${id}` }], max_tokens: 8 },
});

async function submit(prefix: string): Promise<{ id: string; ids: string[] }> {
  const ids = Array.from({ length: LINES }, (_, i) => `${prefix}-${i}`);
  const file = await client.files.create({ file: await toFile(Buffer.from(`${ids.map(chatLine).join('\n')}\n`), `${prefix}.jsonl`), purpose: 'batch' });
  const batch = await client.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' });
  return { id: batch.id, ids };
}

/** The batch's lines answered so far; undefined while the fabric cannot say (NATS or the gateway restarting). */
async function doneLines(id: string): Promise<number | undefined> {
  const b = await client.batches.retrieve(id).catch(() => undefined);
  return b && (b.request_counts?.completed ?? 0) + (b.request_counts?.failed ?? 0);
}

/** Waits for the batch to end (tolerating the moments a restart makes it unreachable), then checks it completed each custom_id exactly once. */
async function assertExactlyOnce(id: string, ids: string[]): Promise<void> {
  const done = await until(`batch ${id} to finish`, async () => {
    const b = await client.batches.retrieve(id).catch(() => undefined);
    return b && ['completed', 'failed', 'expired', 'cancelled'].includes(b.status) ? b : undefined;
  }, 60_000, 100);
  assert.equal(done.status, 'completed', JSON.stringify(done));
  assert.deepEqual(done.request_counts, { total: LINES, completed: LINES, failed: 0 });
  assert.equal(done.error_file_id, null);
  const text = await (await client.files.content(done.output_file_id!)).text();
  const out = text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { custom_id: string; response: { status_code: number } | null });
  const counts = new Map<string, number>();
  for (const l of out) counts.set(l.custom_id, (counts.get(l.custom_id) ?? 0) + 1);
  assert.deepEqual([...counts.keys()].sort(), [...ids].sort(), 'every custom_id, and no other');
  for (const [cid, n] of counts) assert.equal(n, 1, `${cid} appears ${n} times`);
  assert.ok(out.every((l) => l.response?.status_code === 200));
}

describe('a 1,000-line batch under crashes: every custom_id exactly once', () => {
  test('an executor SIGKILLed mid-batch (of two)', async () => {
    const { id, ids } = await submit('x');
    const victim = fabric.executors[0]!;
    // Killed while it runs lines of the batch: those fail over to the other executor or are handed back.
    await until('the batch under way, with lines running on the victim', async () => {
      if (((await doneLines(id)) ?? 0) < 100) return false;
      const e = (await fabric.clusterView()).executors.find((x) => x.id === victim.name);
      return (e?.models.find((m) => m.name === MODEL)?.slots_busy ?? 0) > 0;
    }, 30_000, 10);
    victim.proc.kill('SIGKILL');
    await victim.exited;
    assert.ok(((await doneLines(id)) ?? 0) < LINES, 'killed before the batch was done');
    await assertExactlyOnce(id, ids);
    // Two executors again for the next test.
    await fabric.startExecutor('exec-2');
    await until('the dead executor gone and its replacement ready', async () => {
      const ex = (await fabric.clusterView()).executors;
      return !ex.some((e) => e.id === victim.name) && ex.filter((e) => e.models.some((m) => m.name === MODEL && m.state === 'ready')).length === 2;
    }, 30_000);
  });

  test('the nats-server killed mid-batch and started again on the same store directory', async () => {
    const { id, ids } = await submit('n');
    await until('the batch under way', async () => ((await doneLines(id)) ?? 0) >= 200, 30_000, 10);
    await fabric.restartNats();
    assert.ok(((await doneLines(id)) ?? 0) < LINES, 'restarted before the batch was done');
    await assertExactlyOnce(id, ids);
  });

  test('the gateway killed mid-batch and started again: the client still follows the batch and gets the output', async () => {
    const { id, ids } = await submit('g');
    await until('the batch under way', async () => ((await doneLines(id)) ?? 0) >= 200, 30_000, 10);
    await fabric.restartGateway();
    assert.ok(((await doneLines(id)) ?? 0) < LINES, 'restarted before the batch was done');
    await assertExactlyOnce(id, ids);
  });
});
