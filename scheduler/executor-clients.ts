// One gRPC client per executor address, reused across requests.
import { credentials, Metadata, type ChannelCredentials, type ClientReadableStream } from '@grpc/grpc-js';
import { ExecutorClient } from '../proto/grpc.ts';
import type { GenerateChunk, IGenerateRequest } from '../proto/index.ts';

/** The scheduler's channel options to an executor (the bench's gRPC client uses them too, to measure the same channel). */
export const EXECUTOR_CHANNEL_OPTIONS = {
  // Executors are on a trusted network next to the scheduler: notice a
  // dead peer fast instead of waiting on TCP timeouts.
  'grpc.keepalive_time_ms': 10_000,
  'grpc.keepalive_timeout_ms': 2_000,
  'grpc.max_receive_message_length': 64 * 1024 * 1024,
  // No channelz bookkeeping per call (see executors/grpc-server.ts).
  'grpc.enable_channelz': 0,
} as const;

export class ExecutorClients {
  private readonly clients = new Map<string, ExecutorClient>();
  private readonly creds: ChannelCredentials;

  /** `creds`: plaintext by default; TLS with the scheduler's certificate from cluster/grpc-tls.ts when configured. */
  constructor(creds: ChannelCredentials = credentials.createInsecure()) {
    this.creds = creds;
  }

  private get(address: string): ExecutorClient {
    let c = this.clients.get(address);
    if (!c) {
      c = new ExecutorClient(address, this.creds, EXECUTOR_CHANNEL_OPTIONS);
      this.clients.set(address, c);
    }
    return c;
  }

  generate(address: string, req: IGenerateRequest, metadata: Metadata): ClientReadableStream<GenerateChunk> {
    return this.get(address).Generate(req, metadata);
  }

  drop(address: string): void {
    this.clients.get(address)?.close();
    this.clients.delete(address);
  }

  close(): void {
    for (const c of this.clients.values()) c.close();
    this.clients.clear();
  }
}
