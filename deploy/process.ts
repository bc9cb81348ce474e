// What every Weft process does around its own logic: telemetry, a logger,
// clean shutdown on SIGINT/SIGTERM, one readable line (and an exit status a
// supervisor can act on) for bad config, NATS not answering or a port in
// use, and exiting when the launcher that started it is gone.
import { initTelemetry } from '../observability/telemetry.ts';
import { createLogger, type Logger } from '../observability/logger.ts';
import { ConfigError, type Config } from './config.ts';
import { connectFailure, displayNatsUrl } from './nats-check.ts';
import { watchParent } from './parent-watch.ts';
import { EXIT, explainListenFailure } from './start-failure.ts';

export interface Closeable {
  close(): Promise<void>;
}

export async function runProcess(component: string, start: (config: Config, log: Logger) => Promise<Closeable>, config: Config | (() => Config)): Promise<void> {
  let cfg: Config;
  try {
    cfg = typeof config === 'function' ? config() : config;
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`weft ${component}: ${err.message}\n`);
      process.exit(EXIT.badConfig);
    }
    throw err;
  }
  const log = createLogger(component, { level: cfg.logLevel, format: cfg.logFormat });
  const telemetry = initTelemetry(`weft-${component}`, process.env, cfg);
  process.on('uncaughtException', (err) => {
    log.error('uncaught exception; exiting', { err, stack: err.stack });
    process.exit(1);
  });
  process.on('unhandledRejection', (err) => log.error('unhandled rejection', { err }));

  const fail = async (message: string, exitCode: number, meta?: Record<string, unknown>) => {
    log.error(message, meta);
    await telemetry.shutdown();
    process.exit(exitCode);
  };

  // Set up before starting: a signal, or the launcher going, while the
  // process still starts (connecting, binding) must stop it too.
  let running: Closeable | undefined;
  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { why });
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    await running?.close().catch((err) => log.error('error while stopping', { err }));
    await telemetry.shutdown();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  // A child of the local launcher must not outlive it (it would keep
  // serving, and hold its port and memory).
  const parent = Number(process.env.WEFT_PARENT_PID);
  if (parent > 0) watchParent(parent, () => void stop('launcher exited'));

  try {
    running = await start(cfg, log);
  } catch (err) {
    // A wrong or dead NATS_URL, and a port that cannot be bound, are one
    // line naming them, with a status the supervisor acts on.
    const unreachable = connectFailure(err);
    if (unreachable !== undefined) return fail(`cannot reach NATS at ${displayNatsUrl(cfg.natsUrl)}: ${unreachable}`, EXIT.natsUnreachable);
    const listen = explainListenFailure(err);
    if (listen) return fail(listen.message, listen.exitCode);
    return fail('failed to start', 1, { err, stack: (err as Error).stack });
  }
}
