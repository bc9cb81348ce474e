// TLS between schedulers and executors: with WEFT_GRPC_TLS_CA, _CERT and
// _KEY set on both, an executor serves gRPC over TLS and takes calls only
// from clients whose certificate the CA signed (mutual TLS), and schedulers
// dial with their own. Without them the channel is plaintext and anyone who
// reaches an executor's port can run and load models on it: fine on one
// machine (the default binds 127.0.0.1), not across a network.
import { readFileSync } from 'node:fs';
import { credentials, ServerCredentials, type ChannelCredentials } from '@grpc/grpc-js';

/** What deploy/config.ts reads for gRPC TLS (scheduler and executor options include it): PEM file paths, all three or none. */
export interface GrpcTlsSettings {
  readonly grpcTlsCa: string | undefined;
  readonly grpcTlsCert: string | undefined;
  readonly grpcTlsKey: string | undefined;
}

function files(s: GrpcTlsSettings): { ca: Buffer; cert: Buffer; key: Buffer } | undefined {
  if (!s.grpcTlsCa || !s.grpcTlsCert || !s.grpcTlsKey) return undefined;
  return { ca: readFileSync(s.grpcTlsCa), cert: readFileSync(s.grpcTlsCert), key: readFileSync(s.grpcTlsKey) };
}

/** An executor's server credentials: TLS requiring a client certificate signed by the CA, or plaintext. */
export function executorServerCredentials(s: GrpcTlsSettings): ServerCredentials {
  const f = files(s);
  return f ? ServerCredentials.createSsl(f.ca, [{ cert_chain: f.cert, private_key: f.key }], true) : ServerCredentials.createInsecure();
}

/** A scheduler's channel credentials to executors: TLS presenting its certificate, or plaintext. */
export function executorChannelCredentials(s: GrpcTlsSettings): ChannelCredentials {
  const f = files(s);
  return f ? credentials.createSsl(f.ca, f.key, f.cert) : credentials.createInsecure();
}
