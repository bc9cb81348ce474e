// A throwaway certificate authority for tests of TLS between Weft's
// processes (NATS, gRPC): a CA, and leaf certificates it signs for
// 127.0.0.1 and localhost, made with Debian's openssl.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Leaf {
  cert: string;
  key: string;
}

export interface TestCa {
  /** The CA's certificate (PEM file path). */
  ca: string;
  /** A certificate and key signed by the CA, named `name`, valid for 127.0.0.1 and localhost. */
  leaf(name: string): Leaf;
}

const openssl = (args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });

export function testCa(dir: string, name = 'weft-test-ca'): TestCa {
  const ca = join(dir, `${name}.pem`);
  const caKey = join(dir, `${name}.key`);
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${name}`, '-keyout', caKey, '-out', ca]);
  return {
    ca,
    leaf(leafName) {
      const cert = join(dir, `${leafName}.pem`);
      const key = join(dir, `${leafName}.key`);
      const csr = join(dir, `${leafName}.csr`);
      const ext = join(dir, `${leafName}.ext`);
      writeFileSync(ext, 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth,clientAuth\n');
      openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${leafName}`, '-keyout', key, '-out', csr]);
      openssl(['x509', '-req', '-in', csr, '-CA', ca, '-CAkey', caKey, '-CAcreateserial', '-days', '1', '-extfile', ext, '-out', cert]);
      return { cert, key };
    },
  };
}
