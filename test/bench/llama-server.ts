// llama.cpp's own `llama-server`, the baseline a user would run instead of
// Weft: built from the llama.cpp source node-llama-cpp ships for its pinned
// release (node_modules/node-llama-cpp/llama/gitRelease.bundle), so both run
// the same llama.cpp on the same GGUF file. Built once per release into the
// bench's cache; when cmake or a compiler is missing the bench says so and
// leaves the comparison out, never fakes it.
//
// Run `node test/bench/llama-server.ts` to build it ahead of a bench run.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../harness/free-port.ts';

const LLAMA_DIR = fileURLToPath(new URL('../../node_modules/node-llama-cpp/llama/', import.meta.url));
/** Where built binaries are kept between runs (one folder per llama.cpp release). */
export const LLAMA_SERVER_CACHE = process.env.WEFT_BENCH_LLAMA_CACHE ?? join(tmpdir(), 'weft-bench-llama-server');

/** The llama.cpp release node-llama-cpp pins (its tag, e.g. "b7125"). */
export function pinnedRelease(): string {
  const info = JSON.parse(readFileSync(join(LLAMA_DIR, 'llama.cpp.info.json'), 'utf8')) as { tag: string };
  return info.tag;
}

export type LlamaServerBuild = { ok: true; binary: string; release: string; built: boolean } | { ok: false; why: string };

function has(cmd: string): boolean {
  return spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * The llama-server binary of the pinned release: from the cache, or built
 * now (about ten minutes on 2 cores). `log` gets progress lines.
 */
export function ensureLlamaServer(log: (line: string) => void = () => {}): LlamaServerBuild {
  const release = pinnedRelease();
  const root = join(LLAMA_SERVER_CACHE, release);
  const binary = join(root, 'bin', 'llama-server');
  if (existsSync(binary)) return { ok: true, binary, release, built: false };
  for (const tool of ['cmake', 'c++', 'git']) {
    if (!has(tool)) return { ok: false, why: `${tool} is not installed (Debian: apt-get install cmake g++ git), so llama-server cannot be built from node-llama-cpp's llama.cpp source` };
  }
  const bundle = join(LLAMA_DIR, 'gitRelease.bundle');
  if (!existsSync(bundle)) return { ok: false, why: `${bundle} is missing (node-llama-cpp ships llama.cpp's source there)` };
  const work = join(LLAMA_SERVER_CACHE, `${release}.building-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    log(`building llama-server ${release} from node-llama-cpp's llama.cpp source (once per release; cached in ${root})`);
    execFileSync('git', ['clone', '--quiet', bundle, join(work, 'src')], { stdio: 'ignore' });
    // The same kind of build a user makes: native CPU flags, no curl, only the server.
    execFileSync('cmake', ['-S', join(work, 'src'), '-B', join(work, 'build'), '-DCMAKE_BUILD_TYPE=Release', '-DLLAMA_CURL=OFF',
      '-DGGML_NATIVE=ON', '-DLLAMA_BUILD_TESTS=OFF', '-DLLAMA_BUILD_EXAMPLES=OFF', '-DLLAMA_BUILD_SERVER=ON', '-DBUILD_SHARED_LIBS=OFF'], { stdio: 'ignore' });
    execFileSync('cmake', ['--build', join(work, 'build'), '--target', 'llama-server', '-j', String(availableParallelism())], { stdio: 'ignore' });
    mkdirSync(join(root, 'bin'), { recursive: true });
    renameSync(join(work, 'build', 'bin', 'llama-server'), binary);
    return { ok: true, binary, release, built: true };
  } catch (err) {
    return { ok: false, why: `building llama-server ${release} failed: ${(err as Error).message.split('\n')[0]}` };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export interface LlamaServerOptions {
  binary: string;
  model: string;
  /** Concurrent sequences (--parallel), as Weft's slots. */
  slots: number;
  /** Context per sequence, as Weft's contextSize (llama-server's -c is the total). */
  contextSize: number;
  threads: number;
  /**
   * Let llama.cpp repack weights into its extra CPU buffer types (AMX,
   * CPU_REPACK), as it does by default. startLlamaServerAsShipped turns it
   * off only where the repacked kernels crash on this CPU.
   */
  repack?: boolean;
  /** More arguments (e.g. -ngl 99 -fa on on a GPU). */
  extraArgs?: string[];
}

export interface RunningLlamaServer {
  /** OpenAI-compatible base URL, e.g. http://127.0.0.1:PORT/v1. */
  readonly baseUrl: string;
  readonly pid: number;
  /**
   * The prompt llama-server's chat endpoint would build for `messages` (its
   * /apply-template). Benchmarks stream /v1/completions with it: the chat
   * endpoint parses every answer against the template's format and fails on
   * a random-weight model's output ("does not match the expected … format"),
   * which a trained model never produces.
   */
  renderChat(messages: { role: string; content: string }[]): Promise<string>;
  /** Whether weights were repacked (llama.cpp's default), and why not when not. */
  readonly repack: { on: true } | { on: false; why: string };
  stop(): Promise<void>;
}

/** Starts llama-server on a free port and waits until it answers /health. */
export async function startLlamaServer(o: LlamaServerOptions): Promise<RunningLlamaServer> {
  const port = await freePort();
  const args = [
    '-m', o.model, '--host', '127.0.0.1', '--port', String(port),
    '--parallel', String(o.slots), '-c', String(o.contextSize * o.slots),
    '-t', String(o.threads), '-tb', String(o.threads),
    // Continuous batching is llama-server's default; keep its prompt cache
    // reuse as shipped. No web UI, quiet logs.
    '--no-webui', '--log-disable',
    ...(o.repack === false ? ['--no-repack'] : []),
    // HTTP threads for every stream plus the bench's kept-alive sockets (its
    // default pool of slots + 2 reset connections under 16 streams).
    '--threads-http', String(o.slots * 2 + 4),
    ...(o.extraArgs ?? []),
  ];
  const child: ChildProcess = spawn(o.binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`llama-server exited (${child.exitCode}) before it was ready: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
    try {
      const r = await fetch(`${url}/health`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('llama-server did not become ready within 120 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl: `${url}/v1`,
    pid: child.pid!,
    repack: o.repack === false ? { on: false, why: 'asked' } : { on: true },
    async renderChat(messages) {
      const r = await fetch(`${url}/apply-template`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages }) });
      if (!r.ok) throw new Error(`llama-server /apply-template: HTTP ${r.status}`);
      return ((await r.json()) as { prompt: string }).prompt;
    },
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    }),
  };
}

/**
 * llama-server as a user runs it: weights repacked into llama.cpp's extra CPU
 * buffer types (its default). Some VMs advertise CPU features their kernels
 * cannot use (seen: a Xeon VM whose AMX kernels segfault in
 * ggml_backend_amx_mul_mat, or die with SIGILL, at the first decode); there
 * it is started again with --no-repack, and `repack` says why.
 */
export async function startLlamaServerAsShipped(o: Omit<LlamaServerOptions, 'repack'>): Promise<RunningLlamaServer> {
  const server = await startLlamaServer({ ...o, repack: true });
  const r = await fetch(`${server.baseUrl.replace(/\/v1$/, '')}/completion`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt: 'warm up', n_predict: 4 }),
  }).catch((err: Error) => err);
  if (!(r instanceof Error) && r.ok) return server;
  const why = `repacked kernels crashed on this CPU at the first decode (${r instanceof Error ? r.message : `HTTP ${r.status}`}); started again with --no-repack`;
  await server.stop();
  const fallback = await startLlamaServer({ ...o, repack: false });
  return { ...fallback, repack: { on: false, why } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const b = ensureLlamaServer((l) => process.stderr.write(`${l}\n`));
  if (!b.ok) {
    process.stderr.write(`${b.why}\n`);
    process.exit(1);
  }
  process.stdout.write(`${b.binary}${b.built ? ' (built)' : ' (cached)'}\n`);
}
