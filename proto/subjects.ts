// The one module that names every NATS subject, queue group, header and
// JetStream bucket. Nowhere else may a subject be built by concatenation:
// model names are user input and could otherwise inject '.', '*' or '>'
// into a subject.
//
// Every subject, queue group and bucket is scoped by the fabric's cluster
// name (WEFT_CLUSTER): fabrics sharing one NATS server share no name, so
// none of them sees, serves or deletes another's models, executors or
// requests. Processes take their names from fabricNames(config.cluster);
// nothing here is unscoped, so a new subject or bucket cannot forget the
// cluster (a unit test checks that every one carries it).

const PREFIX = 'weft';
const VERSION = 'v1';

/** Priority classes as they appear in subjects and in the API. */
export const PriorityClass = { REALTIME: 'realtime', BATCH: 'batch' } as const;
export type PriorityClass = (typeof PriorityClass)[keyof typeof PriorityClass];
export const PRIORITY_CLASSES: readonly PriorityClass[] = [PriorityClass.REALTIME, PriorityClass.BATCH];

const SUBJECT_SAFE = /^[A-Za-z0-9_-]$/;
const NAME_SAFE = /^[A-Za-z0-9-]$/;

/** `value` with every UTF-8 byte of a character `safe` refuses written as `escape` + two hex digits. */
function escapeBytes(value: string, safe: RegExp, escape: string): string {
  let out = '';
  for (const ch of value) {
    if (safe.test(ch)) out += ch;
    else for (const byte of Buffer.from(ch, 'utf8')) out += escape + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/**
 * Encodes any string as one NATS subject token: [A-Za-z0-9_-] stay, every
 * other UTF-8 byte becomes %HH. The result never holds '.', '*', '>' or
 * whitespace, and decodeToken() reverses it exactly.
 */
export function encodeToken(value: string): string {
  return value.length === 0 ? '%' : escapeBytes(value, SUBJECT_SAFE, '%');
}

export function decodeToken(token: string): string {
  if (token === '%') return '';
  return decodeURIComponent(token);
}

/**
 * Encodes a cluster name as one token that is valid both in a NATS subject
 * and in a JetStream bucket or stream name (those allow only [A-Za-z0-9_-]):
 * letters, digits and '-' stay, every other UTF-8 byte (and '_' itself, the
 * escape character) becomes _HH. Distinct well-formed names never share a
 * token.
 */
export function clusterToken(cluster: string): string {
  return cluster.length === 0 ? '_' : escapeBytes(cluster, NAME_SAFE, '_');
}

/** Every NATS name one fabric (one cluster) uses. */
export function fabricNames(cluster: string) {
  const c = clusterToken(cluster);
  // weft.<cluster>.v1.…: one permission (weft.<cluster>.>) covers a fabric.
  const root = `${PREFIX}.${c}.${VERSION}`;
  const subjects = {
    /** Where the gateway publishes a request of one class for one model. */
    request: (priority: PriorityClass, model: string) => `${root}.infer.${priority}.${encodeToken(model)}`,
    /** What schedulers subscribe to, per class. */
    requestAll: (priority: PriorityClass) => `${root}.infer.${priority}.*`,
    /** Parses a request subject of this cluster back into its class and model. */
    parseRequest(subject: string): { priority: PriorityClass; model: string } | undefined {
      const parts = subject.split('.');
      if (parts.length !== 6 || parts.slice(0, 3).join('.') !== root || parts[3] !== 'infer') return undefined;
      const priority = parts[4] as PriorityClass;
      if (!PRIORITY_CLASSES.includes(priority)) return undefined;
      try {
        return { priority, model: decodeToken(parts[5]!) };
      } catch {
        return undefined; // not a token encodeToken() made (malformed %-escape)
      }
    },
    /**
     * Where the answer to one publish of a request goes: one wildcard
     * subscription per gateway. Each publish of a request (a resubmission
     * after its scheduler died or never answered) has an attempt number of
     * its own, so frames of an earlier attempt are told apart and ignored.
     */
    reply: (gatewayId: string, requestId: string, attempt = 1) => `${root}.reply.${encodeToken(gatewayId)}.${encodeToken(requestId)}.${attempt}`,
    replyAll: (gatewayId: string) => `${root}.reply.${encodeToken(gatewayId)}.*.*`,
    /** The request id and attempt of a reply subject this module made; undefined otherwise. */
    parseReply(subject: string): { requestId: string; attempt: number } | undefined {
      const parts = subject.split('.');
      if (parts.length !== 7 || parts.slice(0, 3).join('.') !== root || parts[3] !== 'reply') return undefined;
      const attempt = Number(parts[6]);
      if (!Number.isSafeInteger(attempt) || attempt < 1) return undefined;
      try {
        return { requestId: decodeToken(parts[5]!), attempt };
      } catch {
        return undefined;
      }
    },
    /** Cancels go to the scheduler that accepted the request. */
    cancel: (schedulerId: string) => `${root}.cancel.${encodeToken(schedulerId)}`,
    /** Executors publish ExecutorInfo here every heartbeat interval. */
    heartbeat: `${root}.executors.heartbeat`,
    /** Every scheduler answers a SnapshotRequest here with its SchedulerSnapshot. */
    schedulerSnapshot: `${root}.schedulers.snapshot`,
    /** Schedulers publish SchedulerInfo here every heartbeat interval. */
    schedulerHeartbeat: `${root}.schedulers.heartbeat`,
    /** Anyone may ask executors to heartbeat at once (DiscoverRequest). */
    discover: `${root}.executors.discover`,
    /** The lines of one batch, as jobs on the batch jobs stream (streams.batchJobs). */
    batchJob: (batchId: string) => `${root}.batch.job.${encodeToken(batchId)}`,
    /** Every batch's lines: the subject of the batch jobs stream. */
    batchJobAll: `${root}.batch.job.*`,
    /** A batch was cancelled or expired: every scheduler stops the lines of it that it holds (payload: the batch id). */
    batchStop: `${root}.batch.stop`,
    /** Where a process exports a batch of its finished spans (JSON), for the trace store (streams.spans). */
    spans: (service: string) => `${root}.spans.${encodeToken(service)}`,
    /** Every process's spans: the subject of the spans stream. */
    spansAll: `${root}.spans.*`,
    /** Gateways report what they counted against tenants' rate limits (TenantUsageReport), to each other. */
    tenantUsage: `${root}.gateways.tenant-usage`,
  } as const;
  return {
    cluster,
    subjects,
    /** Queue group shared by every scheduler of the cluster, so each request is taken once. */
    schedulerQueueGroup: `${PREFIX}-${c}-schedulers`,
    /**
     * NATS KV buckets (each is a JetStream stream KV_<bucket>). The catalog
     * holds one CatalogModel per model; the replica plan one ReplicaSet per
     * model (desired placement, written with compare-and-set on the
     * revision). A new bucket, stream or object store belongs here, named
     * with the cluster like these.
     */
    buckets: {
      catalog: `${PREFIX}-${c}-catalog`,
      replicas: `${PREFIX}-${c}-replicas`,
      /** Object store of request bodies too large for one message (see headers.bodyRef). */
      bodies: `${PREFIX}-${c}-bodies`,
      /** KV of the Files API's file records (one JSON FileRecord per file id). */
      files: `${PREFIX}-${c}-files`,
      /** Object store of the files' contents (object name: the file id). */
      fileData: `${PREFIX}-${c}-file-data`,
      /** KV of batch records (one JSON BatchRecord per batch id). */
      batches: `${PREFIX}-${c}-batches`,
      /** KV of batch line results, keyed by batch and custom_id (a redelivery finds its line's result there), and each batch's running counts. */
      batchResults: `${PREFIX}-${c}-batch-results`,
    },
    /** JetStream streams (work queues, file storage) and their durable consumers. */
    streams: {
      /** One message per batch line still to run (subjects.batchJob); a line leaves the stream when it is acknowledged. */
      batchJobs: `${PREFIX}-${c}-batch-jobs`,
      /** The pull consumer every scheduler of the cluster takes batch lines from. */
      batchRunners: `${PREFIX}-${c}-batch-runners`,
      /** Every process's finished spans (subjects.spansAll), bounded by age and bytes (WEFT_TRACE_MAX_AGE_MS, WEFT_TRACE_MAX_BYTES); gateways index it. */
      spans: `${PREFIX}-${c}-spans`,
    },
  } as const;
}

export type FabricNames = ReturnType<typeof fabricNames>;
export type Subjects = FabricNames['subjects'];

/**
 * Encodes a model name as one KV key token: [A-Za-z0-9_-] stay, every other
 * UTF-8 byte becomes =HH ('%' is not allowed in KV keys, '.' would split the
 * key into tokens). decodeKvKey() reverses it exactly.
 */
export function encodeKvKey(value: string): string {
  return encodeToken(value).replaceAll('%', '=');
}

export function decodeKvKey(key: string): string {
  return decodeToken(key.replaceAll('=', '%'));
}

/** NATS header names. W3C trace context (traceparent, tracestate) travels too. */
export const headers = {
  requestId: 'Weft-Request-Id',
  tenant: 'Weft-Tenant',
  /**
   * On a request message with an empty payload: the name, in the cluster's
   * `bodies` object store, of the encoded InferenceRequest, which was larger
   * than the server's max_payload.
   */
  bodyRef: 'Weft-Body-Ref',
  /** On a batch job message: its batch, the line's custom_id and its line number in the input file (1-based). */
  batchId: 'Weft-Batch-Id',
  customId: 'Weft-Custom-Id',
  batchLine: 'Weft-Batch-Line',
  /** An embeddings batch line's encoding_format ("float" when absent), for its output. */
  batchEncoding: 'Weft-Batch-Encoding',
  /** A /v1/responses batch line's settings the Response echoes (instructions, metadata, text format…), as base64url JSON. */
  batchResponse: 'Weft-Batch-Response',
} as const;

/**
 * gRPC trailer names (metadata keys are lower case) on a failed executor
 * call: the exact ErrorCode, whether a retry may succeed, and Retry-After,
 * so an error keeps all of its meaning across the hop (see errors.ts).
 */
export const grpcTrailers = {
  errorCode: 'weft-error-code',
  retryable: 'weft-retryable',
  retryAfterS: 'weft-retry-after-s',
} as const;
