// Engine contract v1 over a real socket: the executor's gRPC service with an
// EngineSet of two engines of different tasks, the synthetic (chat) engine
// and the test-only echo-embed engine (test/support/engines/echo-embed).
// Each body goes to the model that can run it; every other combination, a
// newer contract and a request without a body are refused with UNSUPPORTED
// (gRPC UNIMPLEMENTED plus the exact code in the trailers); health reports
// SERVING.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { credentials, status } from '@grpc/grpc-js';
import {
  CONTRACT_VERSION, DeviceKind, DeviceSource, ENGINE, ErrorCode, FinishReason, Task,
  type IDevice, type IExecutorInfo,
} from '../../proto/index.ts';
import { ExecutorClient } from '../../proto/grpc.ts';
import { EngineSet } from '../../executors/engine-set.ts';
import { SyntheticEngine } from '../../executors/engines/synthetic/index.ts';
import { startExecutorGrpcServer, type ExecutorGrpcServer } from '../../executors/grpc-server.ts';
import { createExecutorService } from '../../executors/service.ts';
import { createLogger } from '../../observability/logger.ts';
import { EchoEmbedEngine, echoVector, ECHO_EMBED_ENGINE } from '../support/engines/echo-embed/index.ts';
import { checkHealth, errorCodeOf, generateAll, healthClient, loadModel, type HealthClient } from '../support/executor-rpc.ts';

const DEVICES: IDevice[] = [
  { kind: DeviceKind.DEVICE_KIND_CPU, index: 0, name: 'cpu', source: DeviceSource.DEVICE_SOURCE_DETECTED },
  { kind: DeviceKind.DEVICE_KIND_NVIDIA, index: 0, name: 'declared gpu', source: DeviceSource.DEVICE_SOURCE_DECLARED },
];

describe('engine contract v1 over gRPC', () => {
  let engine: EngineSet;
  let grpc: ExecutorGrpcServer;
  let client: ExecutorClient;
  let health: HealthClient;

  before(async () => {
    engine = new EngineSet([new SyntheticEngine(), new EchoEmbedEngine()]);
    const info = (): IExecutorInfo => ({
      executorId: 'contract', devices: DEVICES, engines: engine.names(), contractVersion: CONTRACT_VERSION,
      tasks: engine.tasks(), models: engine.models(),
    });
    const runtime = createExecutorService({
      engine, info, log: createLogger('test', { write: () => {} }),
      defaults: { contextSize: 4096, slots: 2 }, deviceLabel: 'cpu:0', coalesceMs: 0,
    });
    grpc = await startExecutorGrpcServer(runtime.implementation, '127.0.0.1', 0);
    grpc.setServing(true);
    client = new ExecutorClient(`127.0.0.1:${grpc.port}`, credentials.createInsecure());
    health = healthClient(`127.0.0.1:${grpc.port}`);
    const echo = await loadModel(client, { name: 'echo', engine: ECHO_EMBED_ENGINE, path: 'echo-embed:?dims=8' });
    assert.deepEqual(echo.tasks, [Task.TASK_EMBED]);
    const syn = await loadModel(client, { name: 'syn', engine: ENGINE.synthetic, path: 'synthetic:?tps=1000&ttft=0' });
    assert.deepEqual(syn.tasks, [Task.TASK_CHAT]);
  });

  after(async () => {
    client?.close();
    health?.close();
    await grpc?.close(1_000);
    await engine?.dispose();
  });

  test('Describe reports the contract version and the union of the engines\' tasks', async () => {
    const info = await new Promise<IExecutorInfo>((resolve, reject) => client.Describe({}, (e, v) => (e ? reject(e) : resolve(v!))));
    assert.equal(info.contractVersion, CONTRACT_VERSION);
    assert.deepEqual(info.tasks, [Task.TASK_CHAT, Task.TASK_EMBED]);
    assert.deepEqual([...info.engines!].sort(), [ECHO_EMBED_ENGINE, ENGINE.synthetic].sort());
  });

  test('an embed body on the echo model: one embeddings chunk, a vector per input, and a final', async () => {
    const inputs = ['hello', 'wörld', ''];
    const { chunks, error } = await generateAll(client, {
      requestId: 'e1', model: 'echo', contractVersion: CONTRACT_VERSION, embed: { inputs },
    });
    assert.equal(error, undefined);
    const withEmbeddings = chunks.filter((c) => c.output === 'embeddings');
    assert.equal(withEmbeddings.length, 1, 'one embeddings chunk');
    const items = withEmbeddings[0]!.embeddings!.items!;
    assert.deepEqual(items.map((i) => i.index), [0, 1, 2]);
    for (const item of items) {
      const want = echoVector(inputs[item.index!]!, 8);
      assert.equal(item.vector!.length, 8);
      // The wire carries float32.
      item.vector!.forEach((x, k) => assert.equal(x, Math.fround(want[k]!)));
    }
    assert.ok(chunks.every((c) => c.output !== 'delta'), 'no text');
    const last = chunks.at(-1)!;
    assert.equal(last.final?.finishReason, FinishReason.FINISH_REASON_STOP);
    assert.equal(chunks.filter((c) => c.final).length, 1, 'exactly one final');
  });

  test('the vectors are unit length and differ by text', () => {
    const a = echoVector('a', 16);
    const b = echoVector('b', 16);
    assert.ok(Math.abs(Math.hypot(...a) - 1) < 1e-12);
    assert.deepEqual(echoVector('a', 16), a, 'deterministic');
    assert.notDeepEqual(a, b);
  });

  test('a chat body on the synthetic model streams text and a final', async () => {
    const { chunks, error } = await generateAll(client, {
      requestId: 'c1', model: 'syn', contractVersion: CONTRACT_VERSION,
      chat: { messages: [{ role: 'user', content: 'hi' }], sampling: { maxTokens: 3 } },
    });
    assert.equal(error, undefined);
    assert.ok(chunks.some((c) => c.output === 'delta' && c.delta!.text !== ''));
    assert.equal(chunks.at(-1)!.final?.usage?.completionTokens, 3);
  });

  const refused = async (req: Parameters<typeof generateAll>[1], mentions: RegExp[]) => {
    const { chunks, error } = await generateAll(client, req);
    assert.ok(error, 'the call fails');
    assert.equal(error.code, status.UNIMPLEMENTED);
    assert.equal(errorCodeOf(error), ErrorCode.ERROR_CODE_UNSUPPORTED);
    assert.equal(chunks.length, 0, 'nothing was streamed');
    for (const m of mentions) assert.match(error.details, m);
  };

  test('a chat body on the echo model is UNSUPPORTED, naming the model, the task and what it runs', async () => {
    await refused(
      { requestId: 'u1', model: 'echo', contractVersion: CONTRACT_VERSION, chat: { messages: [{ role: 'user', content: 'hi' }] } },
      [/'echo'/, /\bchat\b/, /runs embed/],
    );
  });

  test('an embed body on the synthetic model is UNSUPPORTED', async () => {
    await refused({ requestId: 'u2', model: 'syn', contractVersion: CONTRACT_VERSION, embed: { inputs: ['x'] } }, [/'syn'/, /\bembed\b/, /runs chat/]);
  });

  test('a newer contract version is refused, naming what this executor runs', async () => {
    await refused(
      { requestId: 'u3', model: 'syn', contractVersion: CONTRACT_VERSION + 1, chat: { messages: [{ role: 'user', content: 'hi' }] } },
      [/contract version/, /chat, embed/],
    );
  });

  test('a request without a body is refused, naming what this executor runs', async () => {
    await refused({ requestId: 'u4', model: 'syn', contractVersion: CONTRACT_VERSION }, [/no body/, /chat, embed/]);
  });

  test('LoadModel honours the device: one the executor lacks is refused, one the engine cannot run on is UNSUPPORTED', async () => {
    await assert.rejects(
      loadModel(client, { name: 'x', engine: ENGINE.synthetic, path: 'synthetic:', deviceKind: DeviceKind.DEVICE_KIND_ASCEND, deviceIndex: 0 }),
      (e: { code: number }) => e.code === status.INVALID_ARGUMENT,
    );
    await assert.rejects(
      loadModel(client, { name: 'x', engine: ECHO_EMBED_ENGINE, path: 'echo-embed:', deviceKind: DeviceKind.DEVICE_KIND_NVIDIA, deviceIndex: 0 }),
      (e: { code: number; details: string }) => e.code === status.UNIMPLEMENTED && /nvidia:0/.test(e.details),
    );
    // The synthetic engine runs anywhere: on the declared GPU too.
    const m = await loadModel(client, { name: 'syn-gpu', engine: ENGINE.synthetic, path: 'synthetic:', deviceKind: DeviceKind.DEVICE_KIND_NVIDIA, deviceIndex: 0 });
    assert.equal(m.deviceKind, DeviceKind.DEVICE_KIND_NVIDIA);
  });

  test('health reports SERVING', async () => {
    assert.equal(await checkHealth(health, ''), 'SERVING');
    assert.equal(await checkHealth(health, 'weft.v1.Executor'), 'SERVING');
  });
});
