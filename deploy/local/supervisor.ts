// Keeps the launcher's children running: a child that crashes is logged and
// restarted with backoff; one that exits with a status saying a restart
// cannot help (a taken port, bad config) is not restarted, and the
// supervisor's owner is told instead. stopAll() ends them in reverse start
// order.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Logger } from '../../observability/logger.ts';
import { NO_RESTART } from '../start-failure.ts';

interface Child {
  name: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  proc?: ChildProcess;
  restarts: number;
  startedAt: number;
  timer?: NodeJS.Timeout;
}

export class Supervisor {
  private readonly children: Child[] = [];
  private stopping = false;
  private readonly log: Logger;
  private readonly onGiveUp: (name: string, code: number) => void;

  /** `onGiveUp` is called when a child exits with a status in NO_RESTART. */
  constructor(log: Logger, onGiveUp: (name: string, code: number) => void = () => {}) {
    this.log = log;
    this.onGiveUp = onGiveUp;
  }

  start(name: string, args: string[], env: NodeJS.ProcessEnv): void {
    const child: Child = { name, args, env, restarts: 0, startedAt: 0 };
    this.children.push(child);
    this.spawn(child);
  }

  /** The pid of `name`'s current process, while it runs. */
  pid(name: string): number | undefined {
    const p = this.children.find((c) => c.name === name)?.proc;
    return p && p.exitCode === null && p.signalCode === null ? p.pid : undefined;
  }

  private spawn(child: Child): void {
    child.startedAt = Date.now();
    const proc = spawn(process.execPath, child.args, { env: child.env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.proc = proc;
    proc.on('exit', (code, signal) => {
      if (this.stopping) return;
      if (code !== null && NO_RESTART.has(code)) {
        // It said why in its own line; starting it again would only repeat it.
        this.log.error(`${child.name} cannot start; not restarting it`, { code });
        this.onGiveUp(child.name, code);
        return;
      }
      // A child that ran a while before crashing starts over from a short delay.
      if (Date.now() - child.startedAt > 60_000) child.restarts = 0;
      const delay = Math.min(30_000, 500 * 2 ** child.restarts++);
      this.log.error(`${child.name} exited; restarting`, { code, signal, inMs: delay, restarts: child.restarts });
      child.timer = setTimeout(() => this.spawn(child), delay);
    });
  }

  async stopAll(): Promise<void> {
    this.stopping = true;
    for (const child of [...this.children].reverse()) {
      clearTimeout(child.timer);
      const p = child.proc;
      if (!p || p.exitCode !== null || p.signalCode !== null) continue;
      await new Promise<void>((resolve) => {
        p.once('exit', () => resolve());
        p.kill('SIGTERM');
        setTimeout(() => p.kill('SIGKILL'), 8_000).unref();
      });
    }
  }
}
