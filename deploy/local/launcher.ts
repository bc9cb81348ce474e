// The local all-in-one launcher behind `npm start`: NATS (found or started),
// the demo model, then gateway, scheduler and one CPU executor as separate,
// supervised processes.
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect } from '@nats-io/transport-node';
import { ensureModel, SHAPES } from '../../executors/engines/llamacpp/gguf/index.ts';
import { readModelsFile, upsertModel } from '../../catalog/models-file.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../../observability/logger.ts';
import { findNatsServer, NATS_INSTALL_HINT, startNatsServer, type NatsServer } from './nats-server.ts';
import { Supervisor } from './supervisor.ts';

export const DEMO_MODEL = 'weft-demo';
const root = fileURLToPath(new URL('../../', import.meta.url));

async function natsAnswers(url: string): Promise<boolean> {
  try {
    const nc = await connect({ servers: url, timeout: 1_000, reconnect: false });
    await nc.close();
    return true;
  } catch {
    return false;
  }
}

/** NATS_URL if set; else a server on 127.0.0.1:4222; else one we start. */
async function resolveNats(config: Config, env: NodeJS.ProcessEnv, log: Logger): Promise<{ url: string; server?: NatsServer }> {
  if (env.NATS_URL) return { url: config.natsUrl };
  const local = 'nats://127.0.0.1:4222';
  if (await natsAnswers(local)) {
    log.info('using the NATS server already answering', { url: local });
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

export async function launch(config: Config, env: NodeJS.ProcessEnv, log: Logger): Promise<{ url: string; stop(): Promise<void> }> {
  mkdirSync(config.home, { recursive: true });
  const nats = await resolveNats(config, env, log);
  await ensureDemoModel(config, log);

  const childEnv: NodeJS.ProcessEnv = {
    ...env,
    NATS_URL: nats.url,
    WEFT_HOME: config.home,
    WEFT_PARENT_PID: String(process.pid),
    WEFT_LOG_FORMAT: env.WEFT_LOG_FORMAT ?? (process.stderr.isTTY ? 'pretty' : 'json'),
    // All processes share this machine: llama.cpp threads that outnumber the
    // free cores spin against the gateway, scheduler and NATS (measured 30x
    // slower on 2 cores), so the executor leaves one core to the rest.
    WEFT_THREADS: env.WEFT_THREADS ?? String(Math.max(1, availableParallelism() - 1)),
  };
  const sup = new Supervisor(log);
  sup.start('executor', [join(root, 'executors/main.ts')], childEnv);
  sup.start('scheduler', [join(root, 'scheduler/main.ts')], childEnv);
  sup.start('gateway', [join(root, 'gateway/main.ts')], childEnv);

  const url = `http://${config.host}:${config.port}`;
  return {
    url,
    async stop() {
      await sup.stopAll();
      await nats.server?.stop();
    },
  };
}

/** Polls /readyz until the gateway is up and the demo model is served. */
export async function waitReady(url: string, model: string, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const r = await fetch(`${url}/readyz`);
      if (r.ok && ((await r.json()) as { models: string[] }).models.includes(model)) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
