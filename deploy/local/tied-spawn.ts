// Starts a program that must not outlive this process, even when this
// process is killed with SIGKILL and gets no chance to stop it (the
// nats-server the launcher starts would otherwise keep its port and store).
//
// On Linux, util-linux's `setpriv --pdeathsig TERM` has the kernel send the
// program SIGTERM when its parent dies; setpriv execs the program, so the
// child's pid is the program's. Elsewhere (or without setpriv) a small Node
// guard (tie-guard.ts) runs the program and stops it when its own parent
// goes; it passes on the signals it gets.
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type Tie = 'pdeathsig' | 'guard';

const GUARD = fileURLToPath(new URL('./tie-guard.ts', import.meta.url));

let supported: Tie | undefined;

/** How this machine ties a child to us: pdeathsig where setpriv supports it, else the guard. */
export function tieMethod(): Tie {
  if (supported) return supported;
  const help = process.platform === 'linux' ? spawnSync('setpriv', ['--help'], { encoding: 'utf8' }) : undefined;
  supported = help?.status === 0 && help.stdout.includes('--pdeathsig') ? 'pdeathsig' : 'guard';
  return supported;
}

/** spawn(), for a program that is stopped (SIGTERM) when this process is gone. */
export function spawnTied(command: string, args: string[], options: SpawnOptions = {}, tie: Tie = tieMethod()): ChildProcess {
  if (tie === 'pdeathsig') return spawn('setpriv', ['--pdeathsig', 'TERM', '--', command, ...args], options);
  return spawn(process.execPath, [GUARD, command, ...args], options);
}
