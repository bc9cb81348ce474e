// Reads an executor's own counters over gRPC Describe: how tests see whether
// generation really stopped, from the executor's side rather than the client's.
import { credentials } from '@grpc/grpc-js';
import type { ExecutorInfo } from '../../proto/index.ts';
import { ExecutorClient } from '../../proto/grpc.ts';
import type { WeftProcess } from './processes.ts';

export async function executorAddress(p: WeftProcess): Promise<string> {
  return (await p.waitFor('gRPC server listening')).address as string;
}

export function describeExecutor(address: string): Promise<ExecutorInfo> {
  const client = new ExecutorClient(address, credentials.createInsecure());
  return new Promise((resolve, reject) => {
    client.Describe({}, (err, info) => {
      client.close();
      if (err || !info) reject(err);
      else resolve(info);
    });
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
