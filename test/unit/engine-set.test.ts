// The EngineSet routes loads by engine name and checks them against the
// engine's capabilities (device kind, format); requests against its tasks.
// The registry builds one engine per registered factory.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINE, ErrorCode, Task, WeftError } from '../../proto/index.ts';
import type { Engine, EngineEvent } from '../../executors/engine.ts';
import { EngineSet } from '../../executors/engine-set.ts';
import { createEngines, ENGINE_FACTORIES } from '../../executors/engines/registry.ts';
import { SyntheticEngine } from '../../executors/engines/synthetic/index.ts';
import type { ExecutorOptions } from '../../executors/options.ts';
import { EchoEmbedEngine, echoVector, ECHO_EMBED_ENGINE } from '../support/engines/echo-embed/index.ts';

const isCode = (code: ErrorCode, message?: RegExp) => (e: unknown) =>
  WeftError.is(e) && e.code === code && (message === undefined || message.test(e.message));

async function collect(events: AsyncIterable<EngineEvent>): Promise<EngineEvent[]> {
  const out: EngineEvent[] = [];
  for await (const ev of events) out.push(ev);
  return out;
}

const never = () => new AbortController().signal;
const chat = { messages: [{ role: 'user', content: 'hi' }], sampling: { maxTokens: 2 } };

describe('EngineSet', () => {
  test('reports its engines, the union of their tasks, and each engine\'s tasks', () => {
    const set = new EngineSet([new SyntheticEngine(), new EchoEmbedEngine()]);
    assert.deepEqual(set.names(), [ENGINE.synthetic, ECHO_EMBED_ENGINE]);
    assert.deepEqual(set.tasks(), [Task.TASK_CHAT, Task.TASK_EMBED]);
    assert.equal(set.describeTasks(), 'chat, embed');
    assert.deepEqual(set.tasksOf(ECHO_EMBED_ENGINE), [Task.TASK_EMBED]);
    assert.deepEqual(set.tasksOf('nope'), []);
    assert.throws(() => new EngineSet([new SyntheticEngine(), new SyntheticEngine()]), /share a name/);
  });

  test('routes a load by engine name; an engine it lacks is INVALID_REQUEST', async () => {
    const set = new EngineSet([new SyntheticEngine(), new EchoEmbedEngine()]);
    const m = await set.load({ name: 'e', engine: ECHO_EMBED_ENGINE, path: 'echo-embed:?dims=4', contextSize: 16, slots: 1 });
    assert.equal(m.engine, ECHO_EMBED_ENGINE);
    assert.deepEqual(m.tasks, [Task.TASK_EMBED]);
    assert.equal(set.engineOf('e'), ECHO_EMBED_ENGINE);
    await assert.rejects(set.load({ name: 'x', engine: ENGINE.onnxruntime, path: 'a.onnx', contextSize: 16, slots: 1 }),
      isCode(ErrorCode.ERROR_CODE_INVALID_REQUEST, /onnxruntime.*not available/));
    // No engine named: the default (llama.cpp), absent here.
    await assert.rejects(set.load({ name: 'x', path: 'a.gguf', contextSize: 16, slots: 1 }), isCode(ErrorCode.ERROR_CODE_INVALID_REQUEST, /llama\.cpp/));
    await set.dispose();
  });

  test('a device kind or a format the engine does not run is UNSUPPORTED, before the engine sees it', async () => {
    const echo = new EchoEmbedEngine();
    const set = new EngineSet([new SyntheticEngine(), echo]);
    const spec = { name: 'e', engine: ECHO_EMBED_ENGINE, path: 'echo-embed:', contextSize: 16, slots: 1 };
    await assert.rejects(set.load({ ...spec, device: { kind: 'nvidia', index: 1, simulated: true } }),
      isCode(ErrorCode.ERROR_CODE_UNSUPPORTED, /cannot run model 'e' on nvidia:1 \(it runs on: cpu\)/));
    await assert.rejects(set.load({ ...spec, format: 'gguf' }), isCode(ErrorCode.ERROR_CODE_UNSUPPORTED, /format gguf \(it reads: synthetic\)/));
    assert.deepEqual(echo.models(), []);
    // The synthetic engine runs on any device, declared GPUs included.
    const m = await set.load({ name: 's', engine: ENGINE.synthetic, path: 'synthetic:', contextSize: 100, slots: 1, device: { kind: 'ascend', index: 2, simulated: true } });
    assert.equal(m.deviceIndex, 2);
    await set.dispose();
  });

  test('generate checks the body\'s task against the model\'s engine', async () => {
    const set = new EngineSet([new SyntheticEngine(), new EchoEmbedEngine()]);
    await set.load({ name: 's', engine: ENGINE.synthetic, path: 'synthetic:?tps=1000&ttft=0', contextSize: 100, slots: 1 });
    await set.load({ name: 'e', engine: ECHO_EMBED_ENGINE, path: 'echo-embed:?dims=4', contextSize: 16, slots: 1 });
    assert.throws(() => set.generate({ requestId: 'r', model: 's', body: { task: 'embed', embed: { inputs: ['x'] } } }, never()),
      isCode(ErrorCode.ERROR_CODE_UNSUPPORTED, /'s' cannot run embed requests: it runs chat \(engine synthetic\)/));
    assert.throws(() => set.generate({ requestId: 'r', model: 'e', body: { task: 'chat', chat } }, never()),
      isCode(ErrorCode.ERROR_CODE_UNSUPPORTED, /'e' cannot run chat requests: it runs embed/));
    assert.throws(() => set.generate({ requestId: 'r', model: 'nope', body: { task: 'chat', chat } }, never()),
      isCode(ErrorCode.ERROR_CODE_MODEL_NOT_FOUND));

    const text = await collect(set.generate({ requestId: 'r', model: 's', body: { task: 'chat', chat } }, never()));
    assert.deepEqual(text.map((e) => e.type), ['delta', 'delta', 'finish']);
    const emb = await collect(set.generate({ requestId: 'r', model: 'e', body: { task: 'embed', embed: { inputs: ['a', 'b'], dimensions: 2 } } }, never()));
    assert.deepEqual(emb[0], { type: 'embeddings', items: [{ index: 0, vector: echoVector('a', 2) }, { index: 1, vector: echoVector('b', 2) }] });
    assert.equal(emb[1]!.type, 'finish');
    assert.equal(set.tokensGenerated(), 2);
    await set.dispose();
  });
});

describe('engine registry', () => {
  const opts = { threads: 1, syntheticSpeed: 2 } as ExecutorOptions;

  test('registers the fabric\'s engines by ENGINE name', () => {
    assert.deepEqual(Object.keys(ENGINE_FACTORIES).sort(), [ENGINE.llamacpp, ENGINE.synthetic, ENGINE.onnxruntime, ENGINE.pocketsphinx, ENGINE.espeakNg].sort());
  });

  test('builds one engine per factory, with the executor\'s options', async () => {
    const engines = await createEngines(opts, { [ENGINE.synthetic]: ENGINE_FACTORIES[ENGINE.synthetic] });
    assert.equal(engines.length, 1);
    const syn = engines[0] as SyntheticEngine;
    await syn.load({ name: 's', path: 'synthetic:?tps=100', contextSize: 10, slots: 1 });
    assert.equal(syn.config('s')!.tokensPerSecond, 200, 'syntheticSpeed applied');
    await syn.dispose();
  });

  test('a factory building an engine of another name fails, and what was built is disposed', async () => {
    let disposed = 0;
    const counted = (): Engine => {
      const e = new SyntheticEngine();
      const dispose = e.dispose.bind(e);
      e.dispose = async () => {
        disposed++;
        await dispose();
      };
      return e;
    };
    await assert.rejects(createEngines(opts, { [ENGINE.synthetic]: counted, other: () => new EchoEmbedEngine() }), /registered as 'other' built engine 'echo-embed'/);
    assert.equal(disposed, 1);
  });
});
