// The local all-in-one launcher behind `npm start`: checks that the
// gateway's port is free and NATS answers, then NATS (found or started), the
// demo model, then the executors and the gateway and scheduler, as
// supervised processes: gateway and scheduler in one process on small
// machines, or each its own (WEFT_LAYOUT, see processLayout); one executor,
// or one per GPU where nvidia-smi lists several (executor-layout.ts).
import { mkdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMBEDDING_SHAPES, ensureEmbeddingModel, ensureModel, ensureRerankModel, SHAPES } from '../../synth/index.ts';
import { readModelsFile, upsertModel } from '../../catalog/models-file.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../../observability/logger.ts';
import { displayNatsUrl, natsUnreachable } from '../nats-check.ts';
import { EXIT, explainListenFailure } from '../start-failure.ts';
import { listenError } from './port-check.ts';
import { findNatsServer, NATS_INSTALL_HINT, startNatsServer, type NatsServer } from './nats-server.ts';
import { detectNvidia, execFileRun, type Run } from '../../executors/devices/nvidia.ts';
import { describeLayout, executorLayout, withStableExecutorId } from './executor-layout.ts';
import { ensureSpeechModels } from './speech-models.ts';
import { Supervisor } from './supervisor.ts';

export const DEMO_MODEL = 'weft-demo';
/** The demo encoders beside it: embeddings and rerank on onnxruntime. */
export const DEMO_EMBED_MODEL = 'weft-demo-embed';
export const DEMO_RERANK_MODEL = 'weft-demo-rerank';
const root = fileURLToPath(new URL('../../', import.meta.url));

/** NATS_URL if set; else a server on 127.0.0.1:4222; else one we start. */
async function resolveNats(config: Config, env: NodeJS.ProcessEnv, log: Logger): Promise<{ url: string; server?: NatsServer }> {
  if (env.NATS_URL) {
    // Checked before any child starts: children that cannot connect would
    // only be restarted, again and again, each failing the same way.
    const why = await natsUnreachable(config);
    if (why !== undefined) {
      throw new Error(`cannot reach NATS at ${displayNatsUrl(config.natsUrl)} (NATS_URL): ${why}. Start that server, correct NATS_URL, or unset it to use or start a local nats-server.`);
    }
    return { url: config.natsUrl };
  }
  const local = 'nats://127.0.0.1:4222';
  if ((await natsUnreachable({ ...config, natsUrl: local }, 1_000)) === undefined) {
    // Shared with whatever else uses it; WEFT_CLUSTER keeps this fabric's names apart.
    log.info('using the NATS server already answering', { url: local, cluster: config.cluster });
    return { url: local };
  }
  if (!findNatsServer(env)) throw new Error(NATS_INSTALL_HINT);
  const server = await startNatsServer({ storeDir: join(config.home, 'nats'), port: 4222 }).catch(() =>
    startNatsServer({ storeDir: join(config.home, 'nats') }),
  );
  log.info('started nats-server with JetStream', { url: server.url, store: join(config.home, 'nats') });
  return { url: server.url, server };
}

/** Creates the demo model on first run and makes sure the models file names it. */
export async function ensureDemoModel(config: Config, log: Logger): Promise<void> {
  const path = join(config.home, 'models', `${DEMO_MODEL}.gguf`);
  const { created } = await ensureModel(path, SHAPES.tiny);
  if (created) log.info('synthesized the demo model (random weights: its answers are gibberish)', { path });
  if (!readModelsFile(config.modelsFile).some((m) => m.name === DEMO_MODEL)) {
    // One replica always loaded: the demo answers at once, and never idles away.
    upsertModel(config.modelsFile, { name: DEMO_MODEL, path, contextSize: 2048, minReplicas: 1 });
  }
}

/**
 * The demo's embedding model and reranker (synthesized BERT-Tiny-shaped ONNX
 * encoders, 2 MB each: random weights, so their vectors and scores mean
 * nothing), so /v1/embeddings on an encoder and /v1/rerank answer out of the
 * box. They scale from zero: loaded on first use, costing nothing till then.
 */
export async function ensureDemoEncoders(config: Config, log: Logger): Promise<void> {
  const have = new Set(readModelsFile(config.modelsFile).map((m) => m.name));
  for (const [name, make] of [[DEMO_EMBED_MODEL, ensureEmbeddingModel], [DEMO_RERANK_MODEL, ensureRerankModel]] as const) {
    if (have.has(name)) continue;
    const { dir, created } = await make(join(config.home, 'models', name), EMBEDDING_SHAPES['bert-tiny']);
    if (created) log.info('synthesized a demo encoder (random weights: its outputs mean nothing)', { name, path: dir });
    upsertModel(config.modelsFile, { name, path: dir, engine: 'onnxruntime', minReplicas: 0 });
  }
}

/** Machines with at most this many cores run gateway and scheduler in one process by default. */
const COMBINED_UP_TO_CORES = 4;

/**
 * The processes `npm start` runs besides the executor. On a small machine
 * every extra process is a wake-up on each hop of every token, competing
 * with the engine for the same cores, and ~150 MiB of fixed memory.
 */
export function processLayout(layout: Config['layout'], cores = availableParallelism()): 'split' | 'combined' {
  if (layout !== 'auto') return layout;
  return cores <= COMBINED_UP_TO_CORES ? 'combined' : 'split';
}

export interface Launched {
  url: string;
  /** The pid of the gateway process this launcher runs now (it changes when the gateway restarts). */
  gatewayPid(): number | undefined;
  stop(): Promise<void>;
}

/**
 * Starts everything, or throws an Error whose message is the one line to
 * show. `onFatal` is called, with such a line, when something the fabric
 * needs fails later for good: the launcher should then stop.
 */
export async function launch(
  config: Config, launcherEnv: NodeJS.ProcessEnv, log: Logger, onFatal: (message: string) => void,
  opts: { /** Runs nvidia-smi; injected by tests. */ run?: Run } = {},
): Promise<Launched> {
  mkdirSync(config.home, { recursive: true });
  const env = withStableExecutorId(launcherEnv, config.port);
  // Before anything starts: a setting several executors cannot share fails here.
  const needsProbe = !env.WEFT_DEVICES?.trim() && !env.WEFT_GPU?.trim() && env.CUDA_VISIBLE_DEVICES === undefined;
  const gpus = needsProbe ? (await detectNvidia(opts.run ?? execFileRun)).devices : [];
  const executors = executorLayout(gpus, env, availableParallelism());
  if (config.port !== 0) {
    const listen = explainListenFailure(await listenError(config.host, config.port));
    if (listen) throw new Error(listen.message);
  }
  const nats = await resolveNats(config, env, log);
  let stopping = false;
  nats.server?.process.once('exit', (code, signal) => {
    if (!stopping) onFatal(`the nats-server this launcher started exited (${signal ?? `status ${code}`})`);
  });
  await ensureDemoModel(config, log);
  await ensureDemoEncoders(config, log);
  ensureSpeechModels(config, log);

  const childEnv: NodeJS.ProcessEnv = {
    ...env,
    NATS_URL: nats.url,
    WEFT_HOME: config.home,
    // Every child names the same fabric as this launcher, whatever it derives.
    WEFT_CLUSTER: config.cluster,
    WEFT_PARENT_PID: String(process.pid),
    WEFT_LOG_FORMAT: env.WEFT_LOG_FORMAT ?? (process.stderr.isTTY ? 'pretty' : 'json'),
  };
  const layout = processLayout(config.layout);
  // The process that serves HTTP: its exit for a taken port is the gateway's.
  const front = layout === 'combined' ? 'control' : 'gateway';
  const sup = new Supervisor(log, (name, code) => onFatal(
    name === front && code === EXIT.cannotListen
      ? `the gateway cannot listen on port ${config.port} on ${config.host}; its reason is logged above`
      : `the ${name} cannot start (exit status ${code}); its reason is logged above`,
  ));
  log.info('process layout', { layout, setting: config.layout, cores: availableParallelism(), executors: describeLayout(executors), why: executors.why });
  for (const e of executors.executors) sup.start(e.name, [join(root, 'executors/main.ts')], { ...childEnv, ...e.env });
  if (layout === 'combined') {
    sup.start('control', [join(root, 'deploy/control/main.ts')], childEnv);
  } else {
    sup.start('scheduler', [join(root, 'scheduler/main.ts')], childEnv);
    sup.start('gateway', [join(root, 'gateway/main.ts')], childEnv);
  }

  const url = `${config.tlsCert ? 'https' : 'http'}://${config.host}:${config.port}`;
  return {
    url,
    gatewayPid: () => sup.pid(front),
    async stop() {
      stopping = true;
      await sup.stopAll();
      await nats.server?.stop();
    },
  };
}

/**
 * GET `url`'s JSON body when it answers 2xx, else undefined. Over HTTPS the
 * certificate is not checked: this is the launcher asking the gateway it
 * started, on the address it bound (often 127.0.0.1, which the operator's
 * certificate need not name), and the answer's pid says whether it is
 * that gateway.
 */
async function getJson(url: string): Promise<unknown> {
  // A gateway that accepts and never answers must not hold the caller past its deadline.
  const timeoutMs = 2_000;
  const request = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { rejectUnauthorized: false }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (d: string) => (text += d)).on('end', () => {
        try {
          resolve(res.statusCode && res.statusCode < 300 ? JSON.parse(text) : undefined);
        } catch (err) {
          reject(err);
        }
      }).on('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)));
    req.on('error', reject).end();
  });
}

/** What GET /readyz answers (gateway/routes/health.ts). */
export interface Readyz {
  models: string[];
  loading: string[];
  pid: number;
}

/**
 * Polls /readyz until this launcher's own gateway (`gatewayPid`: another
 * program may answer on the port) says `model` has a ready replica; returns
 * that answer, or undefined after `timeoutMs`.
 */
export async function waitReady(url: string, model: string, gatewayPid: () => number | undefined, timeoutMs: number): Promise<Readyz | undefined> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const body = (await getJson(`${url}/readyz`)) as Readyz | undefined;
      if (body && body.pid === gatewayPid() && body.models.includes(model)) return body;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return undefined;
}
