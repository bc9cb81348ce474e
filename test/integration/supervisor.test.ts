// The launcher's supervisor restarts a child that crashes, but not one
// whose exit status says a restart cannot help (a taken port, bad
// config): it tells the launcher instead, which stops with that reason
// rather than looping.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Supervisor } from '../../deploy/local/supervisor.ts';
import { EXIT } from '../../deploy/start-failure.ts';
import { createLogger } from '../../observability/logger.ts';

const dir = mkdtempSync(join(tmpdir(), 'weft-supervisor-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a child exiting with a no-restart status is not restarted, and the supervisor\'s owner is told', async () => {
  const runs = join(dir, 'runs');
  const starts = (name: string) => {
    try {
      return readFileSync(runs, 'utf8').split('\n').filter((l) => l === name).length;
    } catch {
      return 0;
    }
  };
  // Each child notes that it started, then exits with `code`.
  const child = (name: string, code: number) => ['-e', `require('fs').appendFileSync(${JSON.stringify(runs)}, ${JSON.stringify(name)} + '\\n'); process.exit(${code})`];

  const givenUp: [string, number][] = [];
  const sup = new Supervisor(createLogger('test', { write: () => {} }), (name, code) => givenUp.push([name, code]));
  sup.start('port-taken', child('port-taken', EXIT.cannotListen), process.env);
  sup.start('crashing', child('crashing', 1), process.env);
  try {
    // The crashing child is restarted after 0.5 s, then 1 s: by its third
    // start, the other would have been restarted too.
    const until = Date.now() + 30_000;
    while (starts('crashing') < 3 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    assert.ok(starts('crashing') >= 3, 'a crashing child is restarted');
    assert.equal(starts('port-taken'), 1);
    assert.deepEqual(givenUp, [['port-taken', EXIT.cannotListen]]);
    assert.equal(sup.pid('port-taken'), undefined);
  } finally {
    await sup.stopAll();
  }
});
