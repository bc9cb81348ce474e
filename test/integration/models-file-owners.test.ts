// Schedulers of one fabric may read different models files (one per
// machine). They share one catalog: an import adds and updates its own
// file's models and removes only the ones its own file put there and no
// longer lists; a model stays while any file lists it; admin API entries
// are never removed by an import.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeModelsFile, type ModelEntry } from '../../catalog/models-file.ts';
import { Fabric } from '../harness/processes.ts';

const SYN = 'synthetic:?tps=500&ttft=1';
/** Catalog-only models (no replica needed): what matters here is the catalog. */
const model = (name: string): ModelEntry => ({ name, engine: 'synthetic', path: SYN, slots: 2, minReplicas: 0 });

interface Entry { id: string; source: string; source_file?: string }

let dir: string;
let file1: string;
let file2: string;
let fabric: Fabric;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'weft-owners-'));
  file1 = join(dir, 'machine-1.json');
  file2 = join(dir, 'machine-2.json');
  writeModelsFile(file1, [model('m1'), model('shared')]);
  writeModelsFile(file2, [model('m2'), model('shared')]);
  // sched-0 reads file1 (the harness's models file), sched-1 file2; one
  // executor, one gateway (auth off: every caller is admin).
  fabric = await Fabric.start({ modelsFile: file1 });
  await fabric.startScheduler('sched-1', { WEFT_MODELS: file2 }).waitFor('scheduler ready');
});

after(async () => {
  await fabric?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function catalog(): Promise<Map<string, Entry>> {
  const r = await fetch(`${fabric.gatewayUrl}/v1/admin/models`);
  assert.equal(r.status, 200);
  return new Map(((await r.json()) as { data: Entry[] }).data.map((e) => [e.id, e]));
}

/** Waits until the catalog satisfies `ok`; fails with the last catalog seen. */
async function until(what: string, ok: (c: Map<string, Entry>) => boolean, timeoutMs = 20_000): Promise<Map<string, Entry>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const c = await catalog();
    if (ok(c)) return c;
    if (Date.now() > deadline) assert.fail(`${what} within ${timeoutMs} ms; catalog: ${JSON.stringify([...c.values()])}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const names = (c: Map<string, Entry>) => [...c.keys()].sort();

describe('schedulers of one fabric reading different models files', () => {
  test("a scheduler's import keeps the models another scheduler's file put in the catalog", async () => {
    // sched-1 imported file2 after sched-0 imported file1: m1 must survive it.
    const c = await until('m1, m2 and shared in the catalog', (c) => ['m1', 'm2', 'shared'].every((n) => c.has(n)));
    assert.deepEqual(names(c), ['m1', 'm2', 'shared']);
    assert.match(c.get('m1')!.source_file!, /:.*machine-1\.json$/, 'a file entry names the file that defines it');
    assert.match(c.get('m2')!.source_file!, /:.*machine-2\.json$/);
  });

  test('a model dropped from one file is removed, and nothing else', async () => {
    // An admin API entry too: imports never remove those.
    const put = await fetch(`${fabric.gatewayUrl}/v1/admin/models`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'by-api', engine: 'synthetic', path: SYN, slots: 2 }),
    });
    assert.equal(put.status, 201);
    assert.deepEqual(names(await catalog()), ['by-api', 'm1', 'm2', 'shared']);
    writeModelsFile(file1, [model('shared')]);
    // Removing m1 is the last thing sched-0's import does.
    const c = await until('m1 removed', (c) => !c.has('m1'));
    assert.deepEqual(names(c), ['by-api', 'm2', 'shared']);
    assert.equal(c.get('by-api')!.source, 'api');
  });

  test('a model dropped by the file that last wrote it stays while another file lists it', async () => {
    // Both files list `shared`; the file imported last owns it. Make file2
    // the owner (m3 shows its import ran), then drop `shared` from file2:
    // sched-1 removes it, and sched-0, whose file1 still lists it, puts it back.
    writeModelsFile(file2, [model('m2'), model('shared'), model('m3')]);
    await until('m3 added and shared owned by machine-2', (c) => c.has('m3') && /machine-2\.json$/.test(c.get('shared')?.source_file ?? ''));
    writeModelsFile(file2, [model('m2'), model('m3')]);
    const c = await until('shared back, owned by machine-1', (c) => /machine-1\.json$/.test(c.get('shared')?.source_file ?? ''));
    assert.deepEqual(names(c), ['by-api', 'm2', 'm3', 'shared']);
    // Once no file lists it, it goes.
    writeModelsFile(file1, []);
    const gone = await until('shared removed once no file lists it', (c) => !c.has('shared'));
    assert.deepEqual(names(gone), ['by-api', 'm2', 'm3']);
  });

  test("a restarted scheduler's import removes none of the other file's models", async () => {
    await fabric.schedulers[0]!.kill();
    await fabric.startScheduler('sched-0b').waitFor('scheduler ready');
    // sched-0b has imported (empty) file1 before it says ready.
    assert.deepEqual(names(await catalog()), ['by-api', 'm2', 'm3']);
  });
});
