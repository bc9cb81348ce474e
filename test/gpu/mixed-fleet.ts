// Heterogeneous placement on a real GPU machine (run it there after
// deploy/gpu/setup.sh; CI has no GPU): one fleet of a CUDA executor (the GPU
// detected by nvidia-smi, its llama.cpp CUDA build probed) and a CPU-only
// executor (WEFT_DEVICES='[]': no accelerator probing) on the same machine.
//
//   node test/gpu/mixed-fleet.ts
//
// 1. A model that prefers nvidia lands on the GPU, fills most of its memory
//    with KV cache (64 sequences of its whole context), and answers.
// 2. A second model that also prefers nvidia, whose memory is more than the
//    GPU has left (and less than the CPU has), lands on the CPU and answers.
// 3. The cluster view shows the GPU as detected, with llama.cpp/cuda not
//    simulated and its real memory, and each replica's memory as llama.cpp
//    reported it.
// It prints each assertion as it passes and exits non-zero on the first
// that fails.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureModel, SHAPES } from '../../synth/index.ts';
import { Fabric } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';

const MODELS = process.env.WEFT_GPU_BENCH_MODELS ?? '/tmp/weft-gpu-models';
const GiB = 2 ** 30;
const ok = (what: string) => process.stdout.write(`ok - ${what}\n`);

interface DeviceView { kind: string; source: string; index: number; name: string; memory_total_bytes: number; memory_free_bytes: number; engines: { engine: string; backend: string; simulated: boolean }[] }
interface ExecutorView { id: string; devices: DeviceView[]; models: { name: string; state: string; device: string; memory_bytes: number; context_size: number }[] }

mkdirSync(MODELS, { recursive: true });
const big = (await ensureModel(join(MODELS, 'qwen2-7b.gguf'), SHAPES['qwen2-7b'])).path;
const small = (await ensureModel(join(MODELS, 'small.gguf'), SHAPES.small)).path;
const dir = join(MODELS, 'mixed-fleet');
const modelsFile = writeModels(dir, [
  // 64 sequences × 32k tokens of Qwen2-7B's KV cache (57 KB a token) is about
  // 120 GB: most of an H200, so what is left is measurably less than the CPU has.
  { name: 'gpu-first', path: big, devices: ['nvidia', 'cpu'], slots: 64, contextSize: 32_768 },
]);
const fabric = await Fabric.start({ modelsFile, executors: 0, env: { WEFT_THREADS: '8', WEFT_HEARTBEAT_MS: '500', WEFT_EXECUTOR_EXPIRY_MS: '5000' } });
try {
  await fabric.startExecutor('gpu-exec');
  await fabric.startExecutor('cpu-exec', { WEFT_DEVICES: '[]' });
  await fabric.waitForReplicas('gpu-first', 1, 300_000);
  const view = async () => (await fabric.clusterView()).executors as unknown as ExecutorView[];
  // fetch, not the openai client: deploy/gpu/prepare.sh leaves the client out of what it carries.
  const chat = async (model: string, content: string) => {
    const res = await fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model, messages: [{ role: 'user', content }], max_tokens: 16 }),
    });
    assert.equal(res.status, 200, `chat on ${model}: ${res.status} ${await res.clone().text()}`);
    return (await res.json()) as { usage?: { completion_tokens: number } };
  };

  let execs = await view();
  const gpuExec = execs.find((e) => e.id === 'gpu-exec')!;
  const cpuExec = execs.find((e) => e.id === 'cpu-exec')!;
  const gpu = gpuExec.devices.find((d) => d.kind === 'nvidia');
  assert.ok(gpu, `gpu-exec lists an NVIDIA device: ${JSON.stringify(gpuExec.devices.map((d) => d.kind))}`);
  assert.equal(gpu.source, 'detected');
  assert.ok(gpu.engines.some((e) => e.engine === 'llama.cpp' && e.backend === 'cuda' && !e.simulated), JSON.stringify(gpu.engines));
  assert.ok(gpu.memory_total_bytes > 16 * GiB, `real GPU memory: ${gpu.memory_total_bytes}`);
  ok(`gpu-exec: ${gpu.name} detected (not declared), llama.cpp/cuda real, ${(gpu.memory_total_bytes / GiB).toFixed(1)} GiB`);
  assert.ok(!cpuExec.devices.some((d) => d.kind === 'nvidia'), 'cpu-exec lists no GPU');
  ok('cpu-exec: CPU only');

  const first = gpuExec.models.find((m) => m.name === 'gpu-first');
  assert.equal(first?.device, 'nvidia:0', `gpu-first placed on ${first?.device}`);
  assert.ok(first.memory_bytes > 10 * GiB, `llama.cpp reported ${first.memory_bytes} bytes`);
  ok(`gpu-first on gpu-exec nvidia:0, ${(first.memory_bytes / GiB).toFixed(1)} GiB as llama.cpp reported it, context ${first.context_size}/sequence`);
  const a = await chat('gpu-first', 'Hello from the GPU');
  assert.ok((a.usage?.completion_tokens ?? 0) > 0);
  ok(`gpu-first answered (${a.usage?.completion_tokens} tokens)`);

  // The second model asks for more than the GPU has left, less than the CPU has.
  const gpuFree = gpu.memory_free_bytes;
  const cpuFree = cpuExec.devices.find((d) => d.kind === 'cpu')!.memory_free_bytes;
  const needMiB = Math.ceil((gpuFree + 2 * GiB) / 2 ** 20);
  assert.ok(needMiB * 2 ** 20 < cpuFree, `the CPU has room for ${needMiB} MiB (free ${(cpuFree / GiB).toFixed(1)} GiB; GPU free ${(gpuFree / GiB).toFixed(1)} GiB)`);
  const r = await fetch(`${fabric.gatewayUrl}/v1/admin/models`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'spills-to-cpu', path: small, devices: ['nvidia', 'cpu'], slots: 4, context_size: 1024, min_replicas: 1, memory_mib: needMiB }),
  });
  assert.ok(r.ok, `POST /v1/admin/models: ${r.status} ${await r.text()}`);
  await fabric.waitForReplicas('spills-to-cpu', 1, 120_000);
  execs = await view();
  const spilled = execs.flatMap((e) => e.models.map((m) => ({ exec: e.id, ...m }))).find((m) => m.name === 'spills-to-cpu');
  assert.equal(spilled?.exec, 'cpu-exec');
  assert.equal(spilled.device, 'cpu:0');
  ok(`spills-to-cpu (${needMiB} MiB asked, GPU had ${(gpuFree / GiB).toFixed(1)} GiB free) placed on cpu-exec cpu:0`);
  const b = await chat('spills-to-cpu', 'Hello from the CPU');
  assert.ok((b.usage?.completion_tokens ?? 0) > 0);
  ok(`spills-to-cpu answered (${b.usage?.completion_tokens} tokens)`);
  process.stdout.write('mixed fleet: all assertions passed\n');
} catch (err) {
  // This runs on a machine that may be gone by the time anyone reads it: print what each executor said.
  for (const p of fabric.executors) {
    for (const l of p.lines.filter((x) => x.level !== 'debug').slice(-25)) process.stdout.write(`${p.name}: ${JSON.stringify(l)}\n`);
  }
  throw err;
} finally {
  await fabric.stop();
}
