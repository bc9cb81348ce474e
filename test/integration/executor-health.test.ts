// grpc.health.v1 on the executor's gRPC server, over a real socket: NOT_SERVING
// until the executor says it is ready, SERVING then, NOT_SERVING as soon as
// it starts closing (a Watch sees the change before the server stops).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { CONTRACT_VERSION } from '../../proto/index.ts';
import { EngineSet } from '../../executors/engine-set.ts';
import { SyntheticEngine } from '../../executors/engines/synthetic/index.ts';
import { HEALTH_SERVICES, startExecutorGrpcServer, type ExecutorGrpcServer } from '../../executors/grpc-server.ts';
import { createExecutorService } from '../../executors/service.ts';
import { createLogger } from '../../observability/logger.ts';
import { checkHealth, healthClient, type HealthClient } from '../support/executor-rpc.ts';

let grpc: ExecutorGrpcServer | undefined;
let health: HealthClient | undefined;
const engine = new EngineSet([new SyntheticEngine()]);

after(async () => {
  health?.close();
  await grpc?.close(1_000);
  await engine.dispose();
});

test('health: NOT_SERVING before ready, SERVING when ready, NOT_SERVING once closing', async () => {
  const runtime = createExecutorService({
    engine, log: createLogger('test', { write: () => {} }),
    info: () => ({ executorId: 'health', contractVersion: CONTRACT_VERSION, tasks: engine.tasks(), models: engine.models() }),
    defaults: { contextSize: 1024, slots: 1 }, deviceLabel: 'cpu:0', coalesceMs: 0,
  });
  grpc = await startExecutorGrpcServer(runtime.implementation, '127.0.0.1', 0);
  health = healthClient(`127.0.0.1:${grpc.port}`);
  for (const s of HEALTH_SERVICES) assert.equal(await checkHealth(health, s), 'NOT_SERVING', `'${s}' before ready`);

  grpc.setServing(true);
  for (const s of HEALTH_SERVICES) assert.equal(await checkHealth(health, s), 'SERVING', `'${s}' when ready`);
  await assert.rejects(checkHealth(health, 'weft.v1.Nope'), (e: { code: number }) => e.code === 5, 'an unknown service is NOT_FOUND');

  // A watcher learns of the closing at once; it then lets go, so the server can stop.
  const watch = health.Watch({ service: 'weft.v1.Executor' });
  const seen: string[] = [];
  watch.on('error', () => {});
  watch.on('data', (r: { status: string }) => {
    seen.push(r.status);
    if (r.status === 'NOT_SERVING') watch.cancel();
  });
  await once(watch, 'data'); // the current status first
  assert.deepEqual(seen, ['SERVING']);
  const t0 = performance.now();
  await grpc.close(10_000);
  assert.deepEqual(seen, ['SERVING', 'NOT_SERVING']);
  assert.ok(performance.now() - t0 < 5_000, 'closed without waiting out the grace');
  grpc = undefined;
});
