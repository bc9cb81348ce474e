// A nats-server the launcher (or a test) starts never outlives it: not when
// it is stopped, and not when the process that started it is killed with
// SIGKILL and can stop nothing. Linux ties it with setpriv's parent-death
// signal; elsewhere a small guard process does; both are checked here
// (pdeathsig where this machine has it).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startNatsServer } from '../../deploy/local/nats-server.ts';
import { tieMethod, type Tie } from '../../deploy/local/tied-spawn.ts';
import { killLeft, processTree, waitStopped, type Proc } from '../harness/proc-tree.ts';

const NATS_SERVER_TS = pathToFileURL(join(import.meta.dirname, '../../deploy/local/nats-server.ts')).href;
const dir = mkdtempSync(join(tmpdir(), 'weft-nats-tie-'));
const seen: Proc[] = [];

after(() => {
  killLeft(seen);
  rmSync(dir, { recursive: true, force: true });
});

const ties: Tie[] = tieMethod() === 'pdeathsig' ? ['pdeathsig', 'guard'] : ['guard'];
const isNatsServer = (p: Proc) => /(^|\/)nats-server$/.test(p.cmd.split(' ')[0]!);

for (const tie of ties) {
  describe(`a nats-server tied by ${tie}`, () => {
    test('stops when the process that started it is killed with SIGKILL', async () => {
      // The owner: a process that starts a nats-server, says so, and idles.
      const owner = spawn(process.execPath, ['--input-type=module', '-e', `
        import { startNatsServer } from ${JSON.stringify(NATS_SERVER_TS)};
        const s = await startNatsServer({ storeDir: process.env.STORE, tie: process.env.TIE });
        process.stdout.write('started ' + s.url + '\\n');
        setInterval(() => {}, 60_000);
      `], { env: { ...process.env, STORE: join(dir, `owner-${tie}`), TIE: tie }, stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      await new Promise<void>((resolve, reject) => {
        owner.stdout!.on('data', (d: Buffer) => ((out += d.toString()), out.includes('started') && resolve()));
        owner.once('exit', (code) => reject(new Error(`owner exited (${code}): ${out}`)));
      });
      const below = processTree(owner.pid!).filter((p) => p.pid !== owner.pid);
      seen.push(...below);
      assert.ok(below.some(isNatsServer), `no nats-server below the owner: ${JSON.stringify(below)}`);

      owner.kill('SIGKILL');
      const left = await waitStopped(below, 15_000);
      assert.deepEqual(left.map((p) => `${p.pid} ${p.cmd}`), []);
    });

    test('stops when stopped', async () => {
      const server = await startNatsServer({ storeDir: join(dir, `stopped-${tie}`), tie });
      const tree = processTree(server.process.pid!);
      seen.push(...tree);
      assert.ok(tree.some(isNatsServer), JSON.stringify(tree));
      await server.stop();
      const left = await waitStopped(tree, 15_000);
      assert.deepEqual(left.map((p) => `${p.pid} ${p.cmd}`), []);
    });
  });
}
