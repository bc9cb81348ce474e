// The batch lifecycle, run by every scheduler: each step of a batch is taken
// by whichever coordinator claims it first (a claim is a compare-and-set on
// the batch record, with a lease that a coordinator that dies stops
// renewing, so another takes over), and every step can be done again from
// the start after a crash without changing its outcome:
//
//   validating   read the input file (streamed), check every line; failed,
//                or in_progress with the line count
//   in_progress  publish each line onto the jobs stream (message id: batch
//                and line, so a line published again is dropped); lines
//                whose body is invalid get their error result at once.
//                Schedulers run the lines (sources/jetstream-batch.ts); when
//                none is left on the stream, finalizing
//   finalizing   write the output and error files from the results
//                (streamed into the object store) and the exact counts;
//                completed
//   expiry       past its window a batch stops: unrun lines are dropped,
//   and cancel   running ones aborted, and after a short grace it is
//                finalized as expired or cancelled, unrun lines in the
//                error file as batch_expired / batch_cancelled
import type { NatsConnection } from '@nats-io/transport-node';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { jetstream, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { headers as H, InferenceRequest, type FabricNames } from '../proto/index.ts';
import type { Logger } from '../observability/logger.ts';
import { BatchStore, resultKeyOf } from './batch-store.ts';
import { FileStore } from './file-store.ts';
import { dropLines, dropOrphans, ensureJobsStream, linesLeft, type JobsStreamOptions } from './jobs-stream.ts';
import { failedLine, lineRequest, lineRequestId, unrunLine } from './line-request.ts';
import { readLines } from './lines.ts';
import { chunksOf, streamFrom } from './streams.ts';
import { errorFileId, outputFileId, TERMINAL, type BatchError, type BatchRecord, type LineResult } from './records.ts';
import { checkLine, Validator } from './validate.ts';
import { errors } from '../proto/index.ts';
import { modelAllowed } from '../catalog/model-access.ts';

export interface CoordinatorOptions extends JobsStreamOptions {
  nc: NatsConnection;
  names: FabricNames;
  /** This coordinator's name in claims (its scheduler's id). */
  id: string;
  log: Logger;
  files: FileStore;
  store: BatchStore;
  /** Whether the catalog serves `model`. */
  hasModel(model: string): boolean;
  maxLines: number;
  maxLineBytes: number;
}

/** How often batches are looked at. */
const TICK_MS = 250;
/** How long a claim holds without renewal: a coordinator that died is replaced after this. */
const CLAIM_MS = 10_000;
/** After a stop (cancel, expiry), how long running lines have to end (they are aborted at once) before the batch is finalized. */
export const STOP_GRACE_MS = 1_500;
/** Lines published before waiting for the stream's acknowledgements. */
const PUBLISH_WINDOW = 256;
/** Room left in a message for subject and headers. */
const ENVELOPE_BYTES = 16 * 1024;

type Step = (rec: BatchRecord) => Promise<void>;

export class BatchCoordinator {
  private readonly o: CoordinatorOptions;
  private jsm!: JetStreamManager;
  private js!: JetStreamClient;
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  /** Batches found finished: never looked at again. */
  private readonly finished = new Set<string>();
  /** Batches this coordinator works on now. */
  private readonly working = new Set<string>();
  /** Running batches' lines left on the stream, and since when unchanged (orphaned lines: finishWhenDone). */
  private readonly stalled = new Map<string, { left: number; since: number }>();
  private closed = false;

  constructor(o: CoordinatorOptions) {
    this.o = o;
  }

  async start(): Promise<void> {
    this.jsm = await ensureJobsStream(this.o.nc, this.o.names, this.o);
    this.js = jetstream(this.o.nc);
    this.timer = setInterval(() => {
      this.ticking ??= this.tick().catch((err) => this.o.log.warn('batch coordinator tick failed', { err })).finally(() => (this.ticking = undefined));
    }, TICK_MS);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.ticking;
  }

  private async tick(): Promise<void> {
    for (const id of await this.o.store.ids()) {
      if (this.closed) return;
      if (this.finished.has(id) || this.working.has(id)) continue;
      const cur = await this.o.store.get(id);
      if (!cur) continue;
      if (TERMINAL.has(cur.rec.status)) {
        this.finished.add(id);
        continue;
      }
      const step = this.stepFor(cur.rec);
      if (step) this.run(id, step);
    }
  }

  /** What to do with a batch now, if anything. */
  private stepFor(b: BatchRecord): Step | undefined {
    const now = Date.now();
    const claimedElsewhere = b.claim !== null && b.claim.by !== this.o.id && b.claim.until > now;
    if (now >= b.expires_at_ms && b.ending === null && (b.status === 'validating' || b.status === 'in_progress')) return (r) => this.expire(r);
    if (b.status === 'cancelling' || (b.status === 'in_progress' && b.ending === 'expired')) {
      const since = b.status === 'cancelling' ? b.cancelling_at ?? 0 : b.expires_at_ms;
      // Dropping lines and aborting those running is repeated until the
      // grace ends: idempotent, and it catches lines a slow enqueuer published late.
      if (now < since + STOP_GRACE_MS) return (r) => this.stopLines(r);
      return claimedElsewhere ? undefined : (r) => this.claimed(r, (c) => this.finalize(c));
    }
    if (claimedElsewhere) return undefined;
    if (b.status === 'validating') return (r) => this.claimed(r, (c, renew) => this.validate(c, renew));
    if (b.status === 'in_progress' && !b.enqueued) return (r) => this.claimed(r, (c, renew) => this.enqueue(c, renew));
    if (b.status === 'in_progress') return (r) => this.finishWhenDone(r);
    if (b.status === 'finalizing') return (r) => this.claimed(r, (c) => this.finalize(c));
    return undefined;
  }

  private run(id: string, step: Step): void {
    this.working.add(id);
    void (async () => {
      const cur = await this.o.store.get(id);
      if (cur) await step(cur.rec);
    })().catch((err) => this.o.log.warn('batch step failed; it is tried again', { batchId: id, err }))
      .finally(() => this.working.delete(id));
  }

  /** Runs `work` holding the batch's claim (renewed while it runs); skipped when another coordinator holds it. */
  private async claimed(rec: BatchRecord, work: (rec: BatchRecord, renew: () => Promise<boolean>) => Promise<void>): Promise<void> {
    const claim = (r: BatchRecord) => {
      const now = Date.now();
      if (r.status !== rec.status || (r.claim && r.claim.by !== this.o.id && r.claim.until > now)) return undefined;
      r.claim = { by: this.o.id, until: now + CLAIM_MS };
      return r;
    };
    const got = await this.o.store.update(rec.id, claim);
    if (!got?.changed) return;
    let last = Date.now();
    /** Renews the claim now and then; false when the batch moved on (cancelled, expired) and the work should stop. */
    const renew = async () => {
      if (Date.now() - last < CLAIM_MS / 4) return true;
      last = Date.now();
      const r = await this.o.store.update(rec.id, claim);
      return !!r?.changed && r.rec.ending === got.rec.ending;
    };
    await work(got.rec, renew);
  }

  private async validate(rec: BatchRecord, renew: () => Promise<boolean>): Promise<void> {
    const { files, store, maxLines, maxLineBytes, log } = this.o;
    const v = new Validator(rec.endpoint, maxLines);
    const file = await files.get(rec.input_file_id, rec.tenant);
    const content = file && await files.content(file.id);
    if (!content) v.fail({ code: 'file_not_found', message: `The input file ${rec.input_file_id} no longer exists.`, param: 'input_file_id', line: null });
    else {
      for await (const line of readLines(chunksOf(content), maxLineBytes)) {
        v.add(line);
        if (line.n % 1000 === 0 && !(await renew())) return;
      }
    }
    let verdict = v.verdict();
    // A model its tenant may not use is refused as a missing one, as the gateway refuses it (gateway/model-gate.ts).
    if (verdict.ok && (!this.o.hasModel(verdict.model) || !modelAllowed(rec.models, verdict.model))) {
      verdict = { ok: false, errors: [{ code: 'model_not_found', message: `The model '${verdict.model}' does not exist or is not served here.`, param: 'body.model', line: null }] };
    }
    const now = Date.now();
    const r = await store.update(rec.id, (b) => {
      if (b.status !== 'validating' || b.claim?.by !== this.o.id) return undefined;
      if (!verdict.ok) return { ...b, status: 'failed', failed_at: now, errors: verdict.errors, claim: null };
      return { ...b, status: 'in_progress', in_progress_at: now, model: verdict.model, request_counts: { total: verdict.total, completed: 0, failed: 0 } };
    });
    log.info('batch validated', { batchId: rec.id, ok: verdict.ok, lines: verdict.ok ? verdict.total : undefined });
    if (r?.changed && r.rec.status === 'in_progress') await this.enqueue(r.rec, renew);
  }

  /** Publishes every line (again, after a crash: the stream drops repeats, and lines with a result are skipped when they run). */
  private async enqueue(rec: BatchRecord, renew: () => Promise<boolean>): Promise<void> {
    const published = await this.publish(rec, renew, () => true, (id) => id);
    if (published === undefined) return;
    await this.o.store.update(rec.id, (b) => (b.status === 'in_progress' && b.claim?.by === this.o.id ? { ...b, enqueued: true, claim: null } : undefined));
    this.o.log.info('batch enqueued', { batchId: rec.id, published });
  }

  /**
   * Publishes the lines `want` picks (by custom_id) onto the jobs stream,
   * each with message id `msgId(line's request id)`; lines whose body is
   * invalid get their error result instead. Resolves with how many were
   * published, or undefined when it stopped (the input file is gone, or the
   * batch was cancelled or expired meanwhile).
   */
  private async publish(rec: BatchRecord, renew: () => Promise<boolean>, want: (customId: string) => boolean, msgId: (requestId: string) => string): Promise<number | undefined> {
    const { files, store, names, maxLineBytes } = this.o;
    const content = await files.content(rec.input_file_id);
    if (!content) {
      await this.failRunning(rec, { code: 'file_not_found', message: `The input file ${rec.input_file_id} no longer exists.`, param: 'input_file_id', line: null });
      return undefined;
    }
    const subject = names.subjects.batchJob(rec.id);
    const maxPayload = (this.o.nc.info?.max_payload ?? 1024 * 1024) - ENVELOPE_BYTES;
    const pending: Promise<unknown>[] = [];
    let published = 0;
    for await (const line of readLines(chunksOf(content), maxLineBytes)) {
      const c = checkLine(line, rec.endpoint);
      if (!c.ok || !want(c.line.custom_id)) continue; // (not ok: validated already, cannot happen unless the file changed)
      const requestId = lineRequestId(rec.id, c.line.n);
      const built = lineRequest(rec, c.line);
      if (!built.ok) {
        pending.push(store.recordResult(rec.id, c.line.custom_id, failedLine(c.line.custom_id, requestId, built.error)));
      } else {
        const data = InferenceRequest.encode(built.req).finish();
        const response = built.responses && Buffer.from(JSON.stringify(built.responses)).toString('base64url');
        const size = data.length + (response?.length ?? 0);
        if (size > maxPayload) {
          pending.push(store.recordResult(rec.id, c.line.custom_id, failedLine(c.line.custom_id, requestId,
            errors.invalid(`The request is ${size} bytes encoded, more than a batch line may carry (${maxPayload}).`))));
        } else {
          const h = natsHeaders();
          h.set(H.batchId, rec.id);
          h.set(H.customId, encodeURIComponent(c.line.custom_id));
          h.set(H.batchLine, String(c.line.n));
          h.set(H.requestId, requestId);
          if (built.encoding) h.set(H.batchEncoding, built.encoding);
          if (response) h.set(H.batchResponse, response);
          h.set(H.tenant, rec.tenant);
          pending.push(this.js.publish(subject, data, { msgID: msgId(requestId), headers: h }));
          published++;
        }
      }
      if (pending.length >= PUBLISH_WINDOW) {
        await Promise.all(pending.splice(0));
        if (!(await renew())) return undefined; // cancelled or expired meanwhile: stop publishing
      }
    }
    await Promise.all(pending);
    return published;
  }

  private async failRunning(rec: BatchRecord, error: BatchError): Promise<void> {
    await this.o.store.update(rec.id, (b) => (TERMINAL.has(b.status) ? undefined : { ...b, status: 'failed', failed_at: Date.now(), errors: [error], claim: null }));
  }

  /**
   * in_progress with every line on the stream: finalizing once none is left
   * there and every line has its result. Two things a nats-server killed
   * mid-batch can leave behind are put right here. Its last writes before
   * it died may be lost in part: lines the consumer had acknowledged can
   * come back on the stream, where nothing delivers them again (removed
   * once the batch has stalled a while), and a line's result can be lost
   * while its acknowledgement was kept (such lines are published again).
   */
  private async finishWhenDone(rec: BatchRecord): Promise<void> {
    if (Date.now() >= rec.expires_at_ms) return; // the expiry step ends it
    const left = await linesLeft(this.jsm, this.o.names, rec.id);
    if (left > 0) return this.dropOrphansWhenStalled(rec, left);
    this.stalled.delete(rec.id);
    await this.claimed(rec, (c, renew) => this.completeOrRepublish(c, renew));
  }

  private async dropOrphansWhenStalled(rec: BatchRecord, left: number): Promise<void> {
    const now = Date.now();
    const seen = this.stalled.get(rec.id);
    if (!seen || seen.left !== left) return void this.stalled.set(rec.id, { left, since: now });
    if (now - seen.since < Math.max(2 * this.o.ackWaitMs, 2_000)) return;
    this.stalled.delete(rec.id);
    const dropped = await dropOrphans(this.jsm, this.o.names, rec.id);
    if (dropped > 0) this.o.log.warn('batch lines the consumer had already passed removed from the jobs stream', { batchId: rec.id, lines: dropped });
  }

  /** Claimed, with no line left on the stream: finalizes when every line has a result, else publishes those without one again. */
  private async completeOrRepublish(rec: BatchRecord, renew: () => Promise<boolean>): Promise<void> {
    const { store, log } = this.o;
    const have = await store.resultKeys(rec.id);
    if (have.size < rec.request_counts.total) {
      // A message id of its own (the stream remembers the first one), the same for one pass.
      const pass = Date.now().toString(36);
      const published = await this.publish(rec, renew, (cid) => !have.has(resultKeyOf(cid)), (id) => `${id}~${pass}`);
      log.warn('batch lines without a result published again', { batchId: rec.id, lines: published, results: have.size, total: rec.request_counts.total });
      await store.update(rec.id, (b) => (b.claim?.by === this.o.id ? { ...b, claim: null } : undefined));
      return;
    }
    const r = await store.update(rec.id, (b) => (b.status === 'in_progress' && b.enqueued && b.ending === null && b.claim?.by === this.o.id
      ? { ...b, status: 'finalizing', finalizing_at: Date.now(), ending: 'completed' } : undefined));
    if (r?.changed) await this.finalize(r.rec);
  }

  private async expire(rec: BatchRecord): Promise<void> {
    const now = Date.now();
    const r = await this.o.store.update(rec.id, (b) => {
      if (b.ending !== null || TERMINAL.has(b.status)) return undefined;
      // Nothing ran yet: expired at once, with nothing to deliver.
      if (b.status === 'validating') return { ...b, status: 'expired', expired_at: now, claim: null };
      if (b.status !== 'in_progress') return undefined;
      return { ...b, ending: 'expired' };
    });
    if (r?.changed) {
      this.o.log.info('batch expired', { batchId: rec.id });
      await this.stopLines(r.rec);
    }
  }

  /** Drops the lines still waiting and tells every scheduler to abort those it runs. */
  private async stopLines(rec: BatchRecord): Promise<void> {
    await dropLines(this.jsm, this.o.names, rec.id);
    this.o.nc.publish(this.o.names.subjects.batchStop, rec.id);
  }

  /** Writes the output and error files and the exact counts, and ends the batch. */
  private async finalize(rec: BatchRecord): Promise<void> {
    const { files, store, log } = this.o;
    const ending = rec.status === 'cancelling' ? 'cancelled' : rec.ending === 'expired' ? 'expired' : 'completed';
    const seen = new Set<string>();
    const counts = { completed: 0, failed: 0 };
    const usage = { input_tokens: 0, output_tokens: 0 };
    const tally = (r: LineResult) => {
      seen.add(r.line.custom_id);
      if (r.ok) counts.completed++;
      else counts.failed++;
      usage.input_tokens += r.input_tokens;
      usage.output_tokens += r.output_tokens;
    };
    const enc = new TextEncoder();
    const self = this;
    const outputs = async function* () {
      for await (const r of store.results(rec.id)) if (r.ok) {
        tally(r);
        yield enc.encode(`${JSON.stringify(r.line)}\n`);
      }
    };
    const failures = async function* () {
      for await (const r of store.results(rec.id)) if (!r.ok) {
        tally(r);
        yield enc.encode(`${JSON.stringify(r.line)}\n`);
      }
      // Lines that never ran (stopped batches) are delivered as failed.
      if (ending !== 'completed' && rec.request_counts.total > 0) yield* self.unrunLines(rec, seen, ending, tally);
    };
    const outId = outputFileId(rec.id);
    const errId = errorFileId(rec.id);
    const outBytes = await files.putContent(outId, streamFrom(outputs()));
    const errBytes = await files.putContent(errId, streamFrom(failures()));
    const created = Math.floor(Date.now() / 1000);
    const keep = async (id: string, bytes: number, filename: string) => {
      if (bytes === 0) {
        await files.discard(id);
        return null;
      }
      await files.saveRecord({ id, tenant: rec.tenant, bytes, created_at: created, filename, purpose: 'batch_output' });
      return id;
    };
    const output_file_id = await keep(outId, outBytes, `${rec.id}_output.jsonl`);
    const error_file_id = await keep(errId, errBytes, `${rec.id}_error.jsonl`);
    const now = Date.now();
    await store.update(rec.id, (b) => (TERMINAL.has(b.status) ? undefined : {
      ...b, status: ending, output_file_id, error_file_id, claim: null,
      request_counts: { total: b.request_counts.total, ...counts }, usage,
      ...(ending === 'completed' ? { completed_at: now } : ending === 'expired' ? { expired_at: now } : { cancelled_at: now }),
    }));
    log.info('batch finalized', { batchId: rec.id, status: ending, ...counts });
    this.finished.add(rec.id);
    await store.purgeResults(rec.id).catch((err) => log.warn('purging batch results failed', { batchId: rec.id, err }));
  }

  private async *unrunLines(rec: BatchRecord, seen: Set<string>, ending: 'expired' | 'cancelled', tally: (r: LineResult) => void): AsyncGenerator<Uint8Array> {
    const content = await this.o.files.content(rec.input_file_id);
    if (!content) return;
    const enc = new TextEncoder();
    for await (const line of readLines(chunksOf(content), this.o.maxLineBytes)) {
      const c = checkLine(line, rec.endpoint);
      if (!c.ok || seen.has(c.line.custom_id)) continue;
      const r = unrunLine(c.line.custom_id, ending);
      tally(r);
      yield enc.encode(`${JSON.stringify(r.line)}\n`);
    }
  }
}
