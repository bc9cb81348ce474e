// `node tie-guard.ts <program> [args…]`: the fallback of tied-spawn.ts where
// setpriv --pdeathsig is missing. Runs the program and stops it when the
// process that started this guard is gone, as the kernel's parent-death
// signal would; passes on the signals it gets; exits as the program did.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { watchParent } from '../parent-watch.ts';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write('usage: tie-guard <program> [args…]\n');
  process.exit(2);
}
const parent = process.ppid;
const child = spawn(command, args, { stdio: 'inherit' });

// The guard's starter gives a stopped program a few seconds before it
// SIGKILLs the guard, which would orphan the program: escalate first.
let escalation: NodeJS.Timeout | undefined;
const stop = (signal: NodeJS.Signals) => {
  child.kill(signal);
  escalation ??= setTimeout(() => child.kill('SIGKILL'), 2_000).unref();
};
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
watchParent(parent, () => stop('SIGTERM'));

child.on('error', (err) => {
  process.stderr.write(`${command}: ${err.message}\n`);
  process.exit(127);
});
child.on('exit', (code, signal) => process.exit(code ?? 128 + (signal ? constants.signals[signal] : 0)));
