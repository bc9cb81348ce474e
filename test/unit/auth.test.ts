// API keys: stored as SHA-256 hex of the key, looked up by hash; the keys
// file maps each hash to a principal (key id, tenant, role).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashKey, KeysFile, newKey, parseKeysFile } from '../../gateway/auth.ts';
import { createLogger } from '../../observability/logger.ts';

const FILE = '/etc/weft/keys.json';
const H1 = hashKey('sk-one');
const H2 = hashKey('sk-two');

describe('hashKey', () => {
  test('is the lower-case hex SHA-256 of the key', () => {
    assert.equal(hashKey('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(hashKey(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  test('hashes the UTF-8 bytes of the key', () => {
    assert.equal(hashKey('clé-ü'), createHash('sha256').update(Buffer.from('clé-ü', 'utf8')).digest('hex'));
  });
});

describe('newKey', () => {
  test('makes a key whose hash is in its record, with the tenant and role asked for', () => {
    const { key, record } = newKey('acme', 'user');
    assert.match(key, /^sk-weft-[A-Za-z0-9_-]{43}$/, '256 random bits, base64url');
    assert.equal(record.sha256, hashKey(key));
    assert.equal(record.tenant, 'acme');
    assert.equal(record.role, 'user');
    assert.match(record.keyId, /^key_[0-9a-f]{12}$/);
    assert.equal(JSON.stringify(record).includes(key), false, 'the record never holds the key itself');
  });

  test('makes a different key and key id every time', () => {
    const a = newKey('t', 'admin');
    const b = newKey('t', 'admin');
    assert.notEqual(a.key, b.key);
    assert.notEqual(a.record.keyId, b.record.keyId);
  });

  test('a new record is accepted by parseKeysFile and maps back to its principal', () => {
    const { key, record } = newKey('acme', 'admin');
    const keys = parseKeysFile(JSON.stringify({ keys: [record] }), FILE);
    assert.deepEqual(keys.get(hashKey(key)), { keyId: record.keyId, tenant: 'acme', role: 'admin' });
  });
});

describe('parseKeysFile', () => {
  test('maps each sha256 to its principal', () => {
    const keys = parseKeysFile(JSON.stringify({
      keys: [
        { keyId: 'key_a', tenant: 'acme', role: 'user', sha256: H1 },
        { tenant: 'ops', role: 'admin', sha256: H2 },
      ],
    }), FILE);
    assert.equal(keys.size, 2);
    assert.deepEqual(keys.get(H1), { keyId: 'key_a', tenant: 'acme', role: 'user' });
    assert.deepEqual(keys.get(H2), { keyId: 'keys[1]', tenant: 'ops', role: 'admin' }, 'a record without keyId is named by its index');
    assert.equal(keys.get(hashKey('sk-unknown')), undefined);
  });

  test('an empty key list is an empty map', () => {
    assert.equal(parseKeysFile('{"keys": []}', FILE).size, 0);
  });

  test('rejects text that is not JSON, naming the file', () => {
    assert.throws(() => parseKeysFile('{"keys": [', FILE), /^Error: \/etc\/weft\/keys\.json: not valid JSON/);
  });

  test('rejects a document without a keys array', () => {
    for (const text of ['null', '[]', '{}', '{"keys": {}}', '"keys"']) {
      assert.throws(() => parseKeysFile(text, FILE), /keys\.json: expected \{"keys": \[\.\.\.\]\}/, text);
    }
  });

  test('rejects a sha256 that is not 64 lower-case hex digits, naming the entry', () => {
    for (const sha256 of [undefined, '', 'abc', H1.slice(1), H1 + '0', H1.toUpperCase(), 'g'.repeat(64), 42]) {
      const text = JSON.stringify({ keys: [{ tenant: 't', role: 'user', sha256: H1 }, { tenant: 't', role: 'user', sha256 }] });
      assert.throws(() => parseKeysFile(text, FILE), /keys\[1\]\.sha256: expected 64 hex digits/, String(sha256));
    }
  });

  test('rejects a missing or empty tenant', () => {
    for (const tenant of [undefined, '', 7, 'a\ud800']) {
      assert.throws(() => parseKeysFile(JSON.stringify({ keys: [{ tenant, role: 'user', sha256: H1 }] }), FILE), /keys\[0\]\.tenant: expected a tenant name/);
    }
  });

  test('rejects a role other than "user" or "admin"', () => {
    for (const role of [undefined, '', 'root', 'Admin']) {
      assert.throws(() => parseKeysFile(JSON.stringify({ keys: [{ tenant: 't', role, sha256: H1 }] }), FILE), /keys\[0\]\.role: expected "user" or "admin"/);
    }
  });

  test('rejects an entry that is not an object', () => {
    assert.throws(() => parseKeysFile('{"keys": [null]}', FILE), /keys\[0\]\.sha256/);
    assert.throws(() => parseKeysFile('{"keys": ["x"]}', FILE), /keys\[0\]\.sha256/);
  });
});

describe('KeysFile: the keys file, reloaded when it changes', () => {
  const quiet = createLogger('test', { write: () => {} });

  /** Resolves once `cond` holds (checked every 20 ms), failing after 5 s. */
  async function until(what: string, cond: () => boolean): Promise<void> {
    for (const end = Date.now() + 5_000; !cond(); await new Promise((r) => setTimeout(r, 20))) {
      if (Date.now() > end) throw new Error(`not within 5 s: ${what}`);
    }
  }

  function setup() {
    const dir = mkdtempSync(join(tmpdir(), 'weft-keys-'));
    const file = join(dir, 'keys.json');
    const write = (records: unknown[] | string) => writeFileSync(file, typeof records === 'string' ? records : JSON.stringify({ keys: records }));
    // As `weft keys add` and most editors write: a new file renamed over the old.
    const replace = (records: unknown[]) => {
      writeFileSync(`${file}.tmp`, JSON.stringify({ keys: records }));
      renameSync(`${file}.tmp`, file);
    };
    return { dir, file, write, replace };
  }

  test('a key added (file replaced) is accepted, and a key removed (file edited in place) refused, without a restart', async (t) => {
    const { dir, file, write, replace } = setup();
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const a = newKey('acme', 'user');
    const b = newKey('globex', 'admin');
    write([a.record]);
    const keys = new KeysFile(file, quiet);
    t.after(() => keys.close());
    assert.equal(keys.get(a.record.sha256)?.tenant, 'acme');
    assert.equal(keys.get(b.record.sha256), undefined);

    replace([a.record, b.record]);
    await until('the added key is accepted', () => keys.get(b.record.sha256)?.role === 'admin');
    write([b.record]);
    await until('the removed key is refused', () => keys.get(a.record.sha256) === undefined);
    assert.equal(keys.size, 1);
  });

  test('a file that does not validate, or is deleted, keeps the keys in force; a good one is taken again', async (t) => {
    const { dir, file, write, replace } = setup();
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const a = newKey('acme', 'user');
    const b = newKey('globex', 'user');
    write([a.record]);
    const keys = new KeysFile(file, quiet);
    t.after(() => keys.close());

    write('{"keys": [');
    await until('the half-written file is rejected', () => keys.rejected === 1);
    assert.equal(keys.get(a.record.sha256)?.tenant, 'acme');
    write([{ ...a.record, role: 'root' }]);
    await until('the invalid file is rejected', () => keys.rejected === 2);
    assert.equal(keys.get(a.record.sha256)?.role, 'user');
    rmSync(file);
    await until('the deleted file is rejected', () => keys.rejected === 3);
    assert.equal(keys.get(a.record.sha256)?.tenant, 'acme');

    replace([b.record]);
    await until('the good file is taken', () => keys.get(b.record.sha256) !== undefined);
    assert.equal(keys.get(a.record.sha256), undefined);
  });

  test('a file that does not validate at start is an error (the gateway does not start)', (t) => {
    const { dir, file, write } = setup();
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    write('nope');
    assert.throws(() => new KeysFile(file, quiet), /keys\.json: not valid JSON/);
  });
});
