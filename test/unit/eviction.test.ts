// Making room for a waiting model: only idle replicas above their model's
// minimum, unused long enough, least recently used first, on the device that
// needs the least evicted.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DeviceKind, ExecutorInfo, ModelState, type ICatalogModel, type ILoadedModel, type IReplicaSet } from '../../proto/index.ts';
import { ExecutorRegistry } from '../../cluster/registry.ts';
import { planEviction } from '../../scheduler/eviction.ts';
import type { FullDevice } from '../../scheduler/replica-placement.ts';

const GIB = 1024 ** 3;
const NOW = 1_000_000;
const NV = DeviceKind.DEVICE_KIND_NVIDIA;

const loaded = (name: string, gib: number, idleMs: number, busy = 0): ILoadedModel =>
  ({ name, state: ModelState.MODEL_STATE_READY, slotsTotal: 4, slotsBusy: busy, memoryBytes: gib * GIB, lastUsedUnixMs: NOW - idleMs, deviceKind: NV, deviceIndex: 0 });

function setup(models: ILoadedModel[], catalog: Record<string, Partial<ICatalogModel>> = {}) {
  const reg = new ExecutorRegistry(3_000);
  const device = { kind: NV, index: 0, memoryTotalBytes: 80 * GIB, memoryFreeBytes: 10 * GIB };
  reg.upsert(ExecutorInfo.decode(ExecutorInfo.encode({ executorId: 'gpu', devices: [device], models }).finish()));
  const e = reg.executors.get('gpu')!;
  const plans: IReplicaSet[] = models.map((m) => ({ model: m.name, replicas: [{ executorId: 'gpu', deviceKind: NV, deviceIndex: 0, memoryBytes: m.memoryBytes }] }));
  const full: FullDevice[] = [{ executor: e, device: e.info.devices[0]!, need: 40 * GIB, free: 10 * GIB }];
  return { full, plans, catalog: (n: string) => ({ name: n, minReplicas: 0, ...catalog[n] }) as ICatalogModel, e };
}

describe('planEviction', () => {
  test('least recently used idle replicas go first, only as many as needed', () => {
    const { full, plans, catalog } = setup([loaded('a', 20, 60_000), loaded('b', 20, 120_000), loaded('c', 20, 90_000)]);
    const plan = planEviction(full, plans, catalog, 30_000, NOW)!;
    assert.deepEqual(plan.victims.map((v) => v.model), ['b', 'c'], '10 free + 20 + 20 ≥ 40');
  });

  test('busy, recently used, and minReplicas replicas are never evicted', () => {
    const { full, plans, catalog } = setup(
      [loaded('busy', 30, 600_000, 1), loaded('recent', 30, 1_000), loaded('pinned', 30, 600_000)],
      { pinned: { minReplicas: 1 } },
    );
    assert.equal(planEviction(full, plans, catalog, 30_000, NOW), undefined);
  });

  test('nothing is evicted when even every idle replica would not make room', () => {
    const { full, plans, catalog } = setup([loaded('a', 5, 600_000)]);
    assert.equal(planEviction(full, plans, catalog, 30_000, NOW), undefined);
  });

  test('a replica this scheduler is still dispatching to counts as busy', () => {
    const { full, plans, catalog, e } = setup([loaded('a', 40, 600_000)]);
    e.inflight.set('a', 1);
    assert.equal(planEviction(full, plans, catalog, 30_000, NOW), undefined);
  });
});
