// Where a new replica goes: device preference first, only where it fits
// (free memory, counting replicas placed but not yet reported), then the
// least loaded executor; 507 when it fits nowhere even empty, 503 when it
// fits only once memory frees.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DeviceKind, DeviceSource, ErrorCode, ExecutorInfo, ModelState, type ICatalogModel, type IDevice, type ILoadedModel, type IReplicaSet } from '../../proto/index.ts';
import { ExecutorRegistry } from '../../cluster/registry.ts';
import { placeReplica } from '../../scheduler/replica-placement.ts';

const GIB = 1024 ** 3;
const llama = [{ engine: 'llama.cpp', backend: 'cpu', dtypes: ['f32', 'f16', 'q8_0'] }];
const dev = (kind: DeviceKind, index: number, totalGiB: number, freeGiB = totalGiB, engines = llama): IDevice =>
  ({ kind, index, name: DeviceKind[kind], source: DeviceSource.DEVICE_SOURCE_DECLARED, memoryTotalBytes: totalGiB * GIB, memoryFreeBytes: freeGiB * GIB, engines });
const NV = DeviceKind.DEVICE_KIND_NVIDIA;
const ASC = DeviceKind.DEVICE_KIND_ASCEND;
const CPU = DeviceKind.DEVICE_KIND_CPU;

function fleet(list: { id: string; devices: IDevice[]; models?: ILoadedModel[] }[]) {
  const reg = new ExecutorRegistry(3_000);
  for (const e of list) {
    reg.upsert(ExecutorInfo.decode(ExecutorInfo.encode({ executorId: e.id, grpcAddress: `${e.id}:1`, engines: ['llama.cpp', 'synthetic'], devices: e.devices, models: e.models ?? [] }).finish()));
  }
  return reg;
}

const model = (over: Partial<ICatalogModel> & { gib: number }): ICatalogModel => ({
  name: 'm', engine: 'llama.cpp', dtype: 'q8_0', devicePreference: [NV, ASC, CPU],
  memoryEstimateBytes: { nvidia: over.gib * GIB, ascend: over.gib * GIB, cpu: over.gib * GIB }, ...over,
});

const place = (m: ICatalogModel, reg: ExecutorRegistry, plans: IReplicaSet[] = [], exclude?: Set<string>) =>
  placeReplica({ model: m, executors: reg.executors.values(), plans, exclude, placedBy: 'sched-test', now: 1 });

const mixed = () => fleet([
  { id: 'gpu', devices: [dev(CPU, 0, 16), dev(NV, 0, 80)] },
  { id: 'npu', devices: [dev(CPU, 0, 16), dev(ASC, 0, 64)] },
  { id: 'cpu', devices: [dev(CPU, 0, 256)] },
]);

describe('placeReplica', () => {
  test('the first device kind of the preference that fits wins', () => {
    const r = place(model({ gib: 10 }), mixed());
    assert.ok(r.ok);
    assert.deepEqual([r.replica.executorId, r.replica.deviceKind, r.replica.deviceIndex], ['gpu', NV, 0]);
    assert.equal(r.replica.memoryBytes, 10 * GIB);
    assert.match(r.replica.reason!, /nvidia is preference 1 of 3 \(nvidia, ascend, cpu\); needs 10\.0 GiB, 80\.0 GiB free/);
  });

  test('a model preferring ascend lands on the NPU; a cpu-only one on the roomiest CPU', () => {
    const a = place(model({ gib: 10, devicePreference: [ASC, CPU] }), mixed());
    assert.ok(a.ok && a.replica.executorId === 'npu' && a.replica.deviceKind === ASC);
    const c = place(model({ gib: 20, devicePreference: [CPU] }), mixed());
    assert.ok(c.ok && c.replica.executorId === 'cpu');
  });

  test('too large for the preferred kind: the next kind that fits', () => {
    const r = place(model({ gib: 70, devicePreference: [ASC, NV] }), mixed());
    assert.ok(r.ok && r.replica.executorId === 'gpu' && r.replica.deviceKind === NV);
  });

  test('replicas placed but not yet reported by their executor hold their memory', () => {
    const plans: IReplicaSet[] = [{ model: 'other', replicas: [{ executorId: 'gpu', deviceKind: NV, deviceIndex: 0, memoryBytes: 75 * GIB }] }];
    const r = place(model({ gib: 10, devicePreference: [NV, CPU] }), mixed(), plans);
    assert.ok(r.ok);
    assert.equal(r.replica.executorId, 'cpu', 'the GPU has 5 GiB left once the pending replica is counted');
  });

  test('an executor already holding a replica of the model, or excluded, is passed over', () => {
    const plans: IReplicaSet[] = [{ model: 'm', replicas: [{ executorId: 'gpu', deviceKind: NV, deviceIndex: 0, memoryBytes: GIB }] }];
    const r = place(model({ gib: 1, devicePreference: [NV, ASC] }), mixed(), plans);
    assert.ok(r.ok && r.replica.executorId === 'npu');
    const x = place(model({ gib: 1, devicePreference: [NV, ASC] }), mixed(), [], new Set(['gpu']));
    assert.ok(x.ok && x.replica.executorId === 'npu');
  });

  test('among equal devices the less loaded executor wins', () => {
    const busy: ILoadedModel = { name: 'x', state: ModelState.MODEL_STATE_READY, slotsTotal: 4, slotsBusy: 4 };
    const reg = fleet([{ id: 'a', devices: [dev(CPU, 0, 64)], models: [busy] }, { id: 'b', devices: [dev(CPU, 0, 64)] }]);
    const r = place(model({ gib: 1, devicePreference: [CPU] }), reg);
    assert.ok(r.ok && r.replica.executorId === 'b');
  });

  test('weights the device cannot run (dtype) are not placed there', () => {
    const reg = fleet([{ id: 'f16only', devices: [dev(CPU, 0, 64, 64, [{ engine: 'llama.cpp', backend: 'cpu', dtypes: ['f16'] }])] }]);
    const r = place(model({ gib: 1, devicePreference: [CPU], dtype: 'q8_0' }), reg);
    assert.ok(!r.ok);
    assert.equal(r.error.code, ErrorCode.ERROR_CODE_NO_CAPACITY);
    assert.match(r.error.message, /runs llama\.cpp with q8_0 weights/);
  });

  test('larger than every device that could run it: 507, naming the largest', () => {
    const r = place(model({ gib: 500 }), mixed());
    assert.ok(!r.ok);
    assert.equal(r.transient, false);
    assert.equal(r.error.code, ErrorCode.ERROR_CODE_INSUFFICIENT_MEMORY);
    assert.match(r.error.message, /needs 500\.0 GiB per replica, more than any device that could run it has: the largest is cpu:0 DEVICE_KIND_CPU on cpu \(declared\) with 256\.0 GiB/);
  });

  test('fits an empty device but every one is full now: 503 with Retry-After, naming the roomiest', () => {
    const reg = fleet([{ id: 'gpu', devices: [dev(NV, 0, 80, 30)] }]);
    const r = place(model({ gib: 40, devicePreference: [NV] }), reg);
    assert.ok(!r.ok);
    assert.equal(r.transient, true);
    assert.equal(r.error.code, ErrorCode.ERROR_CODE_NO_CAPACITY);
    assert.ok(r.error.retryAfterS > 0);
    assert.match(r.error.message, /needs 40\.0 GiB, and the most free is 30\.0 GiB on nvidia:0/);
  });

  test('no executor with the engine, or no device of an allowed kind: 503 saying which', () => {
    const r = place(model({ gib: 1, engine: 'onnxruntime' }), mixed());
    assert.ok(!r.ok && /No live executor runs the engine 'onnxruntime'/.test(r.error.message));
    const k = place(model({ gib: 1, devicePreference: [ASC] }), fleet([{ id: 'c', devices: [dev(CPU, 0, 64)] }]));
    assert.ok(!k.ok && /may use \(ascend\)/.test(k.error.message));
  });

  test('synthetic models run on any device kind they prefer', () => {
    const reg = fleet([{ id: 'gpu', devices: [dev(NV, 0, 80, 80, [])] }]);
    const r = place(model({ gib: 1, engine: 'synthetic', dtype: '', devicePreference: [NV] }), reg);
    assert.ok(r.ok && r.replica.executorId === 'gpu');
  });
});
