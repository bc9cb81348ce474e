// discoverDevices: the detected CPU is always listed; WEFT_DEVICES replaces
// accelerator probing; otherwise nvidia-smi and npu-smi are probed (here via
// an injected run fed with recorded outputs). Every device gets its engines,
// and an executor without CUDA/CANN does not claim them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DeviceKind, DeviceSource, type IDevice } from '../../proto/index.ts';
import { discoverDevices, enginesFor } from '../../executors/devices/index.ts';
import { LLAMACPP_WEIGHT_TYPES } from '../../executors/devices/engines.ts';
import type { FsLike } from '../../executors/devices/ascend.ts';
import { NVIDIA_QUERY_COLUMNS, type Run } from '../../executors/devices/nvidia.ts';

const read = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');
const MIB = 1024 * 1024;

const CPU: IDevice = {
  kind: DeviceKind.DEVICE_KIND_CPU, source: DeviceSource.DEVICE_SOURCE_DETECTED, index: 0,
  name: 'Test CPU', cores: 4, memoryTotalBytes: 16 * 1024 * MIB, memoryFreeBytes: 8 * 1024 * MIB, simd: 'avx2',
};
const cpu = () => ({ ...CPU });
const noFs: FsLike = { readFile: () => { throw new Error('ENOENT'); }, readdir: () => { throw new Error('ENOENT'); } };

/** The recorded H200 row in the column order detectNvidia queries. */
function h200Csv(): string {
  const recorded = ['index', 'name', 'memory.total', 'memory.free', 'memory.used', 'compute_cap', 'uuid', 'driver_version', 'pci.bus_id'];
  const fields = read('nvidia/h200-nvidia-smi-query-noheader-nounits.csv').trim().split(',').map((f) => f.trim());
  return NVIDIA_QUERY_COLUMNS.map((c) => fields[recorded.indexOf(c)]).join(', ') + '\n';
}

/** A fake machine: which tools exist and what they print. Records what was run. */
function machine(tools: Partial<Record<'nvidia-smi' | 'npu-smi', string | 'hang'>>): Run & { calls: string[] } {
  const calls: string[] = [];
  const run: Run = async (file) => {
    calls.push(file);
    const out = tools[file as keyof typeof tools];
    if (out === undefined) throw Object.assign(new Error(`spawn ${file} ENOENT`), { code: 'ENOENT' });
    if (out === 'hang') return new Promise<never>(() => {});
    return { stdout: out };
  };
  return Object.assign(run, { calls });
}

const summary = (ds: IDevice[]) => ds.map((d) => [DeviceKind[d.kind!], DeviceSource[d.source!], d.index, d.name]);
const backends = (d: IDevice) => (d.engines ?? []).map((e) => `${e.engine}/${e.backend}${e.simulated ? ' (simulated)' : ''}`);

describe('discoverDevices with WEFT_DEVICES', () => {
  const WEFT_DEVICES = JSON.stringify([
    { kind: 'nvidia', name: 'NVIDIA H100 80GB HBM3', memoryGiB: 80, count: 2, computeCapability: '9.0' },
    { kind: 'ascend', name: 'Ascend 910B3', memoryGiB: 64 },
    { kind: 'cpu', cores: 8, memoryGiB: 32 },
  ]);

  test('declared inventory replaces probing; the detected CPU is still listed first', async () => {
    const run = machine({ 'nvidia-smi': h200Csv(), 'npu-smi': read('ascend/910b3-x8-ms-swift-docs.txt') });
    const { devices, notes } = await discoverDevices({ env: { WEFT_DEVICES }, run, cpu });
    assert.deepEqual(run.calls, [], 'nvidia-smi / npu-smi must not run');
    assert.deepEqual(summary(devices), [
      ['DEVICE_KIND_CPU', 'DEVICE_SOURCE_DETECTED', 0, 'Test CPU'],
      ['DEVICE_KIND_NVIDIA', 'DEVICE_SOURCE_DECLARED', 0, 'NVIDIA H100 80GB HBM3'],
      ['DEVICE_KIND_NVIDIA', 'DEVICE_SOURCE_DECLARED', 1, 'NVIDIA H100 80GB HBM3'],
      ['DEVICE_KIND_ASCEND', 'DEVICE_SOURCE_DECLARED', 0, 'Ascend 910B3'],
      ['DEVICE_KIND_CPU', 'DEVICE_SOURCE_DECLARED', 1, 'declared cpu'], // indexed after the detected CPU
    ]);
    assert.deepEqual(notes, ['WEFT_DEVICES: declared devices (simulated, work runs on the CPU): nvidia×2, ascend×1, cpu×1; nvidia-smi/npu-smi not probed']);
  });

  test('every device has engines; declared accelerators are simulated, CPUs are not', async () => {
    const { devices } = await discoverDevices({ env: { WEFT_DEVICES }, run: machine({}), cpu });
    assert.deepEqual(devices.map(backends), [
      ['llama.cpp/cpu', 'onnxruntime/cpu'],
      ['llama.cpp/cuda (simulated)', 'onnxruntime/cuda (simulated)'],
      ['llama.cpp/cuda (simulated)', 'onnxruntime/cuda (simulated)'],
      ['llama.cpp/cann (simulated)', 'onnxruntime/cann (simulated)'],
      ['llama.cpp/cpu', 'onnxruntime/cpu'],
    ]);
  });

  test('the detected CPU device is not mutated by the declared inventory', async () => {
    const { devices } = await discoverDevices({ env: { WEFT_DEVICES }, run: machine({}), cpu });
    const { engines, ...rest } = devices[0]!;
    assert.deepEqual(rest, CPU);
    assert.ok(engines!.length > 0);
  });

  test('"[]" declares no accelerators and still turns probing off', async () => {
    const run = machine({ 'nvidia-smi': h200Csv() });
    const { devices } = await discoverDevices({ env: { WEFT_DEVICES: '[]' }, run, cpu });
    assert.deepEqual(run.calls, []);
    assert.deepEqual(summary(devices), [['DEVICE_KIND_CPU', 'DEVICE_SOURCE_DETECTED', 0, 'Test CPU']]);
  });

  test('an invalid WEFT_DEVICES rejects with the parser\'s message (no silent fallback to probing)', async () => {
    const run = machine({ 'nvidia-smi': h200Csv() });
    await assert.rejects(
      discoverDevices({ env: { WEFT_DEVICES: '[{"kind":"nvidia","memoryGiB":80}]' }, run, cpu }),
      /^Error: WEFT_DEVICES\[0\] \(kind "nvidia"\): name must be a non-empty string/,
    );
    assert.deepEqual(run.calls, []);
  });

  test('a blank WEFT_DEVICES counts as unset: tools are probed', async () => {
    const run = machine({});
    await discoverDevices({ env: { WEFT_DEVICES: '  ' }, run, cpu, fs: noFs });
    assert.deepEqual(run.calls.sort(), ['npu-smi', 'nvidia-smi']);
  });
});

describe('discoverDevices probing', () => {
  const both = () => machine({ 'nvidia-smi': h200Csv(), 'npu-smi': read('ascend/910b3-x8-ms-swift-docs.txt') });

  test('CPU + H200 + 8 × 910B3 detected; a CPU-only executor advertises no cuda/cann engines', async () => {
    const { devices, notes } = await discoverDevices({ env: {}, run: both(), cpu, fs: noFs });
    assert.equal(devices.length, 10);
    assert.deepEqual(summary(devices).slice(0, 3), [
      ['DEVICE_KIND_CPU', 'DEVICE_SOURCE_DETECTED', 0, 'Test CPU'],
      ['DEVICE_KIND_NVIDIA', 'DEVICE_SOURCE_DETECTED', 0, 'NVIDIA H200'],
      ['DEVICE_KIND_ASCEND', 'DEVICE_SOURCE_DETECTED', 0, 'Ascend 910B3'],
    ]);
    assert.equal(devices[1]!.memoryTotalBytes, 143771 * MIB);
    assert.equal(devices[1]!.memoryFreeBytes, 143156 * MIB);
    assert.deepEqual(devices.map(backends), [['llama.cpp/cpu', 'onnxruntime/cpu'], ...Array(9).fill([])]);
    assert.deepEqual(notes, [
      'nvidia-smi: 1 GPU (NVIDIA H200)',
      'npu-smi: 8 chips (Ascend 910B3), CANN toolkit version not found',
      'NVIDIA GPU detected, but this executor has no CUDA backend: no cuda engines advertised (llama.cpp runs on the CPU)',
      'Ascend NPU detected, but this executor has no CANN backend: no cann engines advertised (llama.cpp runs on the CPU)',
    ]);
  });

  test('with CUDA and CANN available, detected devices advertise real (not simulated) engines', async () => {
    const { devices, notes } = await discoverDevices({ env: {}, run: both(), cpu, fs: noFs, available: { cuda: true, cann: true } });
    assert.deepEqual(backends(devices[1]!), ['llama.cpp/cuda', 'onnxruntime/cuda']);
    assert.ok(devices[1]!.engines![0]!.dtypes!.includes('bf16'), 'H200 is compute capability 9.0');
    assert.deepEqual(backends(devices[2]!), ['llama.cpp/cann', 'onnxruntime/cann']);
    assert.equal(notes.length, 2);
  });

  test('no tools on this machine: the CPU alone, and why', async () => {
    const { devices, notes } = await discoverDevices({ env: {}, run: machine({}), cpu, fs: noFs });
    assert.deepEqual(summary(devices), [['DEVICE_KIND_CPU', 'DEVICE_SOURCE_DETECTED', 0, 'Test CPU']]);
    assert.deepEqual(notes, ['nvidia-smi not found on PATH', 'npu-smi not found on PATH']);
  });

  test('hung tools are probed side by side and each cut off by the timeout', async () => {
    const started = Date.now();
    const { devices, notes } = await discoverDevices({ env: {}, run: machine({ 'nvidia-smi': 'hang', 'npu-smi': 'hang' }), cpu, timeoutMs: 250, fs: noFs });
    const elapsed = Date.now() - started;
    assert.equal(devices.length, 1);
    assert.deepEqual(notes, ['nvidia-smi timed out after 250 ms', 'npu-smi timed out after 250 ms']);
    assert.ok(elapsed < 450, `probes ran one after the other? ${elapsed} ms`);
  });

  test('the real probes on this machine: a detected CPU first, nothing claimed that cannot run', async () => {
    const { devices } = await discoverDevices({ env: {} });
    assert.equal(devices[0]!.kind, DeviceKind.DEVICE_KIND_CPU);
    assert.equal(devices[0]!.source, DeviceSource.DEVICE_SOURCE_DETECTED);
    for (const d of devices.slice(1)) {
      assert.equal(d.source, DeviceSource.DEVICE_SOURCE_DETECTED);
      assert.deepEqual(d.engines, [], 'the CPU-only executor claims no accelerator backend');
    }
  });
});

describe('enginesFor', () => {
  const gpu = (computeCapability: string, source = DeviceSource.DEVICE_SOURCE_DETECTED): IDevice =>
    ({ kind: DeviceKind.DEVICE_KIND_NVIDIA, source, index: 0, name: 'g', computeCapability });
  const npu = (source = DeviceSource.DEVICE_SOURCE_DETECTED): IDevice => ({ kind: DeviceKind.DEVICE_KIND_ASCEND, source, index: 0, name: 'n' });
  const CUDA = { cuda: true, cann: false };

  test('CPU: llama.cpp/cpu with f32, f16, bf16 and the quantizations as GGUF files name them; onnxruntime/cpu with f32 and int8', () => {
    const [llama, ort] = enginesFor(CPU);
    for (const t of ['f32', 'f16', 'bf16', 'q8_0', 'q6_k', 'q5_k_m', 'q4_k_m', 'q4_k_s', 'q4_0', 'iq4_xs']) assert.ok(llama!.dtypes!.includes(t), t);
    assert.deepEqual(ort!.dtypes, ['f32', 'int8']);
    assert.ok([llama, ort].every((e) => e!.simulated === false));
  });

  test("llama.cpp's weight types are every GGUF file type node-llama-cpp knows, named as the catalog names them, less the ones llama.cpp dropped", async () => {
    const { GgufFileType } = await import('node-llama-cpp');
    // Deprecated in llama.cpp: files of these types no longer load.
    const dropped = new Set(['MOSTLY_Q4_1_SOME_F16', 'MOSTLY_Q4_2', 'MOSTLY_Q4_3', 'MOSTLY_Q4_0_4_4', 'MOSTLY_Q4_0_4_8', 'MOSTLY_Q4_0_8_8']);
    const names = Object.keys(GgufFileType).filter((k) => Number.isNaN(Number(k)) && !dropped.has(k))
      .map((k) => k.replace(/^(MOSTLY|ALL)_/, '').toLowerCase());
    assert.deepEqual([...LLAMACPP_WEIGHT_TYPES].sort(), names.sort());
  });

  test('NVIDIA: bf16 only from compute capability 8.0; unknown capability means no bf16', () => {
    const has = (cc: string) => enginesFor(gpu(cc), CUDA)[0]!.dtypes!.includes('bf16');
    assert.equal(has('7.5'), false);
    assert.equal(has('8.0'), true);
    assert.equal(has('8.6'), true);
    assert.equal(has('10.0'), true);
    assert.equal(has(''), false);
    assert.ok(enginesFor(gpu('7.5'), CUDA)[0]!.dtypes!.includes('q4_k_m'));
  });

  test('detected accelerators without their backend: no engines at all', () => {
    assert.deepEqual(enginesFor(gpu('9.0')), []);
    assert.deepEqual(enginesFor(gpu('9.0'), { cuda: false, cann: true }), []);
    assert.deepEqual(enginesFor(npu(), CUDA), []);
  });

  test('Ascend with CANN: llama.cpp/cann takes f16, q8_0, q4_0; not simulated when detected', () => {
    const es = enginesFor(npu(), { cuda: false, cann: true });
    assert.deepEqual(es.map((e) => [e.engine, e.backend, e.dtypes, e.simulated]), [
      ['llama.cpp', 'cann', ['f16', 'q8_0', 'q4_0'], false],
      ['onnxruntime', 'cann', ['f32', 'f16'], false],
    ]);
  });

  test('declared accelerators are always listed, simulated, whatever is available', () => {
    for (const available of [{ cuda: false, cann: false }, { cuda: true, cann: true }]) {
      assert.ok(enginesFor(gpu('', DeviceSource.DEVICE_SOURCE_DECLARED), available).every((e) => e.simulated));
      assert.ok(enginesFor(npu(DeviceSource.DEVICE_SOURCE_DECLARED), available).every((e) => e.simulated));
    }
  });

  test('an unknown kind gets no engines; dtype lists are not shared between devices', () => {
    assert.deepEqual(enginesFor({ kind: DeviceKind.DEVICE_KIND_UNSPECIFIED }), []);
    const a = enginesFor(CPU)[0]!;
    a.dtypes!.push('x');
    assert.ok(!enginesFor(CPU)[0]!.dtypes!.includes('x'));
  });
});

describe('several executors on one host (the launcher\'s one per GPU)', () => {
  const twoGpus = JSON.stringify([{ kind: 'nvidia', name: 'NVIDIA H200', memoryGiB: 141, count: 2, computeCapability: '9.0' }]);
  const summary = (ds: IDevice[]) => ds.map((d) => `${DeviceKind[d.kind!]}:${d.index} ${(d.engines ?? []).length ? 'engines' : 'none'}`);

  test('offerCpu false (WEFT_CPU_DEVICE=off): no CPU device is listed, detected or declared', async () => {
    const withCpu = JSON.stringify([{ kind: 'cpu', cores: 8, memoryGiB: 64 }, { kind: 'nvidia', name: 'NVIDIA H200', memoryGiB: 141 }]);
    const { devices, notes } = await discoverDevices({ env: { WEFT_DEVICES: withCpu }, cpu, offerCpu: false });
    assert.deepEqual(summary(devices), ['DEVICE_KIND_NVIDIA:0 engines']);
    assert.ok(notes.some((n) => /WEFT_CPU_DEVICE=off: no CPU device offered/.test(n)), notes.join('\n'));
    const detected = await discoverDevices({ env: {}, run: machine({ 'nvidia-smi': h200Csv() }), cpu, offerCpu: false, available: { cuda: true, cann: false, cudaIndex: 0 } });
    assert.deepEqual(summary(detected.devices), ['DEVICE_KIND_NVIDIA:0 engines']);
  });

  test('offerCpu unset: the CPU is listed first, as always', async () => {
    const { devices } = await discoverDevices({ env: { WEFT_DEVICES: '[]' }, cpu });
    assert.deepEqual(summary(devices), ['DEVICE_KIND_CPU:0 engines']);
  });

  test('WEFT_GPU with declared GPUs: only that one gets engines, the others are listed without, as on a detected host', async () => {
    const { devices, notes } = await discoverDevices({ env: { WEFT_DEVICES: twoGpus }, cpu, gpu: 1 });
    assert.deepEqual(summary(devices), ['DEVICE_KIND_CPU:0 engines', 'DEVICE_KIND_NVIDIA:0 none', 'DEVICE_KIND_NVIDIA:1 engines']);
    assert.ok(devices[2]!.engines!.every((e) => e.simulated));
    assert.ok(notes.some((n) => /WEFT_GPU=1: this executor drives declared nvidia:1 \(GPU 0 listed without engines\)/.test(n)), notes.join('\n'));
    const none = await discoverDevices({ env: { WEFT_DEVICES: twoGpus }, cpu, gpu: 5 });
    assert.deepEqual(summary(none.devices), ['DEVICE_KIND_CPU:0 engines', 'DEVICE_KIND_NVIDIA:0 none', 'DEVICE_KIND_NVIDIA:1 none']);
    assert.ok(none.notes.some((n) => /no GPU driven: WEFT_GPU=5, but WEFT_DEVICES declares GPU 0, 1/.test(n)));
  });

  test('without WEFT_GPU every declared GPU gets engines, as before', async () => {
    const { devices } = await discoverDevices({ env: { WEFT_DEVICES: twoGpus }, cpu });
    assert.deepEqual(summary(devices), ['DEVICE_KIND_CPU:0 engines', 'DEVICE_KIND_NVIDIA:0 engines', 'DEVICE_KIND_NVIDIA:1 engines']);
  });
});
