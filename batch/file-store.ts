// The Files API's storage: contents in the cluster's object store (streamed
// in and out in chunks, never held whole), records in a KV bucket. A file
// belongs to the tenant that uploaded it; to any other it does not exist.
import type { NatsConnection } from '@nats-io/transport-node';
import type { KV } from '@nats-io/kv';
import type { ObjectStore } from '@nats-io/obj';
import { openKv, openObjectStore } from '../cluster/jetstream-buckets.ts';
import type { FabricNames } from '../proto/subjects.ts';
import type { FileRecord } from './records.ts';

const enc = new TextEncoder();
const dec = new TextDecoder();

export class FileStore {
  private readonly kv: KV;
  private readonly data: ObjectStore;

  private constructor(kv: KV, data: ObjectStore) {
    this.kv = kv;
    this.data = data;
  }

  static async open(nc: NatsConnection, names: FabricNames): Promise<FileStore> {
    const [kv, data] = await Promise.all([
      openKv(nc, names.buckets.files),
      openObjectStore(nc, names.buckets.fileData),
    ]);
    return new FileStore(kv, data);
  }

  /** Streams `content` into the object store as `id`; resolves with its size. A failed or cut-off stream leaves nothing behind. */
  async putContent(id: string, content: ReadableStream<Uint8Array>): Promise<number> {
    try {
      const info = await this.data.put({ name: id }, content);
      return info.size;
    } catch (err) {
      await this.data.delete(id).catch(() => undefined);
      throw err;
    }
  }

  async saveRecord(f: FileRecord): Promise<void> {
    await this.kv.put(f.id, enc.encode(JSON.stringify(f)));
  }

  /** The file's record, when it exists and belongs to `tenant` (undefined: any tenant). */
  async get(id: string, tenant?: string): Promise<FileRecord | undefined> {
    if (!/^[-_=A-Za-z0-9]+$/.test(id)) return undefined; // not a key this store could hold
    const e = await this.kv.get(id);
    if (!e || e.operation !== 'PUT' || e.value.length === 0) return undefined;
    const f = JSON.parse(dec.decode(e.value)) as FileRecord;
    return tenant === undefined || f.tenant === tenant ? f : undefined;
  }

  /** The tenant's files, newest first. */
  async list(tenant: string): Promise<FileRecord[]> {
    const out: FileRecord[] = [];
    for await (const key of await this.kv.keys()) {
      const f = await this.get(key, tenant);
      if (f) out.push(f);
    }
    return out.sort((a, b) => b.created_at - a.created_at || (a.id < b.id ? 1 : -1));
  }

  /** The content, streamed; undefined when there is none. */
  async content(id: string): Promise<ReadableStream<Uint8Array> | undefined> {
    const r = await this.data.get(id);
    return r?.data;
  }

  async delete(id: string): Promise<void> {
    await this.kv.delete(id);
    await this.data.delete(id).catch(() => undefined);
  }

  /** Removes content with no record (an upload cut off before its record was written). */
  async discard(id: string): Promise<void> {
    await this.data.delete(id).catch(() => undefined);
  }
}
