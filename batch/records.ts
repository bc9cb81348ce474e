// What the Files and Batches API keep in JetStream, and the OpenAI objects
// clients see of them. Records are JSON in KV buckets (proto/subjects.ts
// names them); a record carries its tenant, and the object shown to
// clients leaves out what is internal (tenant, coordinator claims).
import { randomBytes } from 'node:crypto';

export const newFileId = (): string => `file-${randomBytes(12).toString('hex')}`;
export const newBatchId = (): string => `batch_${randomBytes(12).toString('hex')}`;
/** The output and error files of a batch have ids derived from it, so a finalizer that runs again (after a crash) rewrites the same files instead of adding others. */
export const outputFileId = (batchId: string): string => `file-${batchId}-output`;
export const errorFileId = (batchId: string): string => `file-${batchId}-errors`;

/** Purposes a client may upload with, and those Weft writes itself. */
export const UPLOAD_PURPOSES = ['batch'] as const;
export type FilePurpose = 'batch' | 'batch_output';

export interface FileRecord {
  id: string;
  tenant: string;
  bytes: number;
  created_at: number;
  filename: string;
  purpose: FilePurpose;
}

/** The OpenAI file object. */
export function fileObject(f: FileRecord) {
  return { id: f.id, object: 'file' as const, bytes: f.bytes, created_at: f.created_at, filename: f.filename, purpose: f.purpose, status: 'processed' as const, status_details: null };
}

export type BatchStatus = 'validating' | 'failed' | 'in_progress' | 'finalizing' | 'completed' | 'expired' | 'cancelling' | 'cancelled';
export const TERMINAL: ReadonlySet<BatchStatus> = new Set(['failed', 'completed', 'expired', 'cancelled']);

export interface BatchError {
  code: string;
  message: string;
  param: string | null;
  line: number | null;
}

export interface RequestCounts {
  total: number;
  completed: number;
  failed: number;
}

export interface Usage {
  input_tokens: number;
  output_tokens: number;
}

export interface BatchRecord {
  id: string;
  tenant: string;
  endpoint: string;
  input_file_id: string;
  completion_window: string;
  metadata: Record<string, string> | null;
  model: string | null;
  /** The models (names or globs) its tenant may use, as the gateway found them when it was created; absent or null: any (catalog/model-access.ts). */
  models?: readonly string[] | null;
  status: BatchStatus;
  errors: BatchError[] | null;
  output_file_id: string | null;
  error_file_id: string | null;
  /** Timestamps are ms here; the API shows seconds. */
  created_at: number;
  /** When the window ends, in ms (the API shows seconds; tests use windows of seconds). */
  expires_at_ms: number;
  in_progress_at: number | null;
  finalizing_at: number | null;
  completed_at: number | null;
  failed_at: number | null;
  expired_at: number | null;
  cancelling_at: number | null;
  cancelled_at: number | null;
  /** Exact once finalized; while running, the counts kept by the results sink (progress). */
  request_counts: RequestCounts;
  usage: Usage;
  /** Every line is on the jobs stream (set once the coordinator published the last one). */
  enqueued: boolean;
  /** What finalizing ends in: completed, or the expired/cancelled a stop led to. */
  ending: 'completed' | 'expired' | 'cancelled' | null;
  /** A coordinator working on this batch (validating, enqueueing, finalizing) holds it until `until` (ms); another takes over after. */
  claim: { by: string; until: number } | null;
}

const sec = (ms: number | null) => (ms === null ? null : Math.floor(ms / 1000));

/** The OpenAI batch object; `progress` replaces the counts while the batch runs. */
export function batchObject(b: BatchRecord, progress?: { counts: RequestCounts; usage: Usage }) {
  const counts = progress && !TERMINAL.has(b.status) ? progress.counts : b.request_counts;
  const usage = progress && !TERMINAL.has(b.status) ? progress.usage : b.usage;
  return {
    id: b.id, object: 'batch' as const, endpoint: b.endpoint, model: b.model,
    errors: b.errors ? { object: 'list' as const, data: b.errors } : null,
    input_file_id: b.input_file_id, completion_window: b.completion_window, status: b.status,
    output_file_id: b.output_file_id, error_file_id: b.error_file_id,
    created_at: sec(b.created_at)!, in_progress_at: sec(b.in_progress_at), expires_at: sec(b.expires_at_ms), finalizing_at: sec(b.finalizing_at),
    completed_at: sec(b.completed_at), failed_at: sec(b.failed_at), expired_at: sec(b.expired_at),
    cancelling_at: sec(b.cancelling_at), cancelled_at: sec(b.cancelled_at),
    request_counts: { ...counts, total: b.request_counts.total },
    usage: {
      input_tokens: usage.input_tokens, input_tokens_details: { cached_tokens: 0 },
      output_tokens: usage.output_tokens, output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: usage.input_tokens + usage.output_tokens,
    },
    metadata: b.metadata,
  };
}

/** A line's result as the results bucket keeps it: the output (or error) file line, and what it counts for. */
export interface LineResult {
  /** true: goes to the output file (a 2xx answer); false: to the error file. */
  ok: boolean;
  input_tokens: number;
  output_tokens: number;
  line: OutputLine;
}

/** One line of an output or error file (OpenAI BatchRequestOutput). */
export interface OutputLine {
  id: string;
  custom_id: string;
  response: { status_code: number; request_id: string; body: unknown } | null;
  error: { code: string; message: string } | null;
}

export const newLineId = (): string => `batch_req_${randomBytes(12).toString('hex')}`;
