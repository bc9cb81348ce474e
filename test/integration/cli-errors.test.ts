// The weft CLI answers a mistake with one line on stderr naming it, and
// exit code 2: never a stack trace, and nothing written.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../deploy/cli/weft.ts', import.meta.url));
let dir: string;
let models: string;
let gguf: string;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'weft-cli-'));
  models = join(dir, 'models.json');
  gguf = join(dir, 'm.gguf');
  // Only the magic is checked when registering.
  writeFileSync(gguf, 'GGUF\x03\x00\x00\x00');
  mkdirSync(join(dir, 'a-directory'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

function weft(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, WEFT_HOME: dir, WEFT_MODELS: models, ...env }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Exit 2, exactly one line on stderr matching `line`, and no models file written. */
function rejects(args: string[], line: RegExp, env: NodeJS.ProcessEnv = {}) {
  const r = weft(args, env);
  assert.equal(r.status, 2, `exit code; stderr:\n${r.stderr}`);
  assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, `one line, got:\n${r.stderr}`);
  assert.match(r.stderr, /^weft: /);
  assert.match(r.stderr, line);
  assert.equal(existsSync(models), false, 'nothing written');
}

describe('weft CLI mistakes: one line, exit 2', () => {
  test('models add with a directory for PATH (was EISDIR and a stack trace)', () => {
    rejects(['models', 'add', 'd', join(dir, 'a-directory')], /a-directory: not a file/);
  });

  test('--slots -3, as two words or one', () => {
    rejects(['models', 'add', 'd', gguf, '--slots', '-3'], /--slots must be a positive integer \(got "-3"\)/);
    rejects(['models', 'add', 'd', gguf, '--slots=-3'], /--slots must be a positive integer/);
  });

  test('an option without its value', () => rejects(['models', 'add', 'd', gguf, '--slots'], /--slots.*argument missing/));
  test('an unknown option', () => rejects(['models', 'add', 'd', gguf, '--bogus'], /Unknown option '--bogus'/));
  test('an unknown command', () => rejects(['frobnicate'], /unknown command 'frobnicate'/));

  test('a rule of the models file, named as the option that broke it', () => {
    rejects(['models', 'add', 'd', gguf, '--devices', 'gpu'], /--devices: expected a non-empty list/);
    rejects(['models', 'add', 'd', gguf, '--min-replicas', '3', '--max-replicas', '1'], /--min-replicas \(3\) is above --max-replicas \(1\)/);
  });

  test('a template file that does not exist', () => rejects(['models', 'add', 'd', gguf, '--template', join(dir, 'nope.jinja')], /nope\.jinja: no such file or directory/));
  test('a bad configuration variable', () => rejects(['models', 'list'], /WEFT_SLOTS=-1: expected an integer/, { WEFT_SLOTS: '-1' }));

  test('a models file that is not JSON, for list, add and remove', () => {
    const bad = join(dir, 'bad-models.json');
    writeFileSync(bad, '{"models": [');
    for (const args of [['models', 'list'], ['models', 'add', 'd', gguf], ['models', 'remove', 'd']]) {
      rejects(args, /bad-models\.json: not valid JSON/, { WEFT_MODELS: bad });
    }
    assert.equal(readFileSync(bad, 'utf8'), '{"models": [', 'left as it was');
  });

  test('keys add with a keys file that is a directory, or not JSON', () => {
    rejects(['keys', 'add', '--tenant', 't', '--file', join(dir, 'a-directory')], /a-directory: is a directory/);
    const bad = join(dir, 'bad-keys.json');
    writeFileSync(bad, 'nope');
    rejects(['keys', 'add', '--tenant', 't', '--file', bad], /bad-keys\.json: not valid JSON/);
  });
});

test('and a correct command still works: exit 0, the entry written', () => {
  const r = weft(['models', 'add', 'd', gguf, '--slots', '3']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(readFileSync(models, 'utf8')).models.map((m: { name: string; slots: number }) => [m.name, m.slots]), [['d', 3]]);
});

describe('weft keys limit', () => {
  test('sets a tenant\'s limits in the keys file, keeps its keys, and clears them', () => {
    const file = join(dir, 'limits-keys.json');
    assert.equal(weft(['keys', 'add', '--tenant', 'acme', '--file', file]).status, 0);
    let r = weft(['keys', 'limit', '--tenant', 'acme', '--rpm', '60', '--concurrent', '4', '--file', file]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'acme: requests_per_minute 60, max_concurrent_requests 4\n');
    assert.equal(weft(['keys', 'limit', '--tenant', '*', '--tpm', '1000', '--file', file]).status, 0);
    r = weft(['keys', 'limit', '--tenant', 'acme', '--models', 'llama-*, embed', '--file', file]);
    assert.equal(r.stdout, 'acme: requests_per_minute 60, max_concurrent_requests 4, models llama-*,embed\n');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(doc.keys.length, 1);
    assert.deepEqual(doc.tenants, { acme: { requests_per_minute: 60, max_concurrent_requests: 4, models: ['llama-*', 'embed'] }, '*': { tokens_per_minute: 1000 } });
    r = weft(['keys', 'limit', '--tenant', 'acme', '--clear', '--file', file]);
    assert.equal(r.stdout, 'acme: no limits\n');
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')).tenants, { '*': { tokens_per_minute: 1000 } });
  });

  test('mistakes are one line, exit 2, and the keys file is left as it was', () => {
    const file = join(dir, 'limits-mistakes.json');
    assert.equal(weft(['keys', 'limit', '--tenant', 'acme', '--rpm', '5', '--file', file]).status, 0);
    const before = readFileSync(file, 'utf8');
    for (const [args, line] of [
      [['--rpm', '5'], /--tenant is required/],
      [['--tenant', 'acme'], /give at least one of --rpm, --tpm, --concurrent/],
      [['--tenant', 'acme', '--rpm', '0'], /--rpm must be a positive integer \(got "0"\)/],
      [['--tenant', 'acme', '--clear', '--tpm', '5'], /--clear removes every limit of the tenant; give it alone/],
      [['--tenant', 'acme', '--models', ' , '], /--models: expected model names or globs, comma-separated/],
    ] as const) {
      const r = weft(['keys', 'limit', ...args, '--file', file]);
      assert.equal(r.status, 2, r.stderr);
      assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, r.stderr);
      assert.match(r.stderr, line);
    }
    assert.equal(readFileSync(file, 'utf8'), before);
  });
});
