// (l) Embeddings per second: the onnxruntime encoder engine through the
// fabric (POST /v1/embeddings → gateway → NATS → scheduler → gRPC →
// executor) against the same engine class in the bench process, one client
// sending requests back to back, at 1 and 64 inputs per request. The
// encoder batches a request's inputs into one run, so at 64 the fabric's
// per-request cost is spread over 64 inputs.
import { OnnxEncoderEngine } from '../../executors/engines/onnxruntime/index.ts';
import { STREAM_PROMPTS } from './prompts.ts';
import { summarize, type Summary } from './stats.ts';

export interface EmbeddingsRow {
  batch: number;
  requests: number;
  inProcess: { inputsPerSecond: number; latencyMs: Summary };
  fabric: { inputsPerSecond: number; latencyMs: Summary };
  /** fabric ÷ in-process inputs/s. */
  ratio: number;
}

export interface EmbeddingsResult {
  shape: string;
  threads: number;
  rows: EmbeddingsRow[];
}

export interface EmbeddingsOptions {
  modelDir: string;
  shape: string;
  threads: number;
  gatewayUrl: string;
  model: string;
  /** Requests per cell, by batch size. */
  requests: Record<number, number>;
  log: (line: string) => void;
}

const texts = STREAM_PROMPTS.map((m) => m[0]!.content ?? '');
const inputsFor = (batch: number, round: number) => Array.from({ length: batch }, (_, i) => `${texts[(round + i) % texts.length]} (${round}.${i})`);

async function timed(n: number, batch: number, call: (inputs: string[]) => Promise<void>): Promise<{ inputsPerSecond: number; latencyMs: Summary }> {
  for (let w = 0; w < 3; w++) await call(inputsFor(batch, -1 - w));
  const ms: number[] = [];
  const t0 = performance.now();
  for (let r = 0; r < n; r++) {
    const t = performance.now();
    await call(inputsFor(batch, r));
    ms.push(performance.now() - t);
  }
  return { inputsPerSecond: (n * batch) / ((performance.now() - t0) / 1000), latencyMs: summarize(ms) };
}

export async function measureEmbeddings(o: EmbeddingsOptions): Promise<EmbeddingsResult> {
  const engine = new OnnxEncoderEngine({ threads: o.threads });
  await engine.load({ name: 'in-process', path: o.modelDir, contextSize: 512, slots: 1 });
  const inProcess = async (inputs: string[]) => {
    let got = 0;
    for await (const ev of engine.generate({ requestId: 'bench', model: 'in-process', body: { task: 'embed', embed: { inputs } } }, new AbortController().signal)) {
      if (ev.type === 'embeddings') got += ev.items.length;
    }
    if (got !== inputs.length) throw new Error(`in-process: ${got} embeddings for ${inputs.length} inputs`);
  };
  const fabric = async (inputs: string[]) => {
    const r = await fetch(`${o.gatewayUrl}/v1/embeddings`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: o.model, input: inputs, encoding_format: 'base64' }),
    });
    const body = (await r.json()) as { data?: unknown[] };
    if (r.status !== 200 || body.data?.length !== inputs.length) throw new Error(`fabric: ${r.status} ${JSON.stringify(body).slice(0, 300)}`);
  };
  const rows: EmbeddingsRow[] = [];
  try {
    for (const [b, n] of Object.entries(o.requests)) {
      const batch = Number(b);
      // Interleaved (in-process, fabric, in-process, fabric), so neither side always meets a machine the other warmed; the two halves' mean.
      const a1 = await timed(Math.ceil(n / 2), batch, inProcess);
      const f1 = await timed(Math.ceil(n / 2), batch, fabric);
      const a2 = await timed(Math.ceil(n / 2), batch, inProcess);
      const f2 = await timed(Math.ceil(n / 2), batch, fabric);
      const mean = (x: number, y: number) => (x + y) / 2;
      const inP = { inputsPerSecond: mean(a1.inputsPerSecond, a2.inputsPerSecond), latencyMs: a2.latencyMs };
      const fab = { inputsPerSecond: mean(f1.inputsPerSecond, f2.inputsPerSecond), latencyMs: f2.latencyMs };
      const row = { batch, requests: 2 * Math.ceil(n / 2), inProcess: inP, fabric: fab, ratio: fab.inputsPerSecond / inP.inputsPerSecond };
      o.log(`  batch ${batch}: in-process ${inP.inputsPerSecond.toFixed(1)} inputs/s (p50 ${inP.latencyMs.p50.toFixed(2)} ms), fabric ${fab.inputsPerSecond.toFixed(1)} inputs/s (p50 ${fab.latencyMs.p50.toFixed(2)} ms): ${row.ratio.toFixed(3)}`);
      rows.push(row);
    }
  } finally {
    await engine.dispose();
  }
  return { shape: o.shape, threads: o.threads, rows };
}

export function embeddingsMarkdown(L: string[], e: EmbeddingsResult): void {
  L.push('', `### (l) Embeddings on onnxruntime: through the fabric vs the same engine in-process`, '');
  L.push(`Synthesized ${e.shape} sentence encoder (ONNX, random weights), ${e.threads} thread(s), one client sending requests back to back, base64 vectors; rounds interleaved.`, '');
  L.push('| inputs per request | requests | in-process inputs/s | fabric inputs/s | fabric ÷ in-process | p50 latency in-process / fabric (ms) |', '|---:|---:|---:|---:|---:|---|');
  for (const r of e.rows) {
    L.push(`| ${r.batch} | ${r.requests} | ${r.inProcess.inputsPerSecond.toFixed(1)} | ${r.fabric.inputsPerSecond.toFixed(1)} | **${r.ratio.toFixed(3)}** | ${r.inProcess.latencyMs.p50.toFixed(2)} / ${r.fabric.latencyMs.p50.toFixed(2)} |`);
  }
}
