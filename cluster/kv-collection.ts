// A NATS KV bucket of protobuf values, mirrored in memory by a watch: reads
// are local and current within the watch's delay; writes go to the bucket
// (optionally compare-and-set on the revision a value was read at).
import type { KV, KvWatchEntry } from '@nats-io/kv';
import { openKv } from './jetstream-buckets.ts';
import type { NatsConnection } from '@nats-io/transport-node';
import { decodeKvKey, encodeKvKey } from '../proto/index.ts';

export interface Codec<T> {
  encode(value: T): { finish(): Uint8Array };
  decode(data: Uint8Array): T;
}

export interface Versioned<T> {
  value: T;
  revision: number;
}

export type ChangeListener<T> = (name: string, value: T | undefined) => void;

export class KvCollection<T> {
  private readonly kv: KV;
  private readonly codec: Codec<T>;
  private readonly items = new Map<string, Versioned<T>>();
  private readonly listeners = new Set<ChangeListener<T>>();
  private stopWatch?: () => void;

  private constructor(kv: KV, codec: Codec<T>) {
    this.kv = kv;
    this.codec = codec;
  }

  /** Opens (creating if needed) `bucket` and resolves once the current values are mirrored. */
  static async open<T>(nc: NatsConnection, bucket: string, codec: Codec<T>): Promise<KvCollection<T>> {
    const kv = await openKv(nc, bucket);
    const c = new KvCollection(kv, codec);
    await c.watch();
    return c;
  }

  private async watch(): Promise<void> {
    const status = await this.kv.status();
    let initialised!: () => void;
    const ready = new Promise<void>((r) => (initialised = r));
    if (status.values === 0) initialised();
    const iter = await this.kv.watch({ key: '>' });
    this.stopWatch = () => iter.stop();
    void (async () => {
      for await (const e of iter) {
        this.apply(e);
        if (e.delta === 0) initialised();
      }
    })();
    await ready;
  }

  private apply(e: KvWatchEntry): void {
    let name: string;
    try {
      name = decodeKvKey(e.key);
    } catch {
      return; // not a key this collection wrote
    }
    if (e.operation === 'DEL' || e.operation === 'PURGE') return this.forget(name);
    let value: T;
    try {
      value = this.codec.decode(e.value);
    } catch {
      return; // an undecodable value (written by something else) is ignored
    }
    this.note(name, value, e.revision);
  }

  get(name: string): T | undefined {
    return this.items.get(name)?.value;
  }

  getVersioned(name: string): Versioned<T> | undefined {
    return this.items.get(name);
  }

  has(name: string): boolean {
    return this.items.has(name);
  }

  names(): string[] {
    return [...this.items.keys()];
  }

  values(): T[] {
    return [...this.items.values()].map((v) => v.value);
  }

  onChange(listener: ChangeListener<T>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Writes unconditionally; resolves with the new revision. */
  async put(name: string, value: T): Promise<number> {
    const revision = await this.kv.put(encodeKvKey(name), this.codec.encode(value).finish());
    this.note(name, value, revision);
    return revision;
  }

  /**
   * Writes only if the stored value is still at `revision` (0: only if there
   * is none). Resolves with the new revision, or undefined when someone else
   * wrote first (the caller re-reads and decides again).
   */
  async compareAndSet(name: string, value: T, revision: number): Promise<number | undefined> {
    const key = encodeKvKey(name);
    const data = this.codec.encode(value).finish();
    try {
      const rev = revision === 0 ? await this.kv.create(key, data) : await this.kv.update(key, data, revision);
      this.note(name, value, rev);
      return rev;
    } catch (err) {
      if (isConflict(err)) return undefined;
      throw err;
    }
  }

  async delete(name: string): Promise<boolean> {
    if (!this.items.has(name)) return false;
    await this.kv.delete(encodeKvKey(name));
    this.forget(name);
    return true;
  }

  /**
   * Takes a value at a revision, unless a newer one is already here: our own
   * writes are applied at once, and the watch's echo of them is then ignored.
   */
  private note(name: string, value: T, revision: number): void {
    const prev = this.items.get(name);
    if (prev && prev.revision >= revision) return;
    this.items.set(name, { value, revision });
    for (const l of this.listeners) l(name, value);
  }

  private forget(name: string): void {
    if (!this.items.delete(name)) return;
    for (const l of this.listeners) l(name, undefined);
  }

  close(): void {
    this.stopWatch?.();
    this.listeners.clear();
  }
}

/** A compare-and-set that lost: JetStream answers "wrong last sequence" (10071). */
export function isConflict(err: unknown): boolean {
  const e = err as { message?: string; api_error?: { err_code?: number }; code?: unknown };
  return e?.api_error?.err_code === 10071 || /wrong last sequence|key exists/i.test(e?.message ?? '');
}
