// Finds and starts a nats-server (with JetStream) for the local launcher
// and for tests, which each start their own on a random port.
import type { ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { spawnTied, type Tie } from './tied-spawn.ts';

/** nats-server on the PATH, or where Debian installs it (/usr/sbin is not on every user's PATH). */
export function findNatsServer(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dirs = [...(env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/usr/local/bin'];
  for (const d of dirs) {
    if (!d) continue;
    const p = join(d, 'nats-server');
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

export const NATS_INSTALL_HINT = 'nats-server is not installed: install it with `sudo apt-get install nats-server` (Debian/Ubuntu) or from https://github.com/nats-io/nats-server/releases, or set NATS_URL to a running server.';

export interface NatsServer {
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts nats-server with JetStream storing in `storeDir`. Port -1 lets the
 * server pick a free one; the URL is read from its log, so there is no race
 * between choosing a port and binding it. The server is tied to this
 * process: it stops when this process is gone, however it ended. `args`
 * are more of nats-server's options (auth and TLS, in tests).
 */
export async function startNatsServer(opts: { storeDir: string; port?: number; host?: string; binary?: string; tie?: Tie; args?: string[] }): Promise<NatsServer> {
  const binary = opts.binary ?? findNatsServer();
  if (!binary) throw new Error(NATS_INSTALL_HINT);
  mkdirSync(opts.storeDir, { recursive: true });
  const host = opts.host ?? '127.0.0.1';
  const child = spawnTied(binary, ['-a', host, '-p', String(opts.port ?? -1), '-js', '-sd', opts.storeDir, '--http_port', '0', ...(opts.args ?? [])], {
    stdio: ['ignore', 'ignore', 'pipe'],
  }, opts.tie);
  const port = await new Promise<number>((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => fail(new Error(`nats-server did not start within 10 s:\n${log}`)), 10_000);
    const onExit = (code: number | null) => fail(new Error(`nats-server exited (${code}):\n${log}`));
    const onData = (d: Buffer) => {
      log += d.toString();
      const m = /Listening for client connections on [^\s]*:(\d+)/.exec(log);
      if (m && /Server is ready/.test(log)) {
        clearTimeout(timer);
        child.off('exit', onExit);
        child.off('error', fail);
        child.stderr!.off('data', onData);
        resolve(Number(m[1]));
      }
    };
    function fail(err: Error) {
      clearTimeout(timer);
      // SIGTERM first: a SIGKILLed tie guard could not stop the server it runs.
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3_000).unref();
      reject(err);
    }
    child.once('error', fail);
    child.once('exit', onExit);
    child.stderr!.on('data', onData);
  });
  child.stderr!.resume();
  return {
    url: `nats://${host}:${port}`,
    port,
    process: child,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3_000).unref();
    }),
  };
}
