// One gRPC client per executor address, reused across requests.
import { credentials, Metadata, type Client, type ClientReadableStream } from '@grpc/grpc-js';
import { ExecutorClient } from '../proto/grpc.ts';
import type { GenerateChunk, IGenerateRequest } from '../proto/index.ts';

type GenerateFn = (req: IGenerateRequest, md: Metadata) => ClientReadableStream<GenerateChunk>;

export class ExecutorClients {
  private readonly clients = new Map<string, Client>();

  private get(address: string): Client {
    let c = this.clients.get(address);
    if (!c) {
      c = new ExecutorClient(address, credentials.createInsecure(), {
        // Executors are on a trusted network next to the scheduler: notice a
        // dead peer fast instead of waiting on TCP timeouts.
        'grpc.keepalive_time_ms': 10_000,
        'grpc.keepalive_timeout_ms': 2_000,
        'grpc.max_receive_message_length': 64 * 1024 * 1024,
      });
      this.clients.set(address, c);
    }
    return c;
  }

  generate(address: string, req: IGenerateRequest, metadata: Metadata): ClientReadableStream<GenerateChunk> {
    const client = this.get(address) as unknown as { Generate: GenerateFn };
    return client.Generate(req, metadata);
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
