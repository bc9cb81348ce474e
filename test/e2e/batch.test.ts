// The Files and Batch API as a user drives them: the official openai client
// against a real fabric (nats-server with file storage, a gateway, two
// schedulers, an executor on the synthetic engine), API keys on so two
// tenants can be told apart. Covers the whole flow, validation failures and
// lines that fail alone, cancel, expiry, tenant isolation, a batch sharing
// the fleet with realtime streams, and a scheduler SIGKILLed mid-batch:
// every custom_id still comes back exactly once (other crashes:
// batch-crash.test.ts).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import OpenAI, { toFile } from 'openai';
import { Fabric, MAIN, queuedOf, WeftProcess } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';
import { until } from '../harness/until.ts';
import { newKey } from '../../gateway/auth.ts';
import { EMBEDDING_SHAPES, ensureEmbeddingModel } from '../../synth/index.ts';

const MODEL = 'syn-batch';
const EMBED = 'embed-batch';
const acme = newKey('acme', 'user');
const globex = newKey('globex', 'user');
const ops = newKey('ops', 'admin');
let fabric: Fabric;
let client: OpenAI;
let other: OpenAI;

before(async () => {
  const encoder = await ensureEmbeddingModel(join(tmpdir(), 'weft-batch-bert-tiny'), EMBEDDING_SHAPES['bert-tiny']);
  const modelsFile = writeModels(tmpdir(), [
    { name: MODEL, engine: 'synthetic', path: 'synthetic:?tps=2000&ttft=1', slots: 16, contextSize: 4096 },
    { name: EMBED, engine: 'onnxruntime', path: encoder.dir, slots: 2 },
  ]);
  const keysFile = join(tmpdir(), `weft-batch-keys-${process.pid}.json`);
  writeFileSync(keysFile, JSON.stringify({ keys: [acme.record, globex.record, ops.record] }));
  fabric = await Fabric.start({
    modelsFile, schedulers: 2, waitForModels: [MODEL, EMBED],
    env: { WEFT_API_KEYS: keysFile, WEFT_BATCH_ACK_WAIT_MS: '1500', WEFT_SCHEDULER_EXPIRY_MS: '1000', WEFT_LOG_LEVEL: 'info' },
  });
  client = new OpenAI({ baseURL: `${fabric.gatewayUrl}/v1`, apiKey: acme.key, maxRetries: 0 });
  other = new OpenAI({ baseURL: `${fabric.gatewayUrl}/v1`, apiKey: globex.key, maxRetries: 0 });
});

after(() => fabric?.stop());

const chatLine = (id: string, body: Record<string, unknown> = {}) => JSON.stringify({
  custom_id: id, method: 'POST', url: '/v1/chat/completions',
  body: { model: MODEL, messages: [{ role: 'user', content: `line ${id}` }], max_tokens: 4, ...body },
});

async function upload(c: OpenAI, lines: string[], name = 'input.jsonl') {
  return c.files.create({ file: await toFile(Buffer.from(`${lines.join('\n')}\n`), name), purpose: 'batch' });
}

async function waitDone(c: OpenAI, id: string, timeoutMs = 30_000) {
  return until(`batch ${id} to finish`, async () => {
    const b = await c.batches.retrieve(id);
    return ['completed', 'failed', 'expired', 'cancelled'].includes(b.status) ? b : undefined;
  }, timeoutMs, 100);
}

type OutLine = { id: string; custom_id: string; response: { status_code: number; request_id: string; body: any } | null; error: { code: string; message: string } | null };

async function linesOf(c: OpenAI, fileId: string | null | undefined): Promise<OutLine[]> {
  if (!fileId) return [];
  const text = await (await c.files.content(fileId)).text();
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as OutLine);
}

/** Every custom_id of output and error files together, with how often each appears. */
function countIds(lines: OutLine[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of lines) m.set(l.custom_id, (m.get(l.custom_id) ?? 0) + 1);
  return m;
}

describe('Batch API with the openai client', () => {
  test('files.create → batches.create → retrieve until completed → files.content, joined on custom_id', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `req-${i}`);
    const file = await upload(client, ids.map((id) => chatLine(id)));
    assert.equal(file.object, 'file');
    assert.equal(file.purpose, 'batch');
    assert.ok(file.bytes > 0);
    assert.equal((await client.files.retrieve(file.id)).id, file.id);

    const batch = await client.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h', metadata: { job: 'nightly' } });
    assert.equal(batch.object, 'batch');
    assert.equal(batch.status, 'validating');
    assert.deepEqual(batch.metadata, { job: 'nightly' });
    const done = await waitDone(client, batch.id);
    assert.equal(done.status, 'completed', JSON.stringify(done));
    assert.deepEqual(done.request_counts, { total: 20, completed: 20, failed: 0 });
    assert.ok(done.in_progress_at && done.finalizing_at && done.completed_at);
    assert.ok((done as any).usage.output_tokens > 0);
    assert.equal(done.error_file_id, null);

    const out = await linesOf(client, done.output_file_id);
    const byId = new Map(out.map((l) => [l.custom_id, l]));
    assert.deepEqual([...byId.keys()].sort(), [...ids].sort());
    for (const l of out) {
      assert.equal(l.response!.status_code, 200);
      assert.equal(l.response!.body.object, 'chat.completion');
      assert.equal(l.response!.body.model, MODEL);
      assert.equal(typeof l.response!.body.choices[0].message.content, 'string');
      assert.equal(l.error, null);
    }
    const listed = [];
    for await (const b of client.batches.list({ limit: 2 })) listed.push(b.id);
    assert.ok(listed.includes(batch.id));
    const outFile = await client.files.retrieve(done.output_file_id!);
    assert.equal(outFile.purpose, 'batch_output');
    assert.equal((await client.files.delete(file.id)).deleted, true);
    await assert.rejects(client.files.retrieve(file.id), (e: any) => e.status === 404);
  });

  test('an embeddings batch: each line answered as /v1/embeddings would (float or base64 as the line asks), a bad body fails alone', async () => {
    const line = (id: string, body: Record<string, unknown>) => JSON.stringify({ custom_id: id, method: 'POST', url: '/v1/embeddings', body: { model: EMBED, ...body } });
    const file = await upload(client, [
      line('one', { input: 'hello world' }),
      line('many', { input: ['hello world', 'the sea at night'], encoding_format: 'base64' }),
      line('bad', { input: [] }),
    ]);
    const batch = await client.batches.create({ input_file_id: file.id, endpoint: '/v1/embeddings', completion_window: '24h' });
    const done = await waitDone(client, batch.id);
    assert.equal(done.status, 'completed', JSON.stringify(done));
    assert.deepEqual(done.request_counts, { total: 3, completed: 2, failed: 1 });
    const out = new Map((await linesOf(client, done.output_file_id)).map((l) => [l.custom_id, l.response!.body]));
    assert.equal(out.get('one').object, 'list');
    assert.equal(out.get('one').data[0].embedding.length, 128);
    assert.ok(out.get('one').usage.prompt_tokens > 0);
    const many = out.get('many').data;
    assert.deepEqual(many.map((d: { index: number }) => d.index), [0, 1]);
    const bytes = Buffer.from(many[0].embedding, 'base64');
    const decoded = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    const first = Float32Array.from(out.get('one').data[0].embedding as number[]);
    assert.ok(decoded.every((x, i) => Math.abs(x - first[i]!) < 1e-6), 'the same input, base64 and float, is the same vector');
    const errs = await linesOf(client, done.error_file_id);
    assert.deepEqual(errs.map((l) => [l.custom_id, l.response!.status_code]), [['bad', 400]]);
  });

  test('a /v1/responses batch: each line answered with the Response that endpoint returns, a streaming line fails alone', async () => {
    const line = (id: string, body: Record<string, unknown>) => JSON.stringify({ custom_id: id, method: 'POST', url: '/v1/responses', body: { model: MODEL, ...body } });
    const file = await upload(client, [
      line('plain', { input: 'Hello there', max_output_tokens: 8, temperature: 0 }),
      line('told', { input: [{ role: 'user', content: 'Hi' }], instructions: 'Be brief.', max_output_tokens: 4, metadata: { run: 'batch' } }),
      line('streamed', { input: 'Hi', stream: true }),
    ]);
    const batch = await client.batches.create({ input_file_id: file.id, endpoint: '/v1/responses', completion_window: '24h' });
    const done = await waitDone(client, batch.id);
    assert.equal(done.status, 'completed', JSON.stringify(done));
    assert.deepEqual(done.request_counts, { total: 3, completed: 2, failed: 1 });
    const out = new Map((await linesOf(client, done.output_file_id)).map((l) => [l.custom_id, l.response!.body]));
    for (const [id, cap] of [['plain', 8], ['told', 4]] as const) {
      const r = out.get(id);
      assert.equal(r.object, 'response');
      assert.match(r.id, /^resp_/);
      assert.equal(r.model, MODEL);
      assert.equal(r.output[0].type, 'message');
      assert.equal(r.output[0].content[0].type, 'output_text');
      assert.ok(r.output[0].content[0].text.length > 0);
      assert.ok(r.usage.output_tokens > 0 && r.usage.output_tokens <= cap, JSON.stringify(r.usage));
      assert.equal(r.usage.total_tokens, r.usage.input_tokens + r.usage.output_tokens);
      assert.equal(r.max_output_tokens, cap);
    }
    assert.equal(out.get('told').instructions, 'Be brief.');
    assert.deepEqual(out.get('told').metadata, { run: 'batch' });
    assert.deepEqual(done.usage && [done.usage.input_tokens > 0, done.usage.output_tokens > 0], [true, true]);
    const errs = await linesOf(client, done.error_file_id);
    assert.deepEqual(errs.map((l) => [l.custom_id, l.response!.status_code, (l.response!.body as { error: { param: string } }).error.param]), [['streamed', 400, 'stream']]);
  });

  test('structural problems fail the batch in validating, naming each bad line', async () => {
    const file = await upload(client, [
      chatLine('a'),
      '{not json',
      chatLine('a'),
      JSON.stringify({ custom_id: 'b', method: 'GET', url: '/v1/chat/completions', body: { model: MODEL, messages: [] } }),
      JSON.stringify({ custom_id: 'c', method: 'POST', url: '/v1/embeddings', body: { model: MODEL } }),
      chatLine('d', { model: 'another-model' }),
      JSON.stringify({ method: 'POST', url: '/v1/chat/completions', body: { model: MODEL } }),
    ]);
    const batch = await client.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' });
    const done = await waitDone(client, batch.id);
    assert.equal(done.status, 'failed');
    assert.ok(done.failed_at);
    const got = done.errors!.data!.map((e) => [e.line, e.code]);
    assert.deepEqual(got, [[2, 'invalid_json_line'], [3, 'duplicate_custom_id'], [4, 'invalid_method'], [5, 'invalid_url'], [6, 'mismatched_model'], [7, 'missing_required_parameter']]);
    assert.equal(done.output_file_id, null);

    const empty = await upload(client, []);
    const e = await waitDone(client, (await client.batches.create({ input_file_id: empty.id, endpoint: '/v1/chat/completions', completion_window: '24h' })).id);
    assert.equal(e.status, 'failed');
    assert.equal(e.errors!.data![0]!.code, 'empty_file');

    const unknown = await upload(client, [chatLine('x', { model: 'no-such-model' })]);
    const u = await waitDone(client, (await client.batches.create({ input_file_id: unknown.id, endpoint: '/v1/chat/completions', completion_window: '24h' })).id);
    assert.equal(u.errors!.data![0]!.code, 'model_not_found');
  });

  test('a line whose body is rejected fails alone, in the error file with its 400', async () => {
    const file = await upload(client, [chatLine('ok-1'), chatLine('bad-temp', { temperature: 5 }), chatLine('ok-2'), chatLine('bad-stream', { stream: true })]);
    const batch = await client.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' });
    const done = await waitDone(client, batch.id);
    assert.equal(done.status, 'completed');
    assert.deepEqual(done.request_counts, { total: 4, completed: 2, failed: 2 });
    const out = await linesOf(client, done.output_file_id);
    const errs = await linesOf(client, done.error_file_id);
    assert.deepEqual(out.map((l) => l.custom_id).sort(), ['ok-1', 'ok-2']);
    assert.deepEqual(errs.map((l) => l.custom_id).sort(), ['bad-stream', 'bad-temp']);
    for (const l of errs) {
      assert.equal(l.response!.status_code, 400);
      assert.equal(l.response!.body.error.type, 'invalid_request_error');
    }
    assert.equal(errs.find((l) => l.custom_id === 'bad-temp')!.response!.body.error.param, 'temperature');
  });

  test('bad requests get OpenAI errors and the gateway keeps serving', async () => {
    await assert.rejects(client.batches.create({ input_file_id: 'file-nope', endpoint: '/v1/chat/completions', completion_window: '24h' }), (e: any) => e.status === 404);
    const file = await upload(client, [chatLine('z')]);
    await assert.rejects(client.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '1h' as '24h' }), (e: any) => e.status === 400 && e.param === 'completion_window');
    await assert.rejects(client.batches.create({ input_file_id: file.id, endpoint: '/v1/completions', completion_window: '24h' }), (e: any) => e.status === 400 && e.param === 'endpoint');
    await assert.rejects(client.batches.retrieve('batch_nope'), (e: any) => e.status === 404);
    await assert.rejects(client.files.create({ file: await toFile(Buffer.from('x'), 'a.txt'), purpose: 'fine-tune' }), (e: any) => e.status === 400 && e.param === 'purpose');
    const raw = await fetch(`${fabric.gatewayUrl}/v1/files`, { method: 'POST', headers: { authorization: `Bearer ${acme.key}`, 'content-type': 'multipart/form-data; boundary=xyz' }, body: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a"\r\n\r\ntruncated' });
    assert.equal(raw.status, 400);
    assert.equal(((await raw.json()) as any).error.type, 'invalid_request_error');
    assert.equal((await fetch(`${fabric.gatewayUrl}/healthz`)).status, 200);
  });

  test('another tenant sees neither the files nor the batches', async () => {
    const file = await upload(client, [chatLine('t')]);
    const batch = await client.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' });
    await assert.rejects(other.files.retrieve(file.id), (e: any) => e.status === 404);
    await assert.rejects(other.files.content(file.id), (e: any) => e.status === 404);
    await assert.rejects(other.batches.retrieve(batch.id), (e: any) => e.status === 404);
    await assert.rejects(other.batches.cancel(batch.id), (e: any) => e.status === 404);
    await assert.rejects(other.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' }), (e: any) => e.status === 404);
    const theirs = [];
    for await (const b of other.batches.list()) theirs.push(b.id);
    assert.ok(!theirs.includes(batch.id));
    const files = [];
    for await (const f of other.files.list()) files.push(f.id);
    assert.ok(!files.includes(file.id));
    await waitDone(client, batch.id);
  });

  test('cancel stops the batch within seconds: partial output, the rest batch_cancelled, each custom_id once', async () => {
    const ids = Array.from({ length: 400 }, (_, i) => `c-${i}`);
    const file = await upload(client, ids.map((id) => chatLine(id, { max_tokens: 200 })));
    const batch = await client.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' });
    await until('some lines done', async () => ((await client.batches.retrieve(batch.id)).request_counts?.completed ?? 0) > 0, 20_000, 50);
    const cancelling = await client.batches.cancel(batch.id);
    assert.equal(cancelling.status, 'cancelling');
    const t0 = Date.now();
    const done = await waitDone(client, batch.id, 15_000);
    assert.equal(done.status, 'cancelled');
    assert.ok(Date.now() - t0 < 10_000);
    const all = [...await linesOf(client, done.output_file_id), ...await linesOf(client, done.error_file_id)];
    const counts = countIds(all);
    assert.equal(counts.size, ids.length);
    for (const [id, n] of counts) assert.equal(n, 1, `${id} appears ${n} times`);
    assert.ok(all.some((l) => l.error?.code === 'batch_cancelled'));
    assert.equal(done.request_counts!.completed + done.request_counts!.failed, ids.length);
    assert.ok(done.request_counts!.completed < ids.length);
  });

  test('a batch past its completion window expires with what finished delivered', async () => {
    // A second gateway of the same fabric, whose batches have a 2 s window.
    const short = new WeftProcess('gateway-short', MAIN.gateway, { ...fabric.env, PORT: '0', WEFT_GATEWAY_ID: 'gw-short', WEFT_BATCH_WINDOW_MS: '2000' });
    try {
      const url = (await short.waitFor('gateway listening')).url as string;
      const c = new OpenAI({ baseURL: `${url}/v1`, apiKey: acme.key, maxRetries: 0 });
      const ids = Array.from({ length: 300 }, (_, i) => `e-${i}`);
      const file = await upload(c, ids.map((id) => chatLine(id, { max_tokens: 300 })));
      const batch = await c.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' });
      const done = await waitDone(c, batch.id, 20_000);
      assert.equal(done.status, 'expired');
      assert.ok(done.expired_at);
      const all = [...await linesOf(c, done.output_file_id), ...await linesOf(c, done.error_file_id)];
      const counts = countIds(all);
      assert.equal(counts.size, ids.length);
      for (const [id, n] of counts) assert.equal(n, 1, `${id} appears ${n} times`);
      assert.ok(all.some((l) => l.error?.code === 'batch_expired'));
      // A line the window cut short is batch_expired, not a 504 of its own.
      for (const l of all) assert.ok(l.response?.status_code === 200 || l.error?.code === 'batch_expired', JSON.stringify(l));
    } finally {
      await short.kill();
    }
  });

  test('weft batch submit --wait uploads, follows and downloads the results', async () => {
    const input = join(fabric.dir, 'cli.jsonl');
    writeFileSync(input, `${['x1', 'x2', 'x3'].map((id) => chatLine(id)).join('\n')}\n`);
    const cli = join(import.meta.dirname, '../../deploy/cli/weft.ts');
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, 'batch', 'submit', input, '--wait', '--url', `${fabric.gatewayUrl}/v1`, '--key', acme.key], { env: fabric.env });
    assert.match(stdout, /^batch_[0-9a-f]+\tvalidating/);
    assert.match(stderr, /3\/3 completed/);
    const out = readFileSync(join(fabric.dir, 'cli.output.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as OutLine);
    assert.deepEqual(out.map((l) => l.custom_id).sort(), ['x1', 'x2', 'x3']);
    // The endpoint is the one the lines name: an embeddings file makes an embeddings batch.
    const embeds = join(fabric.dir, 'cli-embed.jsonl');
    writeFileSync(embeds, `${JSON.stringify({ custom_id: 'e1', method: 'POST', url: '/v1/embeddings', body: { model: EMBED, input: 'hello' } })}\n`);
    const second = await promisify(execFile)(process.execPath, [cli, 'batch', 'submit', embeds, '--wait', '--url', `${fabric.gatewayUrl}/v1`, '--key', acme.key], { env: fabric.env });
    assert.match(second.stderr, /1\/1 completed/);
    const [line] = readFileSync(join(fabric.dir, 'cli-embed.output.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as OutLine);
    assert.equal((line!.response!.body as { object: string }).object, 'list');
  });

  test('a batch and interactive streams at once: realtime requests are not queued behind batch lines, and the batch keeps progressing', async () => {
    /** One realtime streaming request: ms from sending it to its first content chunk. */
    const ttft = async (i: number) => {
      const t0 = performance.now();
      const r = await fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${acme.key}`, 'content-type': 'application/json', 'x-weft-priority': 'realtime' },
        body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: `interactive ${i}` }], max_tokens: 4, stream: true }),
      });
      assert.equal(r.status, 200);
      let first: number | undefined;
      const dec = new TextDecoder();
      for await (const chunk of r.body! as unknown as AsyncIterable<Uint8Array>) if (first === undefined && /"content":"[^"]/.test(dec.decode(chunk))) first = performance.now() - t0;
      assert.ok(first !== undefined, 'no content streamed');
      return first;
    };
    const done = async (id: string) => {
      const c = (await client.batches.retrieve(id)).request_counts!;
      return c.completed + c.failed;
    };
    const batchQueued = async () => (await fabric.clusterView(ops.key)).schedulers.reduce((n, s) => n + queuedOf(s, MODEL, 'batch'), 0);
    const idle: number[] = [];
    for (let i = 0; i < 8; i++) idle.push(await ttft(i));
    idle.sort((a, b) => a - b);
    const idleP50 = idle[4]!;

    // Lines of 200 ms (400 tokens at 2,000 tokens/s) on 15 batch slots (one
    // of 16 is reserved), far fewer than the lines the schedulers hold: the
    // rest queue behind them, and finish at about 75 a second.
    const ids = Array.from({ length: 400 }, (_, i) => `m-${i}`);
    const file = await upload(client, ids.map((id) => chatLine(id, { max_tokens: 400 })));
    const batch = await client.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' });
    await until('batch lines running, and more queued at the schedulers', async () => (await done(batch.id)) > 0 && (await batchQueued()) >= 40, 30_000, 20);

    const progress: number[] = [];
    for (let i = 0; i < 8; i++) {
      const queuedAhead = await batchQueued();
      const before = await done(batch.id);
      const t = await ttft(100 + i);
      const after = await done(batch.id);
      progress.push(after);
      // Had it waited its turn behind the batch lines queued when it was
      // sent, at least that many lines (less the 15 running) would have
      // finished before it started; it started while nearly all still waited.
      assert.ok(after - before < Math.max(20, queuedAhead / 2), `realtime request ${i} started after ${after - before} batch lines finished (${queuedAhead} were queued when it was sent)`);
      // Generous, so a busy 2-core machine does not make it flaky: waiting
      // behind the queued lines would cost seconds, not this.
      assert.ok(t < idleP50 * 4 + 250, `realtime TTFT ${t.toFixed(1)} ms with the batch running, ${idleP50.toFixed(1)} ms idle (p50)`);
    }
    const end = await waitDone(client, batch.id, 60_000);
    assert.equal(end.status, 'completed');
    assert.deepEqual(end.request_counts, { total: 400, completed: 400, failed: 0 });
    assert.ok(progress[progress.length - 1]! > progress[0]!, `the batch progressed while realtime requests ran: ${progress.join(', ')}`);
  });

  test('a scheduler SIGKILLed mid-batch (of two): the 1,000-line batch completes, each custom_id exactly once', async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `k-${i}`);
    const file = await upload(client, ids.map((id) => chatLine(id, { max_tokens: 8 })));
    const batch = await client.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' });
    const victim = fabric.schedulers[0]!;
    // Killed while it holds lines: they must come back through redelivery.
    await until('the batch under way, with lines running on the victim', async () => {
      if (((await client.batches.retrieve(batch.id)).request_counts?.completed ?? 0) < 100) return false;
      return ((await fabric.clusterView(ops.key)).schedulers.find((s) => s.id === victim.name)?.running ?? 0) > 0;
    }, 30_000, 20);
    victim.proc.kill('SIGKILL');
    await victim.exited;
    const done = await waitDone(client, batch.id, 60_000);
    assert.equal(done.status, 'completed', JSON.stringify(done));
    assert.deepEqual(done.request_counts, { total: 1000, completed: 1000, failed: 0 });
    const out = await linesOf(client, done.output_file_id);
    const counts = countIds([...out, ...await linesOf(client, done.error_file_id)]);
    assert.equal(counts.size, 1000);
    for (const [id, n] of counts) assert.equal(n, 1, `${id} appears ${n} times`);
    assert.ok(out.every((l) => l.response?.status_code === 200));
  });
});
