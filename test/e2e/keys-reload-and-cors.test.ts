// A running gateway takes keys added to its keys file, with `weft keys
// add`, without a restart, drops keys removed from it, and keeps its keys
// through a broken file. Browser clients on a listed origin get CORS
// answers: preflights need no key, and errors are readable cross-origin.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { newKey, type KeyRecord } from '../../gateway/auth.ts';
import { Fabric } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';

const ORIGIN = 'https://app.example.com';
const CLI = fileURLToPath(new URL('../../deploy/cli/weft.ts', import.meta.url));
const first = newKey('acme', 'user');
let keysFile: string;
let fabric: Fabric;

before(async () => {
  keysFile = join(mkdtempSync(join(tmpdir(), 'weft-keys-')), 'keys.json');
  writeFileSync(keysFile, JSON.stringify({ keys: [first.record] }));
  // No executor: these are the gateway's own answers.
  fabric = await Fabric.start({
    modelsFile: writeModels(tmpdir(), []), executors: 0,
    gatewayEnv: { WEFT_API_KEYS: keysFile, WEFT_CORS_ORIGINS: `${ORIGIN},http://localhost:5173` },
  });
});

after(() => fabric?.stop());

const models = (key: string, headers: Record<string, string> = {}) =>
  fetch(`${fabric.gatewayUrl}/v1/models`, { headers: { authorization: `Bearer ${key}`, ...headers } });

/** Polls until `key` gets `status` from GET /v1/models (a reload takes up to a second). */
async function untilStatus(key: string, status: number): Promise<void> {
  let last = 0;
  for (const end = Date.now() + 10_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    last = (await models(key)).status;
    if (last === status) return;
  }
  assert.fail(`GET /v1/models answered ${last}, not ${status}, within 10 s`);
}

const records = (): KeyRecord[] => JSON.parse(readFileSync(keysFile, 'utf8')).keys;

describe('the keys file is reloaded when it changes', () => {
  let added = '';

  test('a key made with `weft keys add` while the gateway runs works without a restart', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'keys', 'add', '--tenant', 'globex', '--file', keysFile], { env: { ...process.env, WEFT_HOME: fabric.dir } });
    added = stdout.trim();
    assert.match(added, /^sk-weft-/);
    await untilStatus(added, 200);
    assert.equal((await models(first.key)).status, 200, 'the keys already there still work');
  });

  test('a file that does not parse keeps the keys in force', async () => {
    const good = readFileSync(keysFile, 'utf8');
    writeFileSync(keysFile, '{"keys": [');
    // Synchronisation only: the gateway has read the broken file.
    await fabric.gateway.waitFor((l) => l.msg === 'API keys file rejected; the previous keys stay in force', 10_000);
    assert.equal((await models(first.key)).status, 200);
    assert.equal((await models(added)).status, 200);
    writeFileSync(keysFile, good);
  });

  test('a key removed from the file is refused', async () => {
    writeFileSync(keysFile, JSON.stringify({ keys: records().filter((k) => k.tenant !== 'globex') }));
    await untilStatus(added, 401);
    assert.equal((await models(first.key)).status, 200);
  });
});

describe('CORS for the origins in WEFT_CORS_ORIGINS', () => {
  test('a preflight needs no key and allows the method and headers asked for', async () => {
    const r = await fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    assert.equal(r.status, 204);
    assert.equal(r.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(r.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.match(r.headers.get('access-control-allow-headers') ?? '', /authorization/i);
  });

  test('answers carry the origin and expose x-request-id', async () => {
    const r = await models(first.key, { origin: ORIGIN });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(r.headers.get('access-control-expose-headers') ?? '', /x-request-id/);
  });

  test('so do errors: a 401 without a key is readable by the page', async () => {
    const r = await fetch(`${fabric.gatewayUrl}/v1/models`, { headers: { origin: 'http://localhost:5173' } });
    assert.equal(r.status, 401);
    assert.equal(r.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    assert.equal(((await r.json()) as { error: { code: string } }).error.code, 'invalid_api_key');
  });

  test('an origin not listed gets no CORS answer (the browser refuses the call)', async () => {
    const pre = await fetch(`${fabric.gatewayUrl}/v1/models`, {
      method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    assert.equal(pre.headers.get('access-control-allow-origin'), null);
    const r = await models(first.key, { origin: 'https://evil.example' });
    assert.equal(r.headers.get('access-control-allow-origin'), null);
  });
});
