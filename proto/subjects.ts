// The one module that names every NATS subject, queue group and header.
// Nowhere else may a subject be built by concatenation: model names are
// user input and could otherwise inject '.', '*' or '>' into a subject.

const ROOT = 'weft.v1';

/** Priority classes as they appear in subjects and in the API. */
export const PriorityClass = { REALTIME: 'realtime', BATCH: 'batch' } as const;
export type PriorityClass = (typeof PriorityClass)[keyof typeof PriorityClass];
export const PRIORITY_CLASSES: readonly PriorityClass[] = [PriorityClass.REALTIME, PriorityClass.BATCH];

/** Queue group shared by every scheduler, so each request is taken once. */
export const SCHEDULER_QUEUE_GROUP = 'weft-schedulers';

const SAFE = /^[A-Za-z0-9_-]$/;

/**
 * Encodes any string as one NATS subject token: [A-Za-z0-9_-] stay, every
 * other UTF-8 byte becomes %HH. The result never holds '.', '*', '>' or
 * whitespace, and decodeToken() reverses it exactly.
 */
export function encodeToken(value: string): string {
  if (value.length === 0) return '%';
  let out = '';
  for (const ch of value) {
    if (SAFE.test(ch)) out += ch;
    else for (const byte of Buffer.from(ch, 'utf8')) out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

export function decodeToken(token: string): string {
  if (token === '%') return '';
  return decodeURIComponent(token);
}

export const subjects = {
  /** Where the gateway publishes a request of one class for one model. */
  request: (priority: PriorityClass, model: string) => `${ROOT}.infer.${priority}.${encodeToken(model)}`,
  /** What schedulers subscribe to, per class. */
  requestAll: (priority: PriorityClass) => `${ROOT}.infer.${priority}.*`,
  /** Parses a request subject back into its class and model. */
  parseRequest(subject: string): { priority: PriorityClass; model: string } | undefined {
    const parts = subject.split('.');
    if (parts.length !== 5 || `${parts[0]}.${parts[1]}` !== ROOT || parts[2] !== 'infer') return undefined;
    const priority = parts[3] as PriorityClass;
    if (!PRIORITY_CLASSES.includes(priority)) return undefined;
    try {
      return { priority, model: decodeToken(parts[4]!) };
    } catch {
      return undefined; // not a token encodeToken() made (malformed %-escape)
    }
  },
  /** A request's reply subject: one wildcard subscription per gateway. */
  reply: (gatewayId: string, requestId: string) => `${ROOT}.reply.${encodeToken(gatewayId)}.${encodeToken(requestId)}`,
  replyAll: (gatewayId: string) => `${ROOT}.reply.${encodeToken(gatewayId)}.*`,
  /** Cancels go to the scheduler that accepted the request. */
  cancel: (schedulerId: string) => `${ROOT}.cancel.${encodeToken(schedulerId)}`,
  /** Executors publish ExecutorInfo here every heartbeat interval. */
  heartbeat: `${ROOT}.executors.heartbeat`,
  /** Every scheduler answers a SnapshotRequest here with its SchedulerSnapshot. */
  schedulerSnapshot: `${ROOT}.schedulers.snapshot`,
  /** Schedulers publish SchedulerInfo here every heartbeat interval. */
  schedulerHeartbeat: `${ROOT}.schedulers.heartbeat`,
  /** Anyone may ask executors to heartbeat at once (DiscoverRequest). */
  discover: `${ROOT}.executors.discover`,
} as const;

/**
 * NATS KV buckets. The catalog holds one CatalogModel per model; the replica
 * plan one ReplicaSet per model (desired placement, written with
 * compare-and-set on the revision).
 */
export const buckets = {
  catalog: 'weft-catalog',
  replicas: 'weft-replicas',
} as const;

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
} as const;
