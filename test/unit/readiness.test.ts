// What GET /readyz says of each model: served once a replica is ready;
// loading while a replica is placed or loads, or while the catalog keeps one
// loaded and none is ready; neither for a model that loads on demand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ExecutorInfo, ModelState, type ICatalogModel, type ILoadedModel, type IReplicaSet } from '../../proto/index.ts';
import { ExecutorRegistry } from '../../cluster/registry.ts';
import { modelReadiness } from '../../gateway/routes/health.ts';

/** A heartbeat as the gateway receives it: encoded and decoded. */
const heartbeat = (executorId: string, models: ILoadedModel[]) =>
  ExecutorInfo.decode(ExecutorInfo.encode({ executorId, grpcAddress: `${executorId}:1`, models, engines: ['llama.cpp'] }).finish());
const reports = (name: string, state: ModelState): ILoadedModel => ({ name, engine: 'llama.cpp', state });
const model = (name: string, minReplicas = 0): ICatalogModel => ({ name, minReplicas });

function readiness(catalog: ICatalogModel[], plan: Record<string, string[]>, heartbeats: [string, ILoadedModel[]][]) {
  const registry = new ExecutorRegistry(60_000);
  for (const [id, models] of heartbeats) registry.upsert(heartbeat(id, models));
  const planOf = (name: string): IReplicaSet | undefined =>
    plan[name] ? { model: name, replicas: plan[name].map((executorId) => ({ executorId })) } : undefined;
  return modelReadiness(catalog, planOf, registry);
}

test('a model is served once any replica is ready, even while another still loads', () => {
  const r = readiness([model('m', 2)], { m: ['a', 'b'] }, [
    ['a', [reports('m', ModelState.MODEL_STATE_READY)]],
    ['b', [reports('m', ModelState.MODEL_STATE_LOADING)]],
  ]);
  assert.deepEqual(r, { models: ['m'], loading: [] });
});

test('a replica loading, or placed and not yet picked up by its executor, is loading', () => {
  const r = readiness([model('loads'), model('placed')], { loads: ['a'], placed: ['b'] }, [
    ['a', [reports('loads', ModelState.MODEL_STATE_LOADING)]],
    ['b', []],
  ]);
  assert.deepEqual(r, { models: [], loading: ['loads', 'placed'] });
});

test('a model the catalog keeps loaded (minReplicas) is loading until a replica is ready, even with none placed or after a failed load', () => {
  const r = readiness([model('kept', 1), model('failed', 1)], {}, [['a', [reports('failed', ModelState.MODEL_STATE_FAILED)]]]);
  assert.deepEqual(r, { models: [], loading: ['failed', 'kept'] });
});

test('a model that loads on demand, with no replica, or one unloading, is in neither list', () => {
  const r = readiness([model('on-demand'), model('scaling-to-zero')], {}, [['a', [reports('scaling-to-zero', ModelState.MODEL_STATE_UNLOADING)]]]);
  assert.deepEqual(r, { models: [], loading: [] });
});

test('a model an executor serves outside the catalog counts too, by what it reports', () => {
  const r = readiness([], {}, [['a', [reports('x', ModelState.MODEL_STATE_READY), reports('y', ModelState.MODEL_STATE_LOADING)]]]);
  assert.deepEqual(r, { models: ['x'], loading: ['y'] });
});
