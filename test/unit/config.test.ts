// Settings from the environment: read once, validated, with defaults, and
// every one documented in the configuration table.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, homedir, hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError, configTable, loadConfig, SETTINGS } from '../../deploy/config.ts';

/** Asserts loadConfig(env) throws a ConfigError whose message matches. */
function rejects(env: NodeJS.ProcessEnv, message: RegExp) {
  assert.throws(() => loadConfig(env), (err: unknown) => {
    assert.ok(err instanceof ConfigError, `expected a ConfigError, got ${String(err)}`);
    assert.equal(err.name, 'ConfigError');
    assert.match(err.message, message);
    return true;
  });
}

describe('loadConfig defaults', () => {
  test('an empty environment gives the documented defaults', () => {
    const c = loadConfig({});
    assert.equal(c.home, resolve(join(homedir(), '.weft')));
    assert.equal(c.natsUrl, 'nats://127.0.0.1:4222');
    assert.equal(c.port, 8080);
    assert.equal(c.host, '127.0.0.1');
    assert.equal(c.apiKeys, undefined);
    assert.equal(c.maxBodyBytes, 8 * 1024 * 1024);
    assert.equal(c.requestTimeoutMs, 300_000);
    assert.equal(c.acceptTimeoutMs, 2_000);
    assert.equal(c.gatewayId, `gw-${hostname()}-${process.pid}`);
    assert.equal(c.schedulerId, `sched-${hostname()}-${process.pid}`);
    assert.equal(c.executorId, `exec-${hostname()}-${process.pid}`);
    assert.equal(c.grpcHost, '127.0.0.1');
    assert.equal(c.grpcPort, 0);
    assert.equal(c.grpcAdvertise, undefined);
    assert.equal(c.threads, availableParallelism());
    assert.equal(c.slots, 4);
    assert.equal(c.contextSize, 4096);
    assert.equal(c.modelsFile, join(c.home, 'models.json'));
    assert.equal(c.heartbeatMs, 1_000);
    assert.equal(c.executorExpiryMs, 3_000);
    assert.equal(c.logLevel, 'info');
    assert.equal(c.logFormat, 'json');
    assert.equal(c.otlpEndpoint, undefined);
  });

  test('every setting is present in the result', () => {
    assert.deepEqual(Object.keys(loadConfig({})).sort(), Object.keys(SETTINGS).sort());
  });

  test('an empty variable counts as unset', () => {
    const c = loadConfig({ PORT: '', WEFT_LOG_LEVEL: '', WEFT_API_KEYS: '' });
    assert.equal(c.port, 8080);
    assert.equal(c.logLevel, 'info');
    assert.equal(c.apiKeys, undefined);
  });

  test('the models file follows WEFT_HOME unless WEFT_MODELS is set', () => {
    assert.equal(loadConfig({ WEFT_HOME: '/srv/weft' }).modelsFile, '/srv/weft/models.json');
    assert.equal(loadConfig({ WEFT_HOME: '/srv/weft', WEFT_MODELS: '/etc/m.json' }).modelsFile, '/etc/m.json');
  });

  test('the cluster is one per WEFT_HOME unless WEFT_CLUSTER is set: two installs never share a fabric by default', () => {
    const a = loadConfig({ WEFT_HOME: '/home/alice/.weft' }).cluster;
    const b = loadConfig({ WEFT_HOME: '/home/bob/.weft' }).cluster;
    assert.notEqual(a, b);
    assert.match(a, /^home-[0-9a-f]{12}$/);
    // Every process of one install (same WEFT_HOME, however it is spelled) agrees.
    assert.equal(loadConfig({ WEFT_HOME: '/home/alice/.weft/' }).cluster, a);
    assert.equal(loadConfig({ WEFT_HOME: '/home/alice/x/../.weft' }).cluster, a);
    assert.equal(loadConfig({}).cluster, loadConfig({ WEFT_HOME: join(homedir(), '.weft') }).cluster);
    // Naming it joins installs on purpose.
    assert.equal(loadConfig({ WEFT_HOME: '/home/alice/.weft', WEFT_CLUSTER: 'prod' }).cluster, 'prod');
    assert.equal(loadConfig({ WEFT_HOME: '/home/bob/.weft', WEFT_CLUSTER: 'prod' }).cluster, 'prod');
  });

  test('set values are parsed: integers, enums, paths resolved absolute', () => {
    const c = loadConfig({ PORT: '0', WEFT_SLOTS: '256', WEFT_LOG_LEVEL: 'debug', WEFT_LOG_FORMAT: 'pretty', WEFT_HOME: 'rel/home', WEFT_API_KEYS: '/k.json' });
    assert.equal(c.port, 0);
    assert.equal(c.slots, 256);
    assert.equal(c.logLevel, 'debug');
    assert.equal(c.logFormat, 'pretty');
    assert.equal(c.home, resolve('rel/home'));
    assert.equal(c.apiKeys, '/k.json');
  });

  test('the result is frozen', () => {
    assert.equal(Object.isFrozen(loadConfig({})), true);
  });
});

describe('loadConfig rejects invalid values, naming the variable and what is valid', () => {
  test('integers that are not integers', () => {
    rejects({ PORT: 'abc' }, /^PORT=abc: expected an integer from 0 to 65535$/);
    rejects({ PORT: '80.5' }, /^PORT=80\.5: expected an integer from 0 to 65535$/);
    rejects({ WEFT_THREADS: 'many' }, /^WEFT_THREADS=many: expected an integer from 1 to 1024$/);
  });

  test('TLS: both PEM files or neither; a path that cannot be read, or is not PEM, is named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'weft-tls-config-'));
    try {
      const pem = join(dir, 'a.pem');
      writeFileSync(pem, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
      const notPem = join(dir, 'b.txt');
      writeFileSync(notPem, 'hello');
      const both = loadConfig({ WEFT_TLS_CERT: pem, WEFT_TLS_KEY: pem });
      assert.deepEqual([both.tlsCert, both.tlsKey], [pem, pem]);
      assert.deepEqual([loadConfig({}).tlsCert, loadConfig({}).tlsKey], [undefined, undefined]);
      rejects({ WEFT_TLS_CERT: pem }, /^WEFT_TLS_CERT and WEFT_TLS_KEY go together/);
      rejects({ WEFT_TLS_KEY: pem }, /^WEFT_TLS_CERT and WEFT_TLS_KEY go together/);
      rejects({ WEFT_TLS_CERT: join(dir, 'missing.pem'), WEFT_TLS_KEY: pem }, /^WEFT_TLS_CERT=.*missing\.pem: cannot read it \(ENOENT\)$/);
      rejects({ WEFT_TLS_CERT: pem, WEFT_TLS_KEY: notPem }, /^WEFT_TLS_KEY=.*b\.txt: not a PEM file$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('NATS and gRPC TLS files go in their sets; an NKey file must hold a user seed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'weft-cfg-sec-'));
    try {
      const pem = join(dir, 'a.pem');
      writeFileSync(pem, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
      const grpc = loadConfig({ WEFT_GRPC_TLS_CA: pem, WEFT_GRPC_TLS_CERT: pem, WEFT_GRPC_TLS_KEY: pem });
      assert.deepEqual([grpc.grpcTlsCa, grpc.grpcTlsCert, grpc.grpcTlsKey], [pem, pem, pem]);
      rejects({ WEFT_GRPC_TLS_CA: pem, WEFT_GRPC_TLS_CERT: pem }, /^WEFT_GRPC_TLS_CA, WEFT_GRPC_TLS_CERT and WEFT_GRPC_TLS_KEY go together/);
      assert.equal(loadConfig({ NATS_TLS_CA: pem }).natsTlsCa, pem);
      rejects({ NATS_TLS_CERT: pem }, /^NATS_TLS_CERT and NATS_TLS_KEY go together/);
      const seed = join(dir, 'u.nk');
      writeFileSync(seed, `SU${'A'.repeat(56)}\n`);
      assert.equal(loadConfig({ NATS_NKEY: seed }).natsNkey, seed);
      writeFileSync(join(dir, 'pub.nk'), `U${'A'.repeat(55)}`);
      rejects({ NATS_NKEY: join(dir, 'pub.nk') }, /^NATS_NKEY=.*pub\.nk: not an NKey user seed/);
      rejects({ NATS_NKEY: join(dir, 'missing.nk') }, /^NATS_NKEY=.*missing\.nk: cannot read it \(ENOENT\)$/);
      const creds = join(dir, 'u.creds');
      writeFileSync(creds, '-----BEGIN NATS USER JWT-----\nx\n------END NATS USER JWT------\n-----BEGIN USER NKEY SEED-----\ny\n------END USER NKEY SEED------\n');
      assert.equal(loadConfig({ NATS_CREDS: creds }).natsCreds, creds);
      rejects({ NATS_CREDS: pem }, /^NATS_CREDS=.*a\.pem: not a NATS credentials file/);
      rejects({ NATS_CREDS: creds, NATS_NKEY: seed }, /^NATS_CREDS and NATS_NKEY both sign in to NATS: set one$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('integers out of range, at both ends', () => {
    rejects({ PORT: '-1' }, /^PORT=-1: expected an integer from 0 to 65535$/);
    rejects({ PORT: '65536' }, /^PORT=65536: expected an integer from 0 to 65535$/);
    rejects({ WEFT_SLOTS: '0' }, /^WEFT_SLOTS=0: expected an integer from 1 to 256$/);
    rejects({ WEFT_SLOTS: '257' }, /^WEFT_SLOTS=257: expected an integer from 1 to 256$/);
    rejects({ WEFT_MAX_BODY_BYTES: '1023' }, /^WEFT_MAX_BODY_BYTES=1023: expected an integer from 1024 to 1073741824$/);
    rejects({ WEFT_HEARTBEAT_MS: '49' }, /^WEFT_HEARTBEAT_MS=49: expected an integer from 50 to 60000$/);
    rejects({ WEFT_CONTEXT_SIZE: '127' }, /^WEFT_CONTEXT_SIZE=127: expected an integer from 128 to 1048576$/);
  });

  test('the range bounds themselves are accepted', () => {
    assert.equal(loadConfig({ PORT: '65535' }).port, 65535);
    assert.equal(loadConfig({ WEFT_SLOTS: '1' }).slots, 1);
    assert.equal(loadConfig({ WEFT_EXECUTOR_EXPIRY_MS: '100' }).executorExpiryMs, 100);
  });

  test('a cluster name too long for bucket names, or not well-formed text', () => {
    rejects({ WEFT_CLUSTER: 'x'.repeat(65) }, /^WEFT_CLUSTER=x+: expected a name of at most 64/);
    rejects({ WEFT_CLUSTER: 'ü'.repeat(11) }, /^WEFT_CLUSTER=/); // 2 UTF-8 bytes each, _HH per byte: 66
    rejects({ WEFT_CLUSTER: 'a\ud800' }, /^WEFT_CLUSTER=/);
    assert.equal(loadConfig({ WEFT_CLUSTER: 'x'.repeat(64) }).cluster, 'x'.repeat(64));
    assert.equal(loadConfig({ WEFT_CLUSTER: 'team a.b' }).cluster, 'team a.b', 'any other name is encoded, not refused');
  });

  test('enums outside their values', () => {
    rejects({ WEFT_LOG_LEVEL: 'verbose' }, /^WEFT_LOG_LEVEL=verbose: expected one of debug, info, warn, error$/);
    rejects({ WEFT_LOG_LEVEL: 'INFO' }, /^WEFT_LOG_LEVEL=INFO: expected one of debug, info, warn, error$/);
    rejects({ WEFT_LOG_FORMAT: 'text' }, /^WEFT_LOG_FORMAT=text: expected one of json, pretty$/);
  });
});

describe('configTable', () => {
  test('has one row per setting, listing every SETTINGS env name', () => {
    const table = configTable();
    const lines = table.split('\n');
    assert.equal(lines[0], '| Variable | Default | Used by | Meaning |');
    assert.equal(lines.length, 2 + Object.keys(SETTINGS).length);
    for (const s of Object.values(SETTINGS)) {
      assert.equal(lines.filter((l) => l.startsWith(`| \`${s.env}\` |`)).length, 1, s.env);
    }
  });

  test('every row has four cells', () => {
    for (const line of configTable().split('\n').slice(2)) {
      // A '|' inside a cell would break the markdown table.
      assert.equal(line.split('|').length, 6, line);
    }
  });
});

describe('WEFT_CORS_ORIGINS', () => {
  test('unset: no origin; "*"; or a comma-separated list of origins', () => {
    assert.deepEqual(loadConfig({}).corsOrigins, []);
    assert.deepEqual(loadConfig({ WEFT_CORS_ORIGINS: '*' }).corsOrigins, ['*']);
    assert.deepEqual(loadConfig({ WEFT_CORS_ORIGINS: 'https://app.example.com, http://localhost:5173' }).corsOrigins, ['https://app.example.com', 'http://localhost:5173']);
  });

  test('an origin with a path, or no scheme, stops the process naming the variable', () => {
    rejects({ WEFT_CORS_ORIGINS: 'https://app.example.com/' }, /^WEFT_CORS_ORIGINS=https:\/\/app\.example\.com\/: expected \* or origins like/);
    rejects({ WEFT_CORS_ORIGINS: 'app.example.com' }, /^WEFT_CORS_ORIGINS=/);
  });
});
