// Batch records, line results and running counts in NATS KV (JetStream, file
// storage). A record changes only by compare-and-set on its revision, so
// coordinators in several schedulers and the gateway never overwrite each
// other's transitions. A line's result is written with create (only if
// absent) under its batch and custom_id: a line run twice (redelivered
// after a crash between its result and its ack) finds its result there and
// adds nothing, which is what makes each custom_id appear exactly once.
import type { NatsConnection } from '@nats-io/transport-node';
import type { KV } from '@nats-io/kv';
import { jetstreamManager } from '@nats-io/jetstream';
import { encodeKvKey, type FabricNames } from '../proto/subjects.ts';
import type { BatchRecord, LineResult, RequestCounts, Usage } from './records.ts';
import { isConflict } from '../cluster/kv-collection.ts';
import { openKv } from '../cluster/jetstream-buckets.ts';

const enc = new TextEncoder();
const dec = new TextDecoder();
const json = (v: unknown) => enc.encode(JSON.stringify(v));

export interface Progress {
  counts: RequestCounts;
  usage: Usage;
}

const recKey = (id: string) => `rec.${encodeKvKey(id)}`;
const progressKey = (id: string) => `progress.${encodeKvKey(id)}`;
const resultPrefix = (id: string) => `r.${encodeKvKey(id)}`;
export const resultKeyOf = (customId: string): string => encodeKvKey(customId);
const resultKey = (id: string, customId: string) => `${resultPrefix(id)}.${resultKeyOf(customId)}`;

export class BatchStore {
  private readonly nc: NatsConnection;
  private readonly batches: KV;
  private readonly resultsKv: KV;
  private readonly resultsBucket: string;

  private constructor(nc: NatsConnection, batches: KV, results: KV, resultsBucket: string) {
    this.nc = nc;
    this.batches = batches;
    this.resultsKv = results;
    this.resultsBucket = resultsBucket;
  }

  static async open(nc: NatsConnection, names: FabricNames): Promise<BatchStore> {
    const [batches, results] = await Promise.all([
      openKv(nc, names.buckets.batches),
      openKv(nc, names.buckets.batchResults),
    ]);
    return new BatchStore(nc, batches, results, names.buckets.batchResults);
  }

  async create(b: BatchRecord): Promise<void> {
    await this.batches.create(recKey(b.id), json(b));
  }

  /** The batch and its revision, when it exists and belongs to `tenant` (undefined: any). */
  async get(id: string, tenant?: string): Promise<{ rec: BatchRecord; revision: number } | undefined> {
    const e = await this.batches.get(recKey(id));
    if (!e || e.operation !== 'PUT' || e.value.length === 0) return undefined;
    const rec = JSON.parse(dec.decode(e.value)) as BatchRecord;
    return tenant === undefined || rec.tenant === tenant ? { rec, revision: e.revision } : undefined;
  }

  /**
   * Changes a batch with compare-and-set, reading again when someone else
   * wrote first. `change` returns the new record, or undefined to leave it;
   * resolves with what is stored afterwards (undefined: no such batch).
   */
  async update(id: string, change: (rec: BatchRecord) => BatchRecord | undefined): Promise<{ rec: BatchRecord; changed: boolean } | undefined> {
    for (;;) {
      const cur = await this.get(id);
      if (!cur) return undefined;
      const next = change(structuredClone(cur.rec));
      if (!next) return { rec: cur.rec, changed: false };
      try {
        await this.batches.update(recKey(id), json(next), cur.revision);
        return { rec: next, changed: true };
      } catch (err) {
        if (!isConflict(err)) throw err;
      }
    }
  }

  /** Every batch id (any tenant). */
  async ids(): Promise<string[]> {
    const out: string[] = [];
    for await (const key of await this.batches.keys('rec.>')) out.push(key.slice(4));
    return out;
  }

  /** The tenant's batches, newest first. */
  async list(tenant: string): Promise<BatchRecord[]> {
    const out: BatchRecord[] = [];
    for (const id of await this.ids()) {
      const b = await this.get(id, tenant);
      if (b) out.push(b.rec);
    }
    return out.sort((a, b) => b.created_at - a.created_at || (a.id < b.id ? 1 : -1));
  }

  async progress(id: string): Promise<Progress> {
    const e = await this.resultsKv.get(progressKey(id));
    if (!e || e.operation !== 'PUT' || e.value.length === 0) return { counts: { total: 0, completed: 0, failed: 0 }, usage: { input_tokens: 0, output_tokens: 0 } };
    return JSON.parse(dec.decode(e.value)) as Progress;
  }

  async hasResult(batchId: string, customId: string): Promise<boolean> {
    const e = await this.resultsKv.get(resultKey(batchId, customId));
    return !!e && e.operation === 'PUT';
  }

  /**
   * Records a line's result unless it has one; resolves with whether this
   * was the first. The first also counts in the batch's progress (best
   * effort: finalizing recounts from the results themselves).
   */
  async recordResult(batchId: string, customId: string, r: LineResult): Promise<boolean> {
    try {
      await this.resultsKv.create(resultKey(batchId, customId), json(r));
    } catch (err) {
      if (isConflict(err)) return false;
      throw err;
    }
    await this.addProgress(batchId, r);
    return true;
  }

  private async addProgress(batchId: string, r: LineResult): Promise<void> {
    const key = progressKey(batchId);
    for (let tries = 0; tries < 50; tries++) {
      const e = await this.resultsKv.get(key);
      const p: Progress = e && e.operation === 'PUT' && e.value.length > 0
        ? JSON.parse(dec.decode(e.value)) as Progress
        : { counts: { total: 0, completed: 0, failed: 0 }, usage: { input_tokens: 0, output_tokens: 0 } };
      if (r.ok) p.counts.completed++;
      else p.counts.failed++;
      p.usage.input_tokens += r.input_tokens;
      p.usage.output_tokens += r.output_tokens;
      try {
        if (e && e.operation === 'PUT') await this.resultsKv.update(key, json(p), e.revision);
        else await this.resultsKv.create(key, json(p));
        return;
      } catch (err) {
        if (!isConflict(err)) throw err;
      }
    }
  }

  /** The custom_ids (KV-encoded) that have a result. */
  async resultKeys(batchId: string): Promise<Set<string>> {
    const prefix = `${resultPrefix(batchId)}.`;
    const out = new Set<string>();
    for await (const key of await this.resultsKv.keys(`${prefix}>`)) out.add(key.slice(prefix.length));
    return out;
  }

  /** Every result of a batch (in no particular order), read `parallel` at a time. */
  async *results(batchId: string, parallel = 64): AsyncGenerator<LineResult> {
    const keys: string[] = [];
    const flush = async function* (this: BatchStore) {
      const got = await Promise.all(keys.splice(0).map((k) => this.resultsKv.get(k)));
      for (const e of got) if (e && e.operation === 'PUT' && e.value.length > 0) yield JSON.parse(dec.decode(e.value)) as LineResult;
    };
    for await (const key of await this.resultsKv.keys(`${resultPrefix(batchId)}.>`)) {
      keys.push(key);
      if (keys.length >= parallel) yield* flush.call(this);
    }
    yield* flush.call(this);
  }

  /** Drops a finished batch's results and counts (its files hold them now). */
  async purgeResults(batchId: string): Promise<void> {
    const jsm = await jetstreamManager(this.nc);
    const stream = `KV_${this.resultsBucket}`;
    await jsm.streams.purge(stream, { filter: `$KV.${this.resultsBucket}.${resultPrefix(batchId)}.>` });
    await jsm.streams.purge(stream, { filter: `$KV.${this.resultsBucket}.${progressKey(batchId)}` });
  }
}
