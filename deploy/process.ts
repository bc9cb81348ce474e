// What every Weft process does around its own logic: telemetry, a logger,
// clean shutdown on SIGINT/SIGTERM, one readable line for bad config, and
// exiting when the launcher that started it is gone.
import { initTelemetry } from '../observability/telemetry.ts';
import { createLogger, type Logger } from '../observability/logger.ts';
import { ConfigError, type Config } from './config.ts';

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
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger(component, { level: cfg.logLevel, format: cfg.logFormat });
  const telemetry = initTelemetry(`weft-${component}`);
  process.on('uncaughtException', (err) => {
    log.error('uncaught exception; exiting', { err, stack: err.stack });
    process.exit(1);
  });
  process.on('unhandledRejection', (err) => log.error('unhandled rejection', { err }));

  let running: Closeable;
  try {
    running = await start(cfg, log);
  } catch (err) {
    log.error('failed to start', { err, stack: (err as Error).stack });
    await telemetry.shutdown();
    process.exit(1);
  }

  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { why });
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    await running.close().catch((err) => log.error('error while stopping', { err }));
    await telemetry.shutdown();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  // A child of the local launcher must not outlive it (it would hold its
  // port and memory): poll the launcher's pid.
  const parent = Number(process.env.WEFT_PARENT_PID);
  if (parent > 0) {
    setInterval(() => {
      try {
        process.kill(parent, 0);
      } catch {
        void stop('launcher exited');
      }
    }, 1000).unref();
  }
}
