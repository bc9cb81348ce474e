// Small promise helpers over the generated ExecutorClient and a
// grpc.health.v1 client (from grpc-health-check's service definition), for
// tests that talk to an executor's gRPC server over a real socket.
import { credentials, makeGenericClientConstructor, type Client, type ServiceError } from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';
import type { GenerateChunk, IGenerateRequest, ILoadedModel } from '../../proto/index.ts';
import type { ExecutorClient } from '../../proto/grpc.ts';

export interface GenerateResult {
  chunks: GenerateChunk[];
  /** The call's error, when it ended with one. */
  error?: ServiceError;
}

/** Runs Generate to its end, collecting the chunks and the error it ended with. */
export function generateAll(client: ExecutorClient, req: IGenerateRequest): Promise<GenerateResult> {
  return new Promise((resolve) => {
    const chunks: GenerateChunk[] = [];
    const call = client.Generate(req);
    call.on('data', (c: GenerateChunk) => chunks.push(c));
    call.on('error', (error: ServiceError) => resolve({ chunks, error }));
    call.on('end', () => resolve({ chunks }));
  });
}

export function loadModel(client: ExecutorClient, req: Parameters<ExecutorClient['LoadModel']>[0]): Promise<ILoadedModel> {
  return new Promise((resolve, reject) => {
    client.LoadModel(req, (err, reply) => (err ? reject(err) : resolve(reply!.model!)));
  });
}

/** The trailer that carries a failure's exact ErrorCode. */
export function errorCodeOf(err: ServiceError): number {
  return Number(err.metadata?.get('weft-error-code')[0]);
}

export type ServingStatus = 'UNKNOWN' | 'SERVING' | 'NOT_SERVING' | 'SERVICE_UNKNOWN';

export interface HealthClient extends Client {
  Check(req: { service: string }, cb: (err: ServiceError | null, res?: { status: ServingStatus }) => void): void;
  Watch(req: { service: string }): NodeJS.EventEmitter & { cancel(): void };
}

const HealthClientCtor = makeGenericClientConstructor(healthService, 'Health') as unknown as new (address: string, creds: ReturnType<typeof credentials.createInsecure>) => HealthClient;

export function healthClient(address: string): HealthClient {
  return new HealthClientCtor(address, credentials.createInsecure());
}

export function checkHealth(client: HealthClient, service = ''): Promise<ServingStatus> {
  return new Promise((resolve, reject) => client.Check({ service }, (err, res) => (err ? reject(err) : resolve(res!.status))));
}
