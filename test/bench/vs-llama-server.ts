// (g) Weft against llama.cpp's own llama-server: the comparison a user makes.
// Weft runs as `npm start` runs it (the launcher's process layout and
// threads, its demo model too), serving the same GGUF file with the same
// slots and context per sequence; llama-server gets the same threads. The
// same client drives both, all sides up and idle while one is measured,
// rounds interleaved (who goes first rotates). Figures: aggregate streamed
// tokens/s and TTFT at 1, 4 and 16 streams, 1-token request latency, and
// resident memory at idle (everything `npm start` runs, nats-server
// included, against llama-server's one process).
import { readFileSync } from 'node:fs';
import type { ModelEntry } from '../../catalog/models-file.ts';
import type { IChatMessage } from '../../proto/index.ts';
import { GatewaySide, InProcessSide, type Side } from './clients.ts';
import { startLauncher, type RunningLauncher } from './launcher.ts';
import { startLlamaServerAsShipped, type RunningLlamaServer } from './llama-server.ts';
import { summarize, type Summary } from './stats.ts';
import { runWindow } from './throughput.ts';

export interface VsOptions {
  llamaServerBinary: string;
  modelPath: string;
  shape: string;
  threads: number;
  /** Why this thread count (e.g. "the launcher's default: cores - 1"). */
  threadsWhy: string;
  /** Weft is left to the launcher's own thread default (which `threads` is). */
  launcherDefaultThreads: boolean;
  slots: number;
  contextSize: number;
  concurrencies: number[];
  rounds: number;
  windowMs: number;
  maxTokens: number;
  prompts: IChatMessage[][];
  latencyMessages: IChatMessage[];
  /** 1-token requests per side (in interleaved blocks). */
  oneTokenRequests: number;
  /** More llama-server arguments (on a GPU: every layer offloaded, flash attention). */
  llamaServerArgs?: string[];
  /** More fields of Weft's models-file entry for the model (on a GPU: devices). */
  modelEntry?: Partial<ModelEntry>;
  /** Measure node-llama-cpp in the bench process too (default true; its CPU build only). */
  inProcess?: boolean;
  log(line: string): void;
}

export interface SideCell {
  tokensPerSecond: number;
  /** tokens/s of each round. */
  rounds: number[];
  requests: number;
  /** Mean completion tokens per request: a side whose answers end early makes fewer tokens/s from the same work (a random-weight model's greedy answer can end after a token or two for one cached state). */
  meanCompletionTokens: number;
  ttft: Summary;
}

export interface VsRow {
  concurrency: number;
  llamaServer: SideCell;
  weft: SideCell;
  /** The executor's engine alone in the bench process (no fabric, no HTTP): where the gap is. Absent when not measured. */
  inProcess?: SideCell;
  /** Weft ÷ llama-server tokens/s. */
  tokensRatio: number;
  /** Weft ÷ llama-server TTFT p95. */
  ttftP95Ratio: number;
}

export interface VsResult {
  shape: string;
  modelPath: string;
  threads: number;
  threadsWhy: string;
  /** What the launcher chose: its process layout and threads. */
  weftLayout: string;
  slots: number;
  contextSize: number;
  maxTokens: number;
  windowMs: number;
  rounds: number;
  rows: VsRow[];
  oneToken: { llamaServer: Summary; weft: Summary; addedP50Ms: number };
  /** llama-server's weight repacking (its default: on), and why not when off. */
  llamaServerRepack: RunningLlamaServer['repack'];
  /** Resident memory at idle, MiB. */
  memoryMiB: { llamaServer: number; weft: number; weftByProcess: Record<string, number>; ratio: number };
}

/** VmRSS of a process, MiB; 0 when it is gone. */
function rssMiB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

export async function measureVsLlamaServer(o: VsOptions): Promise<VsResult> {
  o.log(`(g) vs llama-server: SHAPES.${o.shape}, ${o.threads} thread(s) (${o.threadsWhy}), ${o.slots} slots, context ${o.contextSize}/sequence, ${o.concurrencies.join('/')} streams, ${o.rounds} × ${o.windowMs / 1000} s per cell, max_tokens ${o.maxTokens}`);
  let server: RunningLlamaServer | undefined;
  let fab: RunningLauncher | undefined;
  let local: InProcessSide | undefined;
  try {
    server = await startLlamaServerAsShipped({ binary: o.llamaServerBinary, model: o.modelPath, slots: o.slots, contextSize: o.contextSize, threads: o.threads, extraArgs: o.llamaServerArgs });
    fab = await startLauncher({
      modelPath: o.modelPath, model: 'bench-vs', slots: o.slots, contextSize: o.contextSize, entry: o.modelEntry,
      ...(o.launcherDefaultThreads ? {} : { threads: o.threads }),
      // A multi-GiB file on a GPU can take minutes from a cold page cache.
      readyTimeoutMs: 240_000,
    });
    o.log(`  npm start: ${fab.layout}; llama-server weight repacking: ${server.repack.on ? 'on (its default)' : `off: ${server.repack.why}`}`);
    const max = Math.max(...o.concurrencies);
    // llama-server renders each prompt once, with its own handling of the file's template.
    const rendered = new Map<string, string>();
    for (const m of [...o.prompts, o.latencyMessages]) {
      rendered.set(JSON.stringify(m), await server.renderChat(m.map((x) => ({ role: x.role ?? 'user', content: x.content ?? '' }))));
    }
    const llama = new GatewaySide(server.baseUrl.replace(/\/v1$/, ''), 'bench-vs', 'node:http', max, 'llama-server (HTTP)', (m) => rendered.get(JSON.stringify(m))!);
    const weft = new GatewaySide(fab.url, 'bench-vs', 'node:http', max, 'Weft (npm start)');
    if (o.inProcess !== false) local = await InProcessSide.create({ modelPath: o.modelPath, model: 'bench-vs', threads: o.threads, slots: o.slots, contextSize: o.contextSize });
    const sides: Side[] = local ? [llama, weft, local] : [llama, weft];
    try {
      // Warm-up: one request per stream at the highest concurrency, then a
      // few 1-token ones, each side; then all idle for the memory reading.
      for (const side of sides) {
        await Promise.all(Array.from({ length: max }, (_, i) => side.stream(o.prompts[i % o.prompts.length]!, o.maxTokens)));
        for (let i = 0; i < 10; i++) await side.complete(o.latencyMessages, 1);
      }
      await new Promise((r) => setTimeout(r, 1_000));
      const weftByProcess = fab.rssMiB();
      const weftMiB = Object.values(weftByProcess).reduce((a, b) => a + b, 0);
      const llamaMiB = rssMiB(server.pid);
      o.log(`  idle memory: llama-server ${llamaMiB.toFixed(0)} MiB, Weft ${weftMiB.toFixed(0)} MiB (${Object.entries(weftByProcess).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')})`);

      const windows = new Map<string, { tps: number; requests: number; tokens: number; ttfts: number[] }[]>();
      let turn = 0;
      for (let r = 0; r < o.rounds; r++) {
        for (const c of o.concurrencies) {
          // Who goes first rotates, so no side always meets a machine the previous one just warmed.
          const start = turn++ % sides.length;
          for (const side of [...sides.slice(start), ...sides.slice(0, start)]) {
            const w = await runWindow(side, { concurrency: c, windowMs: o.windowMs, maxTokens: o.maxTokens, prompts: o.prompts });
            const k = `${side.name}@${c}`;
            windows.set(k, [...(windows.get(k) ?? []), { tps: w.tokensPerSecond, requests: w.requests, tokens: w.tokens, ttfts: w.ttftsMs }]);
            o.log(`  round ${r + 1}/${o.rounds} c=${String(c).padStart(2)} ${side.name.padEnd(22)} ${w.tokensPerSecond.toFixed(0).padStart(6)} tokens/s, TTFT p95 ${summarize(w.ttftsMs).p95.toFixed(1)} ms (${w.requests} requests, ${(w.tokens / Math.max(1, w.requests)).toFixed(0)} tokens each)`);
          }
        }
      }
      const cellOf = (side: Side, c: number): SideCell => {
        const ws = windows.get(`${side.name}@${c}`)!;
        const sorted = ws.map((w) => w.tps).sort((a, b) => a - b);
        return {
          // The median round: one slow round on a shared machine does not decide it.
          tokensPerSecond: sorted[Math.floor(sorted.length / 2)]!,
          rounds: ws.map((w) => w.tps),
          requests: ws.reduce((n, w) => n + w.requests, 0),
          meanCompletionTokens: ws.reduce((n, w) => n + w.tokens, 0) / Math.max(1, ws.reduce((n, w) => n + w.requests, 0)),
          ttft: summarize(ws.flatMap((w) => w.ttfts)),
        };
      };
      const rows = o.concurrencies.map((c): VsRow => {
        const a = cellOf(llama, c);
        const b = cellOf(weft, c);
        return { concurrency: c, llamaServer: a, weft: b, ...(local ? { inProcess: cellOf(local, c) } : {}), tokensRatio: b.tokensPerSecond / a.tokensPerSecond, ttftP95Ratio: b.ttft.p95 / a.ttft.p95 };
      });

      // 1-token requests, sequential, in interleaved blocks.
      const lat: Record<string, number[]> = { [llama.name]: [], [weft.name]: [] };
      const block = 25;
      for (let i = 0; i < Math.ceil(o.oneTokenRequests / block); i++) {
        for (const side of i % 2 === 0 ? [llama, weft] : [weft, llama]) {
          for (let j = 0; j < block; j++) {
            const t0 = performance.now();
            await side.complete(o.latencyMessages, 1);
            lat[side.name]!.push(performance.now() - t0);
          }
        }
      }
      const oneL = summarize(lat[llama.name]!);
      const oneW = summarize(lat[weft.name]!);
      o.log(`  1-token p50: llama-server ${oneL.p50.toFixed(2)} ms, Weft ${oneW.p50.toFixed(2)} ms`);
      return {
        shape: o.shape, modelPath: o.modelPath, threads: o.threads, threadsWhy: o.threadsWhy, weftLayout: fab.layout, slots: o.slots, contextSize: o.contextSize,
        maxTokens: o.maxTokens, windowMs: o.windowMs, rounds: o.rounds, rows, llamaServerRepack: server.repack,
        oneToken: { llamaServer: oneL, weft: oneW, addedP50Ms: oneW.p50 - oneL.p50 },
        memoryMiB: { llamaServer: llamaMiB, weft: weftMiB, weftByProcess, ratio: weftMiB / llamaMiB },
      };
    } finally {
      llama.close();
      weft.close();
    }
  } finally {
    await local?.dispose();
    await fab?.stop();
    await server?.stop();
  }
}
