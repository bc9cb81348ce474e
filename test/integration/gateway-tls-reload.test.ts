// A gateway serving HTTPS (WEFT_TLS_CERT, WEFT_TLS_KEY) takes a renewed
// certificate without a restart: files replaced by rename, as cert-manager
// and certbot do, are served to new connections within seconds. A pair that
// does not load (a key of another certificate) leaves the one in force.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { get } from 'node:https';
import { X509Certificate } from 'node:crypto';
import { Fabric } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';
import { testCa, type Leaf } from '../harness/certs.ts';
import { until } from '../harness/until.ts';
import { metricValue } from '../harness/metrics.ts';

const dir = mkdtempSync(join(tmpdir(), 'weft-tls-reload-'));
const served = { cert: join(dir, 'served.pem'), key: join(dir, 'served.key') };
let fabric: Fabric;
let ca: ReturnType<typeof testCa>;
let first: Leaf;

/** Replaces the served file `to` by rename, as a certificate renewer does. */
function replace(from: string, to: string): void {
  copyFileSync(from, `${to}.new`);
  renameSync(`${to}.new`, to);
}

/** The fingerprint of the certificate a new TLS connection to the gateway gets. */
function servedFingerprint(): Promise<string> {
  const { hostname, port } = new URL(fabric.gatewayUrl);
  return new Promise((resolve, reject) => {
    const s = connect({ host: hostname, port: Number(port), ca: readFileSync(ca.ca) }, () => {
      resolve(s.getPeerX509Certificate()!.fingerprint256);
      s.end();
    });
    s.once('error', reject);
  });
}

const fingerprint = (leaf: Leaf) => new X509Certificate(readFileSync(leaf.cert)).fingerprint256;

/** weft_tls_reloads_total{result} from the gateway's /metrics. */
async function reloads(result: 'ok' | 'failed'): Promise<number> {
  const text = await new Promise<string>((resolve, reject) => {
    get(`${fabric.gatewayUrl}/metrics`, { ca: readFileSync(ca.ca) }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d) => (body += d)).once('end', () => resolve(body));
    }).once('error', reject);
  });
  return metricValue(text, `weft_tls_reloads_total{result="${result}"}`) ?? 0;
}

before(async () => {
  ca = testCa(dir);
  first = ca.leaf('first');
  copyFileSync(first.cert, served.cert);
  copyFileSync(first.key, served.key);
  const modelsFile = writeModels(dir, [{ name: 'syn-tls', engine: 'synthetic', path: 'synthetic:?tps=1000', slots: 1, contextSize: 2048 }]);
  fabric = await Fabric.start({ modelsFile, gatewayEnv: { WEFT_TLS_CERT: served.cert, WEFT_TLS_KEY: served.key } });
});

after(async () => {
  await fabric?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('gateway TLS certificate renewal', () => {
  test('a renewed certificate is served to new connections without a restart', async () => {
    assert.match(fabric.gatewayUrl, /^https:/);
    assert.equal(await servedFingerprint(), fingerprint(first));
    const renewed = ca.leaf('renewed');
    replace(renewed.key, served.key);
    replace(renewed.cert, served.cert);
    await until('the renewed certificate served', async () => (await servedFingerprint()) === fingerprint(renewed));
    assert.ok((await reloads('ok')) >= 1);
  });

  test('a key that does not match its certificate leaves the certificate in force', async () => {
    const before_ = await servedFingerprint();
    const failedBefore = await reloads('failed');
    const other = ca.leaf('other');
    replace(other.key, served.key);
    await until('the failed reload counted', async () => (await reloads('failed')) > failedBefore);
    assert.equal(await servedFingerprint(), before_);
  });
});
