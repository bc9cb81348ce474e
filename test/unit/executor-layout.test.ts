// `npm start`'s executors on hosts of 0, 1 and 2 GPUs: nvidia-smi's output
// (test/fixtures/nvidia: the recorded H200 row, and two GPUs derived from
// it; see the README there) goes through detectNvidia as the launcher runs
// it, then executorLayout decides. One executor on 0 or 1 GPU, as before;
// one per GPU from 2 on, the CPU device offered by the first only, threads
// divided.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { detectNvidia, NVIDIA_QUERY_COLUMNS, type Run } from '../../executors/devices/nvidia.ts';
import { describeLayout, executorLayout, GPU_ONLY_THREADS, withStableExecutorId } from '../../deploy/local/executor-layout.ts';
import type { IDevice } from '../../proto/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/nvidia/${name}`, import.meta.url), 'utf8');
const RECORDED = ['index', 'name', 'memory.total', 'memory.free', 'memory.used', 'compute_cap', 'uuid', 'driver_version', 'pci.bus_id'];

/** The recorded one-H200 row in the column order detectNvidia queries. */
function oneH200(): string {
  const fields = fixture('h200-nvidia-smi-query-noheader-nounits.csv').trim().split(',').map((f) => f.trim());
  return NVIDIA_QUERY_COLUMNS.map((c) => fields[RECORDED.indexOf(c)]).join(', ') + '\n';
}

const prints = (stdout: string): Run => async () => ({ stdout });
const absent: Run = async () => {
  throw Object.assign(new Error('spawn nvidia-smi ENOENT'), { code: 'ENOENT' });
};
const noDevices: Run = async () => {
  throw Object.assign(new Error('Command failed: nvidia-smi'), { code: 6, stdout: fixture('no-devices-nvidia-smi.txt'), stderr: '' });
};

async function gpus(run: Run): Promise<IDevice[]> {
  return (await detectNvidia(run)).devices;
}

describe('executorLayout on 0 and 1 GPU: one executor, as before', () => {
  for (const [what, run] of [['nvidia-smi absent', absent], ['nvidia-smi: "No devices were found"', noDevices], ['one recorded H200', prints(oneH200())]] as const) {
    test(what, async () => {
      const layout = executorLayout(await gpus(run), {}, 16);
      assert.equal(layout.executors.length, 1);
      assert.deepEqual(layout.executors[0], { name: 'executor', gpu: undefined, cpu: true, threads: 15, env: { WEFT_THREADS: '15' } });
      assert.match(layout.why, /nvidia-smi lists [01] GPUs?: one executor/);
    });
  }

  test('WEFT_THREADS, when set, is the executor\'s; otherwise cores less one, at least 1', () => {
    assert.equal(executorLayout([], { WEFT_THREADS: '3' }, 16).executors[0]!.threads, 3);
    assert.equal(executorLayout([], {}, 1).executors[0]!.threads, 1);
  });
});

describe('executorLayout on 2 GPUs: one executor per GPU', () => {
  test('each drives its GPU; only the first offers the CPU; threads divided', async () => {
    const two = await gpus(prints(fixture('h200x2-derived-query-order.csv')));
    assert.deepEqual(two.map((g) => g.index), [0, 1]);
    const layout = executorLayout(two, {}, 16);
    assert.deepEqual(layout.executors, [
      { name: 'executor-gpu0', gpu: 0, cpu: true, threads: 13, env: { WEFT_GPU: '0', WEFT_THREADS: '13', WEFT_CPU_DEVICE: 'on' } },
      { name: 'executor-gpu1', gpu: 1, cpu: false, threads: GPU_ONLY_THREADS, env: { WEFT_GPU: '1', WEFT_THREADS: '2', WEFT_CPU_DEVICE: 'off' } },
    ]);
    assert.match(layout.why, /nvidia-smi lists 2 GPUs: one executor per GPU; the CPU device is offered by executor-gpu0 only/);
    assert.deepEqual(describeLayout(layout), ['executor-gpu0: nvidia:0 + CPU, 13 threads', 'executor-gpu1: nvidia:1, no CPU device, 2 threads']);
  });

  test('few threads: every executor gets at least one', async () => {
    const two = await gpus(prints(fixture('h200x2-derived-query-order.csv')));
    assert.deepEqual(executorLayout(two, {}, 2).executors.map((e) => e.threads), [1, 1]);
    assert.deepEqual(executorLayout(two, { WEFT_THREADS: '4' }, 64).executors.map((e) => e.threads), [2, 2]);
  });

  test('eight GPUs on 128 cores: seven GPU-only executors of 2 threads, the CPU one the rest', () => {
    const eight = Array.from({ length: 8 }, (_, i) => ({ index: i }));
    const layout = executorLayout(eight, {}, 128);
    assert.deepEqual(layout.executors.map((e) => e.threads), [113, 2, 2, 2, 2, 2, 2, 2]);
    assert.deepEqual(layout.executors.filter((e) => e.cpu).map((e) => e.name), ['executor-gpu0']);
  });

  test('settings naming one executor get one value each', async () => {
    const two = await gpus(prints(fixture('h200x2-derived-query-order.csv')));
    const layout = executorLayout(two, { WEFT_EXECUTOR_ID: 'node-a', WEFT_GRPC_PORT: '7000', WEFT_GRPC_ADVERTISE: 'node-a.internal:9000' }, 16);
    assert.deepEqual(layout.executors.map((e) => [e.env.WEFT_EXECUTOR_ID, e.env.WEFT_GRPC_PORT, e.env.WEFT_GRPC_ADVERTISE]), [
      ['node-a-gpu0', '7000', 'node-a.internal:9000'],
      ['node-a-gpu1', '7001', 'node-a.internal:9001'],
    ]);
    assert.throws(() => executorLayout(two, { WEFT_GRPC_ADVERTISE: 'node-a.internal' }, 16), /WEFT_GRPC_ADVERTISE=node-a\.internal names no port/);
  });

  test('WEFT_GPU, CUDA_VISIBLE_DEVICES or WEFT_DEVICES set: one executor, as the setting says', async () => {
    const two = await gpus(prints(fixture('h200x2-derived-query-order.csv')));
    for (const env of [{ WEFT_GPU: '1' }, { CUDA_VISIBLE_DEVICES: '0' }, { WEFT_DEVICES: '[]' }]) {
      const layout = executorLayout(two, env, 16);
      assert.deepEqual(layout.executors.map((e) => e.name), ['executor'], JSON.stringify(env));
      assert.equal(layout.executors[0]!.env.WEFT_GPU, undefined);
    }
  });
});

describe("the launcher's executor identity", () => {
  test('is the host and the gateway port, the same at every start', () => {
    assert.equal(withStableExecutorId({}, 8080, 'box').WEFT_EXECUTOR_ID, 'exec-box-8080');
  });
  test('is left to WEFT_EXECUTOR_ID when set, and to the process id when the port is picked at random', () => {
    assert.equal(withStableExecutorId({ WEFT_EXECUTOR_ID: 'mine' }, 8080, 'box').WEFT_EXECUTOR_ID, 'mine');
    assert.equal(withStableExecutorId({}, 0, 'box').WEFT_EXECUTOR_ID, undefined);
  });
});
