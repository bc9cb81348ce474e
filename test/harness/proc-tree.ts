// A process tree read from /proc (Linux), for tests asserting that every
// process something started is gone. A process is named by pid and start
// time, so a pid the kernel reuses is not taken for the process that had it.
import { readdirSync, readFileSync } from 'node:fs';

export interface Proc {
  pid: number;
  ppid: number;
  /** Start time in clock ticks since boot: with the pid, names the process. */
  start: number;
  state: string;
  /** The command line, arguments joined by spaces. */
  cmd: string;
}

function read(pid: number): Proc | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
    return { pid, state: f[0]!, ppid: Number(f[1]), start: Number(f[19]), cmd };
  } catch {
    return undefined; // gone meanwhile
  }
}

/** `root` and every process below it, now. */
export function processTree(root: number): Proc[] {
  const all = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map((d) => read(Number(d))).filter((p): p is Proc => !!p);
  const tree = all.filter((p) => p.pid === root);
  for (let i = 0; i < tree.length; i++) for (const p of all) if (p.ppid === tree[i]!.pid) tree.push(p);
  return tree;
}

/** Whether the process still runs: it exists with the same start time, and has not exited (a zombie has). */
export function running(p: Proc): boolean {
  const now = read(p.pid);
  return !!now && now.start === p.start && now.state !== 'Z';
}

/** Resolves with the processes of `procs` still running after `timeoutMs` (empty when all stopped). */
export async function waitStopped(procs: Proc[], timeoutMs: number): Promise<Proc[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const left = procs.filter(running);
    if (left.length === 0 || Date.now() > until) return left;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** SIGKILLs, by pid, those of `procs` that still run (a failed test's leftovers). */
export function killLeft(procs: Proc[]): void {
  for (const p of procs.filter(running)) {
    try {
      process.kill(p.pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
}
