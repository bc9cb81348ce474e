// Requests too large for one NATS message travel by reference. HTTP accepts
// bodies up to WEFT_MAX_BODY_BYTES (8 MiB) while nats-server's max_payload
// defaults to 1 MB, and a publish over it fails every time: such a request
// is put in the cluster's object store instead, and the message that goes
// through the queue group is empty, naming the object in the Weft-Body-Ref
// header; the scheduler that takes it reads it from there
// (scheduler/request-message.ts). The gateway deletes the object once the
// request is settled; the bucket's TTL removes what a crashed gateway left.
import type { NatsConnection } from '@nats-io/transport-node';
import { Objm, type ObjectStore } from '@nats-io/obj';
import { nanos } from '@nats-io/transport-node';
import { randomUUID } from 'node:crypto';

/** Room left in a message for the subject, reply subject and headers (trace context, request id). */
const ENVELOPE_BYTES = 16 * 1024;
/** What a gateway that died mid-request leaves is removed after this. */
const ORPHAN_TTL_MS = 60 * 60 * 1000;

export class LargeRequests {
  private readonly nc: NatsConnection;
  private readonly store: ObjectStore;

  private constructor(nc: NatsConnection, store: ObjectStore) {
    this.nc = nc;
    this.store = store;
  }

  /** Opens (creating if needed) the cluster's object store for request bodies. */
  static async open(nc: NatsConnection, bucket: string): Promise<LargeRequests> {
    const store = await new Objm(nc).create(bucket, { ttl: nanos(ORPHAN_TTL_MS) });
    return new LargeRequests(nc, store);
  }

  /** The largest message the server takes, as it told this connection. */
  get maxPayload(): number {
    return this.nc.info?.max_payload ?? 1024 * 1024;
  }

  /** Whether an encoded request of `bytes` must travel by reference. */
  needsReference(bytes: number): boolean {
    return bytes + ENVELOPE_BYTES > this.maxPayload;
  }

  /** Stores `data`; resolves with the reference the message carries. */
  async put(data: Uint8Array): Promise<string> {
    const name = randomUUID();
    await this.store.putBlob({ name }, data);
    return name;
  }

  /** Best effort: the TTL removes it otherwise. */
  delete(name: string): void {
    void this.store.delete(name).catch(() => undefined);
  }
}
