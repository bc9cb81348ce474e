// An accelerator gets engines only when the executor's engine really loads
// its backend there (probed at start), and one executor drives one GPU:
// WEFT_GPU picks it, else a single CUDA_VISIBLE_DEVICES index, else the
// first GPU nvidia-smi lists; the host's other GPUs are listed without
// engines. Fed with the recorded H200 nvidia-smi output; the probe is a fake
// standing for node-llama-cpp's CUDA build loading or failing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DeviceKind, DeviceSource, type IDevice } from '../../proto/index.ts';
import { chooseGpu, probeBackends, type Probe } from '../../executors/devices/backend-probe.ts';
import { discoverDevices } from '../../executors/devices/index.ts';
import { NVIDIA_QUERY_COLUMNS, type Run } from '../../executors/devices/nvidia.ts';
import type { ModelDevice } from '../../executors/engine.ts';

const read = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');
const CPU: IDevice = { kind: DeviceKind.DEVICE_KIND_CPU, source: DeviceSource.DEVICE_SOURCE_DETECTED, index: 0, name: 'Test CPU', cores: 4 };

/** nvidia-smi as the recorded H200 printed it, `count` times with indexes 0.. (a host of identical GPUs). */
function nvidiaSmi(count: number): Run {
  const recorded = ['index', 'name', 'memory.total', 'memory.free', 'memory.used', 'compute_cap', 'uuid', 'driver_version', 'pci.bus_id'];
  const fields = read('nvidia/h200-nvidia-smi-query-noheader-nounits.csv').trim().split(',').map((f) => f.trim());
  const rows = Array.from({ length: count }, (_, i) =>
    NVIDIA_QUERY_COLUMNS.map((c) => (c === 'index' ? String(i) : c === 'uuid' ? `${fields[recorded.indexOf(c)]}-${i}` : fields[recorded.indexOf(c)])).join(', '));
  return async (file) => {
    if (file === 'nvidia-smi') return { stdout: rows.join('\n') + '\n' };
    throw Object.assign(new Error(`spawn ${file} ENOENT`), { code: 'ENOENT' });
  };
}

/** A probe that loads on the listed GPUs and records what it was asked. */
function probe(loadsOn: number[], why = 'libcudart.so.13: cannot open shared object file'): Probe & { asked: ModelDevice[] } {
  const asked: ModelDevice[] = [];
  const p: Probe = async (d) => {
    asked.push(d);
    return d.kind === 'nvidia' && loadsOn.includes(d.index) ? undefined : why;
  };
  return Object.assign(p, { asked });
}

const engines = (d: IDevice) => (d.engines ?? []).map((e) => `${e.engine}/${e.backend}${e.simulated ? ' (simulated)' : ''}`);

describe('chooseGpu', () => {
  test('WEFT_GPU wins, and must name a listed GPU', () => {
    assert.deepEqual(chooseGpu([0, 1], { gpu: 1, env: { CUDA_VISIBLE_DEVICES: '0' } }), { index: 1 });
    assert.match((chooseGpu([0, 1], { gpu: 3, env: {} }) as { why: string }).why, /WEFT_GPU=3/);
  });
  test('a single CUDA_VISIBLE_DEVICES index is honoured; a list or UUID asks for WEFT_GPU', () => {
    assert.deepEqual(chooseGpu([0, 1], { env: { CUDA_VISIBLE_DEVICES: '1' } }), { index: 1 });
    assert.match((chooseGpu([0, 1], { env: { CUDA_VISIBLE_DEVICES: '0,1' } }) as { why: string }).why, /set WEFT_GPU/);
  });
  test('otherwise the first GPU nvidia-smi lists', () => {
    assert.deepEqual(chooseGpu([2, 1], { env: {} }), { index: 1 });
  });
});

describe('discovery with the backend probe', () => {
  test('a detected H200 gets llama.cpp/cuda (real, not simulated) when the CUDA build loads', async () => {
    const p = probe([0]);
    const { devices, notes } = await discoverDevices({ env: {}, run: nvidiaSmi(1), cpu: () => ({ ...CPU }),
      available: (detected) => probeBackends(detected, p, { env: {} }) });
    const gpu = devices.find((d) => d.kind === DeviceKind.DEVICE_KIND_NVIDIA)!;
    assert.equal(gpu.source, DeviceSource.DEVICE_SOURCE_DETECTED);
    assert.ok(engines(gpu).includes('llama.cpp/cuda'), engines(gpu).join());
    assert.ok(!(gpu.engines ?? []).some((e) => e.simulated));
    assert.deepEqual(p.asked, [{ kind: 'nvidia', index: 0, simulated: false }]);
    assert.ok(notes.some((n) => /nvidia:0: llama.cpp's CUDA build loads/.test(n)), notes.join(' | '));
  });

  test('when the CUDA build does not load, the GPU is listed with no engines and the note says why', async () => {
    const { devices, notes } = await discoverDevices({ env: {}, run: nvidiaSmi(1), cpu: () => ({ ...CPU }),
      available: (detected) => probeBackends(detected, probe([]), { env: {} }) });
    const gpu = devices.find((d) => d.kind === DeviceKind.DEVICE_KIND_NVIDIA)!;
    assert.deepEqual(engines(gpu), []);
    assert.ok(notes.some((n) => /no CUDA backend here \(libcudart/.test(n)), notes.join(' | '));
    assert.deepEqual(engines(devices[0]!).slice(0, 1), ['llama.cpp/cpu']);
  });

  test('on a 2-GPU host only the driven GPU gets engines; the other waits for its own executor', async () => {
    const p = probe([0, 1]);
    const { devices, notes } = await discoverDevices({ env: {}, run: nvidiaSmi(2), cpu: () => ({ ...CPU }),
      available: (detected) => probeBackends(detected, p, { gpu: 1, env: {} }) });
    const gpus = devices.filter((d) => d.kind === DeviceKind.DEVICE_KIND_NVIDIA);
    assert.deepEqual(gpus.map((g) => [g.index, engines(g).includes('llama.cpp/cuda')]), [[0, false], [1, true]]);
    assert.deepEqual(p.asked.map((d) => d.index), [1]);
    assert.ok(notes.some((n) => /GPU 0: one executor each/.test(n)), notes.join(' | '));
  });

  test('no accelerator detected: nothing is probed', async () => {
    const p = probe([0]);
    await discoverDevices({ env: {}, run: async () => { throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' }); }, cpu: () => ({ ...CPU }),
      available: (detected) => probeBackends(detected, p, { env: {} }) });
    assert.deepEqual(p.asked, []);
  });
});
