// Starts real Weft processes (gateway, scheduler, executor) for tests and
// benchmarks, on a nats-server of their own (or one shared by fabrics of
// different clusters), and reads their JSON logs to learn addresses and
// readiness.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNatsServer, type NatsServer } from '../../deploy/local/nats-server.ts';
import { tieMethod } from '../../deploy/local/tied-spawn.ts';
import { defaultCluster } from '../../deploy/config.ts';
import { fabricNames, type FabricNames } from '../../proto/subjects.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const MAIN = {
  gateway: join(root, 'gateway/main.ts'),
  scheduler: join(root, 'scheduler/main.ts'),
  executor: join(root, 'executors/main.ts'),
} as const;

export interface LogLine {
  level: string;
  component: string;
  msg: string;
  [k: string]: unknown;
}

/** One placement decision in GET /v1/cluster (schedulers[].recent_placements): a request's attempt, or a replica placed or removed (empty request_id). */
export interface PlacementView {
  at: string;
  request_id: string;
  model: string;
  priority: string;
  executor_id: string;
  reason: string;
  /** The request's tenant; empty for replica placements. */
  tenant: string;
}

/** A scheduler's snapshot in GET /v1/cluster; recent_placements are its last 50 decisions, newest first. */
export interface SchedulerView {
  id: string;
  running: number;
  queues: { model: string; priority: string; depth: number; oldest_wait_ms: number }[];
  recent_placements: PlacementView[];
}

export interface ExecutorView {
  id: string;
  address: string;
  models: { name: string; state: string; slots_total: number; slots_busy: number; load_ms: number }[];
  outstanding: number;
  tokens_generated_total: number;
}

/** GET /v1/cluster, the parts tests read (snake_case, as served). */
export interface ClusterView {
  executors: ExecutorView[];
  models: any[];
  schedulers: SchedulerView[];
}

/** Every scheduler's placements of requests, oldest first, each with the scheduler that decided it. */
export function requestPlacements(view: ClusterView): (PlacementView & { scheduler: string })[] {
  return view.schedulers
    // Each list is newest first and exact; reversed, a stable sort by time keeps that order within a millisecond.
    .flatMap((s) => s.recent_placements.filter((p) => p.request_id !== '').map((p) => ({ ...p, scheduler: s.id })).reverse())
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** Placements (attempts) of one request, oldest first. */
export const placementsOf = (view: ClusterView, requestId: string | null): (PlacementView & { scheduler: string })[] =>
  requestPlacements(view).filter((p) => p.request_id === requestId);

/** Requests of `model` queued at a scheduler (every priority, or one). */
export const queuedOf = (s: SchedulerView, model: string, priority?: string): number =>
  s.queues.filter((q) => q.model === model && (priority === undefined || q.priority === priority)).reduce((n, q) => n + q.depth, 0);

export class WeftProcess {
  readonly name: string;
  readonly proc: ChildProcess;
  readonly lines: LogLine[] = [];
  private waiters: { match: (l: LogLine) => boolean; resolve: (l: LogLine) => void }[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(name: string, script: string, env: NodeJS.ProcessEnv) {
    this.name = name;
    this.proc = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.proc.once('exit', (code, signal) => resolve({ code, signal })));
    let buf = '';
    const onData = (d: Buffer) => {
      buf += d.toString();
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const text = buf.slice(0, i);
        buf = buf.slice(i + 1);
        let line: LogLine;
        try {
          line = JSON.parse(text);
        } catch {
          line = { level: 'raw', component: name, msg: text };
        }
        this.lines.push(line);
        if (process.env.WEFT_TEST_LOGS) process.stderr.write(`[${name}] ${text}\n`);
        this.waiters = this.waiters.filter((w) => (w.match(line) ? (w.resolve(line), false) : true));
      }
    };
    this.proc.stdout!.on('data', onData);
    this.proc.stderr!.on('data', onData);
  }

  /** Resolves with the first log line (past or future) matching `msg`. */
  waitFor(msg: string | ((l: LogLine) => boolean), timeoutMs = 60_000): Promise<LogLine> {
    const match = typeof msg === 'string' ? (l: LogLine) => l.msg === msg : msg;
    const seen = this.lines.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name}: no log line ${String(msg)} within ${timeoutMs} ms. Log:\n${this.lines.map((l) => JSON.stringify(l)).join('\n')}`)), timeoutMs);
      const onExit = () => reject(new Error(`${this.name} exited before logging ${String(msg)}. Log:\n${this.lines.map((l) => JSON.stringify(l)).join('\n')}`));
      this.proc.once('exit', onExit);
      this.waiters.push({ match, resolve: (l) => { clearTimeout(timer); this.proc.off('exit', onExit); resolve(l); } });
    });
  }

  kill(signal: NodeJS.Signals = 'SIGTERM'): Promise<unknown> {
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill(signal);
    return this.exited;
  }
}

export interface FabricOptions {
  /** Models file every executor reads. */
  modelsFile: string;
  executors?: number;
  schedulers?: number;
  /** Extra env for every process (e.g. OTEL_EXPORTER_OTLP_ENDPOINT). */
  env?: NodeJS.ProcessEnv;
  executorEnv?: NodeJS.ProcessEnv;
  gatewayEnv?: NodeJS.ProcessEnv;
  /** Models that must be served before start resolves. */
  waitForModels?: string[];
  /**
   * A nats-server shared with other fabrics (the caller stops it). Without
   * it the fabric starts and stops a server of its own.
   */
  nats?: NatsServer;
  /** WEFT_CLUSTER of every process; by default what they derive from their WEFT_HOME (this fabric's own temp dir). */
  cluster?: string;
}

export class Fabric {
  /** Replaced by restartNats (same port and store directory). */
  nats: NatsServer;
  readonly dir: string;
  readonly env: NodeJS.ProcessEnv;
  /** The cluster every process of this fabric names, and its NATS names (for tests that talk NATS themselves). */
  readonly cluster: string;
  readonly names: FabricNames;
  gateway!: WeftProcess;
  gatewayUrl = '';
  readonly schedulers: WeftProcess[] = [];
  readonly executors: WeftProcess[] = [];
  private readonly opts: FabricOptions;

  private constructor(nats: NatsServer, dir: string, opts: FabricOptions) {
    this.nats = nats;
    this.dir = dir;
    this.opts = opts;
    this.env = {
      ...process.env,
      NATS_URL: nats.url,
      WEFT_HOME: dir,
      WEFT_MODELS: opts.modelsFile,
      WEFT_LOG_FORMAT: 'json',
      WEFT_LOG_LEVEL: 'debug',
      WEFT_THREADS: '1',
      WEFT_HEARTBEAT_MS: '250',
      WEFT_EXECUTOR_EXPIRY_MS: '1500',
      ...opts.env,
      ...(opts.cluster !== undefined ? { WEFT_CLUSTER: opts.cluster } : {}),
    };
    this.cluster = this.env.WEFT_CLUSTER || defaultCluster(this.env);
    this.names = fabricNames(this.cluster);
  }

  static async start(opts: FabricOptions): Promise<Fabric> {
    const dir = mkdtempSync(join(tmpdir(), 'weft-test-'));
    const nats = opts.nats ?? await startNatsServer({ storeDir: join(dir, 'jetstream') });
    const f = new Fabric(nats, dir, opts);
    try {
      for (let i = 0; i < (opts.executors ?? 1); i++) await f.startExecutor(`exec-${i}`);
      for (let i = 0; i < (opts.schedulers ?? 1); i++) f.startScheduler(`sched-${i}`);
      await f.startGateway();
      await Promise.all(f.schedulers.map((s) => s.waitFor('scheduler ready')));
      if (opts.waitForModels?.length) await f.waitForModels(opts.waitForModels);
    } catch (err) {
      await f.stop();
      throw err;
    }
    return f;
  }

  async startExecutor(id: string, env: NodeJS.ProcessEnv = {}): Promise<WeftProcess> {
    const p = new WeftProcess(id, MAIN.executor, { ...this.env, WEFT_EXECUTOR_ID: id, ...this.opts.executorEnv, ...env });
    this.executors.push(p);
    await p.waitFor('executor ready', 120_000);
    return p;
  }

  /** `env` overrides this scheduler's (e.g. WEFT_MODELS: schedulers reading different models files). */
  startScheduler(id: string, env: NodeJS.ProcessEnv = {}): WeftProcess {
    const p = new WeftProcess(id, MAIN.scheduler, { ...this.env, WEFT_SCHEDULER_ID: id, ...env });
    this.schedulers.push(p);
    return p;
  }

  /** `port` 0: any free one. */
  async startGateway(port = 0): Promise<void> {
    this.gateway = new WeftProcess('gateway', MAIN.gateway, { ...this.env, PORT: String(port), WEFT_GATEWAY_ID: 'gw-test', ...this.opts.gatewayEnv });
    const line = await this.gateway.waitFor('gateway listening');
    this.gatewayUrl = line.url as string;
  }

  /** SIGKILLs the gateway and starts another on the same port, so clients keep their URL. */
  async restartGateway(): Promise<void> {
    await this.gateway.kill('SIGKILL');
    await this.startGateway(Number(new URL(this.gatewayUrl).port));
  }

  /**
   * Stops this fabric's nats-server abruptly (SIGKILL where the server is
   * our child itself, see tied-spawn.ts) and starts another on the same
   * port and store directory; the processes reconnect to it on their own.
   */
  async restartNats(): Promise<void> {
    if (this.opts.nats) throw new Error('a nats-server shared by several fabrics is not this fabric\'s to restart');
    const { port, process: p } = this.nats;
    const gone = new Promise((r) => (p.exitCode !== null || p.signalCode !== null ? r(undefined) : p.once('exit', r)));
    if (tieMethod() === 'pdeathsig') p.kill('SIGKILL');
    else await this.nats.stop();
    await gone;
    this.nats = await startNatsServer({ storeDir: join(this.dir, 'jetstream'), port });
  }

  /** Waits until the gateway lists every model in `models`. */
  async waitForModels(models: string[], timeoutMs = 30_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const r = await fetch(`${this.gatewayUrl}/readyz`).catch(() => undefined);
      const body = r?.ok ? ((await r.json()) as { models: string[] }) : undefined;
      if (body && models.every((m) => body.models.includes(m))) return;
      if (Date.now() > until) throw new Error(`models ${models.join(', ')} not served within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** GET /v1/cluster: the fleet, queues and recent placements as operators see them (auth off or an admin `key`). */
  async clusterView(key?: string): Promise<ClusterView> {
    const r = await fetch(`${this.gatewayUrl}/v1/cluster`, key ? { headers: { authorization: `Bearer ${key}` } } : {});
    if (!r.ok) throw new Error(`GET /v1/cluster: ${r.status} ${await r.text()}`);
    return (await r.json()) as ClusterView;
  }

  /** Waits until `count` executors report `model` ready (GET /v1/cluster; auth off or an admin `key`). */
  async waitForReplicas(model: string, count: number, timeoutMs = 30_000, key?: string): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const r = await fetch(`${this.gatewayUrl}/v1/cluster`, key ? { headers: { authorization: `Bearer ${key}` } } : {}).catch(() => undefined);
      const view = r?.ok ? ((await r.json()) as { executors: { models: { name: string; state: string }[] }[] }) : undefined;
      const ready = view?.executors.filter((e) => e.models.some((m) => m.name === model && m.state === 'ready')).length ?? 0;
      if (ready >= count) return;
      if (Date.now() > until) throw new Error(`${count} replica(s) of ${model} not ready within ${timeoutMs} ms (${ready} ready)`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async stop(): Promise<void> {
    const all = [this.gateway, ...this.schedulers, ...this.executors].filter(Boolean);
    await Promise.all(all.map(async (p) => {
      const t = setTimeout(() => p.kill('SIGKILL'), 10_000);
      await p.kill('SIGTERM');
      clearTimeout(t);
    }));
    if (!this.opts.nats) await this.nats.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
