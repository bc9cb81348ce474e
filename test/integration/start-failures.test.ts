// A Weft process that cannot start for a plain reason says it in one log
// line and exits with a status its supervisor can act on (restarting will
// not free a taken port), never with a stack trace: a NATS_URL that does
// not answer, a gateway port already in use.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNatsServer, type NatsServer } from '../../deploy/local/nats-server.ts';
import { EXIT } from '../../deploy/start-failure.ts';
import { MAIN, WeftProcess, type LogLine } from '../harness/processes.ts';

let dir: string;
let nats: NatsServer;
const started: WeftProcess[] = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'weft-start-failures-'));
  nats = await startNatsServer({ storeDir: join(dir, 'nats') });
});

after(async () => {
  await Promise.all(started.map((p) => p.kill('SIGKILL')));
  await nats?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function listening(port = 0): Promise<Server> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(port, '127.0.0.1', r));
  return s;
}

const portOf = (s: Server) => (s.address() as { port: number }).port;

function run(name: keyof typeof MAIN, env: NodeJS.ProcessEnv): WeftProcess {
  const p = new WeftProcess(name, MAIN[name], {
    ...process.env, WEFT_HOME: join(dir, name), WEFT_LOG_FORMAT: 'json', WEFT_THREADS: '1', PORT: '0', ...env,
  });
  started.push(p);
  return p;
}

const errors = (lines: LogLine[]) => lines.filter((l) => l.level === 'error' || l.level === 'raw');

describe('a NATS_URL that does not answer', () => {
  for (const name of ['gateway', 'scheduler', 'executor'] as const) {
    test(`the ${name} says which URL in one line and exits ${EXIT.natsUnreachable}`, async () => {
      // A port just freed: nothing listens there.
      const closed = await listening();
      const url = `nats://127.0.0.1:${portOf(closed)}`;
      await new Promise((r) => closed.close(r));
      const p = run(name, { NATS_URL: url });
      const { code } = await p.exited;
      assert.equal(code, EXIT.natsUnreachable);
      const errs = errors(p.lines);
      assert.equal(errs.length, 1, JSON.stringify(p.lines));
      assert.equal(errs[0]!.msg, `cannot reach NATS at ${url}: connection refused`);
      assert.ok(p.lines.every((l) => !('stack' in l)), JSON.stringify(p.lines));
    });
  }
});

describe('a gateway port already in use', () => {
  test(`the gateway names the port in one line and exits ${EXIT.cannotListen}`, async () => {
    const holder = await listening();
    try {
      const port = portOf(holder);
      const p = run('gateway', { NATS_URL: nats.url, PORT: String(port), WEFT_HOST: '127.0.0.1' });
      const { code } = await p.exited;
      assert.equal(code, EXIT.cannotListen);
      const errs = errors(p.lines);
      assert.equal(errs.length, 1, JSON.stringify(p.lines));
      assert.match(errs[0]!.msg, new RegExp(`^port ${port} on 127\\.0\\.0\\.1 is already in use`));
      assert.ok(p.lines.every((l) => !('stack' in l)), JSON.stringify(p.lines));
    } finally {
      await new Promise((r) => holder.close(r));
    }
  });
});
