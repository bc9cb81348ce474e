// Opens (creating when absent) the JetStream KV buckets and object stores
// the fabric keeps its state in. Several processes open the same buckets at
// start-up; nats.js creates a bucket by asking for its stream and adding it
// when it is not found, so two processes can both find it missing, and the
// later add fails ("subjects overlap with an existing stream", or "stream
// name already in use") although the bucket it wanted now exists. Opening
// again then finds that stream, so a lost race is retried, never reported.
import type { NatsConnection } from '@nats-io/transport-node';
import { Kvm, type KV } from '@nats-io/kv';
import { Objm, type ObjectStore } from '@nats-io/obj';

/** JetStream API codes for a stream another client created between our lookup and our add. */
const CREATE_RACE_CODES = new Set([10058 /* stream name already in use */, 10065 /* subjects overlap */]);
const CREATE_ATTEMPTS = 3;

export function lostCreateRace(err: unknown): boolean {
  const e = err as { code?: unknown; api_error?: { err_code?: number } };
  const code = typeof e?.code === 'number' ? e.code : e?.api_error?.err_code;
  return code !== undefined && CREATE_RACE_CODES.has(code);
}

async function openRacing<T>(kind: string, bucket: string, create: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (err) {
      if (lostCreateRace(err) && attempt < CREATE_ATTEMPTS) continue;
      const why = (err as Error).name === 'JetStreamNotEnabled'
        ? 'the NATS server has no JetStream. Weft keeps its state in JetStream: run nats-server with JetStream (nats-server -js)'
        : (err as Error).message;
      throw new Error(`cannot open the NATS ${kind} '${bucket}': ${why}`, { cause: err });
    }
  }
}

/** A KV bucket keeping only each key's current value (revisions still increase). */
export function openKv(nc: NatsConnection, bucket: string): Promise<KV> {
  return openRacing('KV bucket', bucket, () => new Kvm(nc).create(bucket, { history: 1 }));
}

export function openObjectStore(nc: NatsConnection, bucket: string): Promise<ObjectStore> {
  return openRacing('object store', bucket, () => new Objm(nc).create(bucket));
}
