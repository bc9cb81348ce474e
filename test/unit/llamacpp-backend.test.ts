// Which node-llama-cpp build runs a llama.cpp model, from its device: the CPU
// build for the CPU and for declared (simulated) devices; the CUDA build,
// pinned to the GPU's index, for a detected NVIDIA GPU; a clear UNSUPPORTED
// load failure when that build does not load or has no CUDA. getLlama is
// faked: no GPU is needed (nor claimed) here.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Llama, LlamaOptions } from 'node-llama-cpp';
import { ErrorCode, WeftError } from '../../proto/index.ts';
import { LlamaBackends } from '../../executors/engines/llamacpp/backend.ts';

function fakeLlama(gpu: Llama['gpu']): Llama & { disposed: boolean } {
  const l = { gpu, disposed: false, async dispose() { l.disposed = true; } };
  return l as unknown as Llama & { disposed: boolean };
}

/** A getLlama that records its calls; `cuda` decides what a CUDA request gets. */
function fakeGetLlama(cuda: (opts: LlamaOptions) => Llama) {
  const calls: LlamaOptions[] = [];
  const getLlama = async (opts: LlamaOptions) => {
    calls.push(opts);
    return opts.gpu === false ? fakeLlama(false) : cuda(opts);
  };
  return { calls, getLlama };
}

const unsupported = (message: RegExp) => (e: unknown) =>
  WeftError.is(e) && e.code === ErrorCode.ERROR_CODE_UNSUPPORTED && message.test(e.message);

describe('llama.cpp backends by device', () => {
  test('the CPU build is loaded at start, offline; CPU and declared devices run on it', async () => {
    const { calls, getLlama } = fakeGetLlama(() => assert.fail('no CUDA for these'));
    const env: NodeJS.ProcessEnv = {};
    const b = await LlamaBackends.create({ threads: 3, getLlama, env });
    assert.deepEqual(calls.map((c) => [c.gpu, c.build, c.maxThreads]), [[false, 'never', 3]]);
    const cpu = await b.forDevice({ kind: 'cpu', index: 0, simulated: false });
    assert.equal(await b.forDevice({ kind: 'nvidia', index: 3, simulated: true }), cpu);
    assert.equal(await b.forDevice({ kind: 'ascend', index: 0, simulated: true }), cpu);
    assert.equal(b.isGpu(cpu), false);
    assert.equal(calls.length, 1);
    assert.deepEqual(env, {}, 'no GPU pinned');
  });

  test('a detected NVIDIA GPU asks for the CUDA build once, pinned to its index', async () => {
    const cudaLlama = fakeLlama('cuda');
    const { calls, getLlama } = fakeGetLlama(() => cudaLlama);
    const env: NodeJS.ProcessEnv = {};
    const b = await LlamaBackends.create({ threads: 1, getLlama, env });
    const l = await b.forDevice({ kind: 'nvidia', index: 2, simulated: false });
    assert.equal(l, cudaLlama);
    assert.equal(b.isGpu(l), true);
    assert.equal(await b.forDevice({ kind: 'nvidia', index: 2, simulated: false }), cudaLlama);
    assert.deepEqual(calls.map((c) => [c.gpu, c.build]), [[false, 'never'], ['cuda', 'never']]);
    assert.equal(env.CUDA_VISIBLE_DEVICES, '2');
    assert.equal(env.CUDA_DEVICE_ORDER, 'PCI_BUS_ID');
    await assert.rejects(b.forDevice({ kind: 'nvidia', index: 0, simulated: false }), unsupported(/nvidia:0.*pinned to nvidia:2/));
    await b.dispose();
    assert.equal(cudaLlama.disposed, true);
  });

  test('no CUDA build fails the load clearly, naming the device; the next load tries again', async () => {
    let fail = true;
    const { calls, getLlama } = fakeGetLlama(() => {
      if (fail) throw new Error('NoBinaryFoundError');
      return fakeLlama('cuda');
    });
    const b = await LlamaBackends.create({ threads: 1, getLlama, env: {} });
    await assert.rejects(b.forDevice({ kind: 'nvidia', index: 0, simulated: false }), unsupported(/nvidia:0.*CUDA build does not load.*NoBinaryFoundError/));
    fail = false;
    assert.equal((await b.forDevice({ kind: 'nvidia', index: 0, simulated: false })).gpu, 'cuda');
    assert.equal(calls.filter((c) => c.gpu === 'cuda').length, 2);
  });

  test('probe: undefined when the CUDA build loads (kept for the loads to come), else the reason; the CPU needs no probe', async () => {
    const cudaLlama = fakeLlama('cuda');
    const ok = fakeGetLlama(() => cudaLlama);
    const b = await LlamaBackends.create({ threads: 1, getLlama: ok.getLlama, env: {} });
    assert.equal(await b.probe({ kind: 'nvidia', index: 0, simulated: false }), undefined);
    assert.equal(await b.forDevice({ kind: 'nvidia', index: 0, simulated: false }), cudaLlama);
    assert.equal(ok.calls.filter((c) => c.gpu === 'cuda').length, 1, 'loaded once, by the probe');
    assert.equal(await b.probe({ kind: 'cpu', index: 0, simulated: false }), undefined);

    const no = fakeGetLlama(() => { throw new Error('libcudart.so.13: cannot open shared object file'); });
    const c = await LlamaBackends.create({ threads: 1, getLlama: no.getLlama, env: {} });
    assert.match((await c.probe({ kind: 'nvidia', index: 0, simulated: false }))!, /CUDA build does not load.*libcudart/);
    assert.match((await c.probe({ kind: 'ascend', index: 0, simulated: false }))!, /no ascend backend/);
  });

  test('a build without CUDA is refused and disposed, never used as a silent CPU fallback', async () => {
    const cpuInstead = fakeLlama(false);
    const { getLlama } = fakeGetLlama(() => cpuInstead);
    const b = await LlamaBackends.create({ threads: 1, getLlama, env: {} });
    await assert.rejects(b.forDevice({ kind: 'nvidia', index: 0, simulated: false }), unsupported(/without CUDA/));
    assert.equal(cpuInstead.disposed, true);
  });

  test('an operator\'s CUDA_VISIBLE_DEVICES for another GPU, and a detected Ascend NPU, are UNSUPPORTED', async () => {
    const { getLlama } = fakeGetLlama(() => fakeLlama('cuda'));
    const b = await LlamaBackends.create({ threads: 1, getLlama, env: { CUDA_VISIBLE_DEVICES: '1' } });
    await assert.rejects(b.forDevice({ kind: 'nvidia', index: 0, simulated: false }), unsupported(/CUDA_VISIBLE_DEVICES is set to '1'/));
    assert.equal((await b.forDevice({ kind: 'nvidia', index: 1, simulated: false })).gpu, 'cuda');
    await assert.rejects(b.forDevice({ kind: 'ascend', index: 0, simulated: false }), unsupported(/ascend:0.*no ascend backend/));
  });
});
