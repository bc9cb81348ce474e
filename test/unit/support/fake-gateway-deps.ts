// Fakes for the gateway's dependencies, so its Hono app can be driven with
// app.request(): no NATS, no scheduler, no port. The fabric answers each
// submit from a scripted plan, and records what it was given.
//
// Every fake GenerateChunk is built by fakeChunk() below (textChunk and
// finalChunk go through it): when the chunk's wire shape changes, only that
// function changes.
import type { FileStore } from '../../../batch/file-store.ts';
import type { BatchStore } from '../../../batch/batch-store.ts';
import { errors, FinishReason, GenerateChunk, type IUsage } from '../../../proto/index.ts';
import { createApp, type GatewayDeps } from '../../../gateway/app.ts';
import { hashKey, type Principal } from '../../../gateway/auth.ts';
import type { CatalogAdmin } from '../../../gateway/routes/admin-models.ts';
import type { FabricClient, Submission } from '../../../gateway/fabric-client.ts';
import type { Logger } from '../../../observability/logger.ts';

// ---------------------------------------------------------------- chunks

interface ChunkFields {
  /** Output text (with `tokens`); absent: the chunk carries no text delta. */
  text?: string;
  tokens?: number;
  /** Set on the last chunk only, with its usage. */
  finishReason?: FinishReason;
  usage?: IUsage;
}

/**
 * THE one place a fake GenerateChunk is built: a text delta and/or the
 * final part, as the gateway receives them from NATS (encoded, decoded).
 */
export function fakeChunk({ text, tokens = 0, finishReason, usage }: ChunkFields): GenerateChunk {
  const props = {
    ...(text !== undefined ? { delta: { text, tokens } } : {}),
    ...(finishReason !== undefined ? { final: { finishReason, ...(usage ? { usage } : {}) } } : {}),
  };
  return GenerateChunk.decode(GenerateChunk.encode(props).finish());
}

/** A piece of generated text, not the last one. */
export function textChunk(text: string, tokens = 1): GenerateChunk {
  return fakeChunk({ text, tokens });
}

export type FinishName = 'stop' | 'length' | 'cancelled';

const FINISH: Record<FinishName, FinishReason> = {
  stop: FinishReason.FINISH_REASON_STOP,
  length: FinishReason.FINISH_REASON_LENGTH,
  cancelled: FinishReason.FINISH_REASON_CANCELLED,
};

/** The last chunk of an answer: why it ended, its usage, and optionally a last piece of text. */
export function finalChunk(reason: FinishName, usage?: { prompt: number; completion: number }, text = ''): GenerateChunk {
  return fakeChunk({
    ...(text ? { text, tokens: 1 } : {}),
    finishReason: FINISH[reason],
    ...(usage ? { usage: { promptTokens: usage.prompt, completionTokens: usage.completion } } : {}),
  });
}

// ---------------------------------------------------------------- fabric

/**
 * How the fake fabric answers one submit: these chunks, in order; then, if
 * given, this error (thrown from the iterator, as FabricClient does); or,
 * with `hang`, no end until the submission is cancelled.
 */
export interface Plan {
  chunks?: GenerateChunk[];
  error?: unknown;
  hang?: boolean;
}

type SubmitArgs = Parameters<FabricClient['submit']>;

export interface Submitted {
  req: SubmitArgs[0];
  priority: SubmitArgs[1];
  /** The reason given to cancel(), once cancelled. */
  cancelled?: string;
}

export class FakeFabric {
  /** Every submit, in order. */
  readonly submitted: Submitted[] = [];
  private readonly plans: Plan[] = [];
  /** Used when no plan is queued. */
  fallback: Plan = { chunks: [textChunk('Hello'), textChunk(' world', 2), finalChunk('stop', { prompt: 5, completion: 3 })] };

  /** Queues the plan of the next submit. */
  willAnswer(plan: Plan): this {
    this.plans.push(plan);
    return this;
  }

  /** Resolves once a submit was cancelled (with its reason). */
  cancelledReason(index = 0, timeoutMs = 2_000): Promise<string> {
    return waitFor(() => this.submitted[index]?.cancelled, timeoutMs);
  }

  submit(req: SubmitArgs[0], priority: SubmitArgs[1], _ctx: SubmitArgs[2]): Submission {
    const plan = this.plans.shift() ?? this.fallback;
    const record: Submitted = { req, priority };
    this.submitted.push(record);
    let onCancel: ((reason: string) => void) | undefined;
    const cancelledP = new Promise<string>((resolve) => { onCancel = resolve; });
    async function* chunks(): AsyncGenerator<GenerateChunk> {
      for (const c of plan.chunks ?? []) yield c;
      if (plan.error !== undefined) throw plan.error;
      if (plan.hang) throw errors.cancelled(await cancelledP);
    }
    return {
      chunks: chunks(),
      cancel: (reason: string) => {
        record.cancelled ??= reason;
        onCancel?.(reason);
      },
    };
  }

  /** This fake where the gateway wants a FabricClient. */
  asClient(): FabricClient {
    return this as unknown as FabricClient;
  }
}

async function waitFor<T>(get: () => T | undefined, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = get();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`nothing after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

// ---------------------------------------------------------------- the rest

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  msg: string;
  meta?: Record<string, unknown>;
}

/** A logger that keeps its lines instead of writing them. */
export function memoryLogger(lines: LogLine[] = []): Logger & { lines: LogLine[] } {
  const at = (level: LogLine['level']) => (msg: string, meta?: Record<string, unknown>) => {
    lines.push({ level, msg, ...(meta ? { meta } : {}) });
  };
  const log: Logger & { lines: LogLine[] } = {
    lines,
    debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'),
    child: () => log,
  };
  return log;
}

/** A catalog admin with no models (the admin API is not under test here). */
export const emptyCatalog: CatalogAdmin = {
  list: () => [],
  get: () => undefined,
  put: () => Promise.reject(errors.internal('not in this fake')),
  delete: () => Promise.resolve(false),
  view: (m) => m,
};

/** A key lookup holding these keys (the plain key → its principal). */
export function keysOf(keys: Record<string, Principal>): Map<string, Principal> {
  return new Map(Object.entries(keys).map(([key, p]) => [hashKey(key), p]));
}

export interface FakeGateway {
  app: ReturnType<typeof createApp>;
  fabric: FakeFabric;
  log: ReturnType<typeof memoryLogger>;
  deps: GatewayDeps;
}

/**
 * The gateway's app over fakes: `models` are the ones served (and ready);
 * auth is off unless `keys` is given; anything of GatewayDeps can be replaced.
 */
export function fakeGateway(opts: { models?: string[] } & Partial<Omit<GatewayDeps, 'models'>> = {}): FakeGateway {
  const { models: names = ['tiny'], ...over } = opts;
  const fabric = new FakeFabric();
  const log = memoryLogger();
  const deps: GatewayDeps = {
    fabric: fabric.asClient(),
    models: () => new Set(names),
    hasModel: (m) => names.includes(m),
    catalog: emptyCatalog,
    readiness: () => ({ natsConnected: true, executors: 1, models: [...names].sort(), loading: [] }),
    cluster: async () => ({ executors: [] }),
    realtime: { vadModel: 'silero-vad', transcribeModel: 'pocketsphinx-en-us', speechModel: 'espeak-ng', maxSessionsPerTenant: 16, maxSessionMs: 1_800_000 },
    keys: undefined,
    corsOrigins: [],
    maxBodyBytes: 64 * 1024,
    requestTimeoutMs: 30_000,
    // The Files and Batch APIs run on NATS stores: their tests use real ones (test/e2e/batch.test.ts).
    files: {} as FileStore,
    batches: {} as BatchStore,
    maxFileBytes: 1024 * 1024,
    batchWindowMs: 86_400_000,
    log,
    ...over,
  };
  return { app: createApp(deps), fabric, log, deps };
}
