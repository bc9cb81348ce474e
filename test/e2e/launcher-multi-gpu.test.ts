// `npm start` on a host where nvidia-smi lists two GPUs: one executor per
// GPU (WEFT_GPU 0 and 1), the CPU device offered by the first only, the
// layout logged once. There is no GPU here: a stand-in nvidia-smi first on
// the PATH prints two H200 rows (test/fixtures/nvidia/h200x2-derived-query-
// order.csv) to the launcher and the executors alike. node-llama-cpp's CUDA
// build cannot load here, so the GPUs are listed without engines, and the
// demo model is served on the CPU of the first executor.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNatsServer, type NatsServer } from '../../deploy/local/nats-server.ts';
import { killLeft, processTree, type Proc } from '../harness/proc-tree.ts';
import { freePort } from '../harness/free-port.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let nats: NatsServer;
let dir: string;
let launcher: ChildProcess;
let stdout = '';
let stderr = '';
let port: number;
const seen: Proc[] = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'weft-launcher-gpus-'));
  nats = await startNatsServer({ storeDir: join(dir, 'nats') });
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const rows = readFileSync(new URL('../fixtures/nvidia/h200x2-derived-query-order.csv', import.meta.url), 'utf8');
  writeFileSync(join(bin, 'nvidia-smi'), `#!/bin/sh\ncat <<'EOF'\n${rows}EOF\n`);
  chmodSync(join(bin, 'nvidia-smi'), 0o755);
  port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${bin}:${process.env.PATH}`,
    WEFT_HOME: join(dir, 'home'), PORT: String(port), NATS_URL: nats.url,
    WEFT_LOG_FORMAT: 'json', WEFT_THREADS: '3',
  };
  for (const k of ['WEFT_PARENT_PID', 'WEFT_CLUSTER', 'WEFT_MODELS', 'WEFT_API_KEYS', 'WEFT_HOST', 'WEFT_LAYOUT', 'WEFT_GPU', 'WEFT_DEVICES', 'CUDA_VISIBLE_DEVICES', 'WEFT_EXECUTOR_ID', 'WEFT_GRPC_PORT', 'WEFT_GRPC_ADVERTISE', 'WEFT_CPU_DEVICE']) delete env[k];
  launcher = spawn(process.execPath, [join(root, 'deploy/local/main.ts')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  launcher.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  launcher.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const until = Date.now() + 180_000;
  while (!/Weft is ready\./.test(stdout)) {
    if (launcher.exitCode !== null) throw new Error(`the launcher exited:\n${stdout}\n${stderr}`);
    if (Date.now() > until) throw new Error(`not ready within 180 s:\n${stdout}\n${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  seen.push(...processTree(launcher.pid!));
});

after(async () => {
  if (launcher && launcher.exitCode === null) {
    const gone = new Promise((r) => launcher.once('exit', r));
    launcher.kill('SIGTERM');
    await Promise.race([gone, new Promise((r) => setTimeout(r, 15_000))]);
  }
  killLeft(seen);
  await nats?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const logLines = () => stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => { try { return JSON.parse(l); } catch { return {}; } });

test('one executor per GPU: two executor processes, the layout logged once', () => {
  const executors = processTree(launcher.pid!).filter((p) => p.cmd.includes('executors/main.ts'));
  assert.equal(executors.length, 2, JSON.stringify(executors));
  const layout = logLines().filter((l: any) => l.msg === 'process layout');
  assert.equal(layout.length, 1, stderr);
  assert.deepEqual(layout[0].executors, ['executor-gpu0: nvidia:0 + CPU, 2 threads', 'executor-gpu1: nvidia:1, no CPU device, 1 thread']);
  assert.match(layout[0].why, /nvidia-smi lists 2 GPUs: one executor per GPU/);
});

test('the cluster sees both executors, each with its GPU, and the host CPU once; the demo model serves', async () => {
  const view = (await (await fetch(`http://127.0.0.1:${port}/v1/cluster`)).json()) as any;
  assert.equal(view.executors.length, 2, JSON.stringify(view.executors));
  const cpus = view.executors.flatMap((e: any) => e.devices.filter((d: any) => d.kind === 'cpu').map(() => e));
  assert.equal(cpus.length, 1, 'the CPU device is offered by one executor only');
  assert.deepEqual(view.executors.map((e: any) => e.threads).sort(), [1, 2]);
  for (const e of view.executors) {
    assert.deepEqual(e.devices.filter((d: any) => d.kind === 'nvidia').map((d: any) => d.index), [0, 1], 'every executor lists the host\'s GPUs');
  }
  const r = await fetch(`http://127.0.0.1:${port}/v1/chat/completions`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'weft-demo', messages: [{ role: 'user', content: 'hi' }], max_tokens: 3 }),
  });
  assert.equal(r.status, 200, await r.clone().text());
});
