// GET /readyz says which models serve now and which are still loading: a
// model counts as served once one of its replicas is ready, never while it
// loads. The slow model here is a named pipe nobody writes: its load blocks
// for as long as the test wants.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Fabric } from '../harness/processes.ts';
import { tinyModelPath, writeModels } from '../harness/models.ts';

let dir: string;
let fifo: string;
let fabric: Fabric;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'weft-readiness-'));
  fifo = join(dir, 'slow.gguf');
  execFileSync('mkfifo', [fifo]);
  const modelsFile = writeModels(dir, [
    { name: 'tiny', path: await tinyModelPath(), contextSize: 512, slots: 1 },
    // memoryMiB: the catalog does not read the (blocking) file to estimate it.
    { name: 'slow', path: fifo, contextSize: 512, slots: 1, memoryMiB: 64 },
  ]);
  fabric = await Fabric.start({ modelsFile, waitForModels: ['tiny'] });
});

after(async () => {
  // Let the blocked load end (it fails on an empty file) so the executor stops cleanly.
  try {
    closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
  } catch {
    // no reader: nothing blocked
  }
  await fabric?.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface Cluster { executors: { models: { name: string; state: string }[] }[] }

test('a model whose replica is still loading is listed as loading, not as served', async () => {
  const until = Date.now() + 30_000;
  for (;;) {
    const view = (await (await fetch(`${fabric.gatewayUrl}/v1/cluster`)).json()) as Cluster;
    if (view.executors.some((e) => e.models.some((m) => m.name === 'slow' && m.state === 'loading'))) break;
    if (Date.now() > until) throw new Error(`slow never reported loading: ${JSON.stringify(view)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const r = await fetch(`${fabric.gatewayUrl}/readyz`);
  assert.equal(r.status, 200);
  const body = (await r.json()) as { models: string[]; loading: string[] };
  assert.deepEqual(body.models, ['tiny']);
  assert.deepEqual(body.loading, ['slow']);
});
