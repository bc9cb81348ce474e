// The device flows from the plan to the engine: the replica agent loads a
// replica on the device its Replica names (kind, index, and whether that
// device is declared, so simulated), with the catalog's format, and reports
// the replica's tasks while it loads and once it is ready.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DeviceKind, DeviceSource, ENGINE, ModelState, Task,
  type ICatalogModel, type IDevice, type IReplicaSet,
} from '../../proto/index.ts';
import type { KvCollection } from '../../cluster/kv-collection.ts';
import type { ModelSpec } from '../../executors/engine.ts';
import { EngineSet } from '../../executors/engine-set.ts';
import { SyntheticEngine } from '../../executors/engines/synthetic/index.ts';
import { ReplicaAgent } from '../../executors/replica-agent.ts';
import { createLogger } from '../../observability/logger.ts';

/** The read side of a KvCollection the agent uses, over a fixed map. */
function fixed<T>(items: Record<string, T>): KvCollection<T> {
  return {
    get: (name: string) => items[name],
    values: () => Object.values(items),
    onChange: () => () => {},
  } as unknown as KvCollection<T>;
}

test('a replica placed on a declared GPU loads there, simulated, with the catalog format', async () => {
  const specs: ModelSpec[] = [];
  const synthetic = new SyntheticEngine();
  const load = synthetic.load.bind(synthetic);
  synthetic.load = (spec) => {
    specs.push(spec);
    return load(spec);
  };
  const engine = new EngineSet([synthetic]);
  const devices: IDevice[] = [
    { kind: DeviceKind.DEVICE_KIND_CPU, index: 0, source: DeviceSource.DEVICE_SOURCE_DETECTED, memoryTotalBytes: 2 ** 34 },
    { kind: DeviceKind.DEVICE_KIND_NVIDIA, index: 0, source: DeviceSource.DEVICE_SOURCE_DECLARED, memoryTotalBytes: 2 ** 34 },
    { kind: DeviceKind.DEVICE_KIND_NVIDIA, index: 1, source: DeviceSource.DEVICE_SOURCE_DECLARED, memoryTotalBytes: 2 ** 34 },
  ];
  const model: ICatalogModel = { name: 'm', path: 'synthetic:', engine: ENGINE.synthetic, format: 'synthetic', contextSize: 100, slots: 1 };
  const plan: IReplicaSet = {
    model: 'm',
    replicas: [{ executorId: 'x1', deviceKind: DeviceKind.DEVICE_KIND_NVIDIA, deviceIndex: 1, memoryBytes: 1024, placedUnixMs: 1 }],
  };
  const agent = new ReplicaAgent({
    executorId: 'x1', engine, devices, catalog: fixed({ m: model }), plan: fixed({ m: plan }),
    log: createLogger('test', { write: () => {} }), changed: () => {},
  });
  await agent.reconcile();
  assert.equal(specs.length, 1);
  assert.deepEqual(specs[0]!.device, { kind: 'nvidia', index: 1, simulated: true });
  assert.equal(specs[0]!.format, 'synthetic');
  const [m] = agent.models();
  assert.equal(m!.state, ModelState.MODEL_STATE_READY);
  assert.equal(m!.deviceKind, DeviceKind.DEVICE_KIND_NVIDIA);
  assert.equal(m!.deviceIndex, 1);
  assert.deepEqual(m!.tasks, [Task.TASK_CHAT]);
  agent.close();
  await engine.dispose();
});
