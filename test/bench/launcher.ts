// Weft as `npm start` runs it (deploy/local/main.ts: its process layout, its
// thread count, its demo model), serving one more model from a models file,
// with its own nats-server, as a benchmark side. Stopped with SIGTERM, as a
// user stops it; every process it started goes with it.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNatsServer, type NatsServer } from '../../deploy/local/nats-server.ts';
import type { ModelEntry } from '../../catalog/models-file.ts';
import { writeModels } from '../harness/models.ts';
import { processTree } from '../harness/proc-tree.ts';
import { freePort } from '../harness/free-port.ts';

const LAUNCHER = fileURLToPath(new URL('../../deploy/local/main.ts', import.meta.url));

export interface LauncherOptions {
  model: string;
  modelPath: string;
  slots: number;
  contextSize: number;
  /** More fields of the model's models-file entry (devices, memoryMiB). */
  entry?: Partial<ModelEntry>;
  /** More environment for the launcher (and so every process it starts). */
  env?: NodeJS.ProcessEnv;
  /** WEFT_THREADS; undefined: the launcher's own default. */
  threads?: number;
  readyTimeoutMs?: number;
}

export interface RunningLauncher {
  url: string;
  pid: number;
  /** The layout and threads the launcher chose, from its log. */
  layout: string;
  /** Resident memory of each process: the launcher, everything it started, and the nats-server, MiB. */
  rssMiB(): Record<string, number>;
  stop(): Promise<void>;
}

function rss(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

export async function startLauncher(o: LauncherOptions): Promise<RunningLauncher> {
  const home = mkdtempSync(join(tmpdir(), 'weft-bench-launcher-'));
  let nats: NatsServer | undefined;
  let child: ChildProcess | undefined;
  try {
    nats = await startNatsServer({ storeDir: join(home, 'nats') });
    const modelsFile = writeModels(home, [{ name: o.model, path: o.modelPath, slots: o.slots, contextSize: o.contextSize, minReplicas: 1, ...o.entry }]);
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env, WEFT_HOME: home, WEFT_MODELS: modelsFile, PORT: String(port), NATS_URL: nats.url, WEFT_LOG_FORMAT: 'json',
      // A user's WEFT_HOME keeps Node's compile cache from one start to the
      // next (deploy/compile-cache.ts); this fresh home would not, so the
      // bench keeps one of its own: measured as a second start is.
      NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? join(tmpdir(), 'weft-bench-compile-cache'),
    };
    for (const k of ['WEFT_PARENT_PID', 'WEFT_CLUSTER', 'WEFT_API_KEYS', 'WEFT_THREADS', 'WEFT_LAYOUT', 'WEFT_SLOTS', 'WEFT_CONTEXT_SIZE']) delete env[k];
    if (o.threads !== undefined) env.WEFT_THREADS = String(o.threads);
    Object.assign(env, o.env);
    const proc = spawn(process.execPath, [LAUNCHER], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    let log = '';
    // WEFT_BENCH_LAUNCHER_LOG: a file that keeps all of npm start's output (the
    // error below quotes only its end), for runs on machines you cannot revisit.
    const keep = process.env.WEFT_BENCH_LAUNCHER_LOG;
    const onOutput = (d: Buffer) => {
      log = (log + d.toString()).slice(-20_000);
      if (keep) appendFileSync(keep, d);
    };
    proc.stdout!.on('data', onOutput);
    proc.stderr!.on('data', onOutput);
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + (o.readyTimeoutMs ?? 120_000);
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`npm start exited (${proc.exitCode}): ${log.slice(-1000)}`);
      try {
        const r = await fetch(`${url}/readyz`);
        const body = r.ok ? ((await r.json()) as { models: string[]; loading: string[] }) : undefined;
        if (body?.models.includes(o.model) && !body.loading.includes(o.model)) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        const about = log.split('\n').filter((l) => l.includes(o.model) && !l.includes('"level":"debug"')).slice(-8).join('\n');
        throw new Error(`npm start did not serve ${o.model} within ${(o.readyTimeoutMs ?? 120_000) / 1000} s; its lines about ${o.model}:\n${about}\nlast output: ${log.slice(-1000)}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const layoutLine = log.split('\n').find((l) => l.includes('"process layout"'));
    const chosen = layoutLine ? (JSON.parse(layoutLine) as { layout: string; executors: string[] }) : undefined;
    const natsPid = nats.process.pid;
    const running = { nats, proc };
    return {
      url,
      pid: proc.pid!,
      layout: chosen ? `${chosen.layout} (${chosen.executors.join('; ')})` : 'unknown',
      rssMiB() {
        const out: Record<string, number> = {};
        if (natsPid) out['nats-server'] = rss(natsPid);
        for (const p of processTree(proc.pid!)) {
          const name = /deploy\/local\/main\.ts/.test(p.cmd) ? 'launcher' : (/(\w+)\/main\.ts/.exec(p.cmd)?.[1] ?? p.cmd.split(' ')[0]!);
          out[name] = (out[name] ?? 0) + rss(p.pid);
        }
        return out;
      },
      async stop() {
        await new Promise<void>((resolve) => {
          if (running.proc.exitCode !== null) return resolve();
          running.proc.once('exit', () => resolve());
          running.proc.kill('SIGTERM');
          setTimeout(() => running.proc.kill('SIGKILL'), 20_000).unref();
        });
        await running.nats.stop();
        rmSync(home, { recursive: true, force: true });
      },
    };
  } catch (err) {
    child?.kill('SIGKILL');
    await nats?.stop();
    rmSync(home, { recursive: true, force: true });
    throw err;
  }
}
