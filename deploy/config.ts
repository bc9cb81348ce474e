// Every setting Weft reads from the environment, read once per process,
// validated, and documented in the one table below (the README's
// configuration table is generated from it: `npm run weft -- config`).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism, hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { clusterToken } from '../proto/subjects.ts';
import { weftHome } from './home.ts';
import type { ExecutorOptions } from '../executors/options.ts';
import type { GatewayOptions } from '../gateway/options.ts';
import type { SchedulerOptions } from '../scheduler/options.ts';

type Parse<T> = (raw: string, name: string) => T;

interface Setting<T> {
  env: string;
  default: (env: NodeJS.ProcessEnv) => T;
  defaultText: string;
  parse: Parse<T>;
  usedBy: string;
  doc: string;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const str: Parse<string> = (raw) => raw;
const int = (min: number, max: number): Parse<number> => (raw, name) => {
  const n = /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name}=${raw}: expected an integer from ${min} to ${max}`);
  return n;
};
const decimal = (min: number, max: number): Parse<number> => (raw, name) => {
  const n = /^\s*\d+(\.\d+)?\s*$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= min && n <= max)) throw new ConfigError(`${name}=${raw}: expected a number from ${min} to ${max}`);
  return n;
};
const oneOf = <T extends string>(...values: T[]): Parse<T> => (raw, name) => {
  if (!(values as string[]).includes(raw)) throw new ConfigError(`${name}=${raw}: expected one of ${values.join(', ')}`);
  return raw as T;
};
const optional = (raw: string) => raw || undefined;
/** A file's text, or the ConfigError naming the variable and why it cannot be read. */
function readSettingFile(raw: string, name: string): string {
  try {
    return readFileSync(raw, 'utf8');
  } catch (err) {
    throw new ConfigError(`${name}=${raw}: cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}
/** A PEM file's path, checked readable and PEM now, so a wrong path stops the start with one line. */
const pemFile: Parse<string | undefined> = (raw, name) => {
  if (!/-----BEGIN [A-Z0-9 ]+-----/.test(readSettingFile(raw, name))) throw new ConfigError(`${name}=${raw}: not a PEM file`);
  return raw;
};
/** A file holding an NKey user seed (SU…), checked now. */
const nkeySeedFile: Parse<string | undefined> = (raw, name) => {
  if (!/^SU[A-Z2-7]{56}$/.test(readSettingFile(raw, name).trim())) throw new ConfigError(`${name}=${raw}: not an NKey user seed (one line starting SU, as \`nsc\` or nk -gen user writes it)`);
  return raw;
};
/** A NATS user credentials file (a user JWT and its NKey seed, as `nsc` writes it), checked now. */
const natsCredsFile: Parse<string | undefined> = (raw, name) => {
  const text = readSettingFile(raw, name);
  if (!/-----BEGIN NATS USER JWT-----/.test(text) || !/-----BEGIN USER NKEY SEED-----/.test(text)) throw new ConfigError(`${name}=${raw}: not a NATS credentials file (a user JWT and NKey seed, as nsc writes it)`);
  return raw;
};
/** "*", or comma-separated origins: scheme://host[:port], as a browser sends them in Origin. */
const origins: Parse<string[]> = (raw, name) => {
  const list = raw.split(',').map((o) => o.trim()).filter(Boolean);
  for (const o of list) {
    if (o !== '*' && !/^[a-z][a-z0-9+.-]*:\/\/[^/\s?#]+$/i.test(o)) {
      throw new ConfigError(`${name}=${raw}: expected * or origins like https://app.example.com (scheme://host[:port], no path), comma-separated`);
    }
  }
  return list;
};

/**
 * The default cluster name: one per WEFT_HOME (its absolute path, hashed),
 * so two installs on one machine sharing a NATS server stay apart, while
 * every process started with the same WEFT_HOME (the launcher's children,
 * the CLI, the tests' harness) agrees without being told.
 */
export const defaultCluster = (env: NodeJS.ProcessEnv) => `home-${createHash('sha256').update(weftHome(env)).digest('hex').slice(0, 12)}`;

/** Bucket and stream names grow with it (and they are file names on the server): keep them short. */
const MAX_CLUSTER_TOKEN = 64;
const clusterName: Parse<string> = (raw, name) => {
  if (!raw.isWellFormed() || clusterToken(raw).length > MAX_CLUSTER_TOKEN) {
    throw new ConfigError(`${name}=${raw}: expected a name of at most ${MAX_CLUSTER_TOKEN} letters, digits and '-' (any other character counts 3 per UTF-8 byte)`);
  }
  return raw;
};

function setting<T>(s: Setting<T>): Setting<T> {
  return s;
}

export const SETTINGS = {
  home: setting({ env: 'WEFT_HOME', default: weftHome, defaultText: '~/.weft', parse: (r) => resolve(r), usedBy: 'all',
    doc: 'Data directory: models, models.json, NATS JetStream storage of the local launcher.' }),
  natsUrl: setting({ env: 'NATS_URL', default: () => 'nats://127.0.0.1:4222', defaultText: 'nats://127.0.0.1:4222', parse: str, usedBy: 'all',
    doc: 'NATS server(s), comma-separated. The launcher starts its own nats-server when unset and none answers. A server that requires a user and password or a token takes them in the URL (nats://user:password@host:4222, nats://token@host:4222; logs never print them); tls://host:4222 requires TLS.' }),
  natsCreds: setting<string | undefined>({ env: 'NATS_CREDS', default: () => undefined, defaultText: '(none)', parse: natsCredsFile, usedBy: 'all',
    doc: 'NATS user credentials file (.creds: a user JWT and its NKey seed, as `nsc` writes it), for a server in operator mode: each fabric can then live in its own NATS account, which no other account can see.' }),
  natsNkey: setting<string | undefined>({ env: 'NATS_NKEY', default: () => undefined, defaultText: '(none)', parse: nkeySeedFile, usedBy: 'all',
    doc: 'File holding the NKey user seed (SU…) this process signs in to NATS with, for a server whose users are NKeys.' }),
  natsTlsCa: setting<string | undefined>({ env: 'NATS_TLS_CA', default: () => undefined, defaultText: '(system CAs)', parse: pemFile, usedBy: 'all',
    doc: 'PEM CA the NATS server\'s certificate must chain to. Setting it (or NATS_TLS_CERT, or a tls:// URL) makes the connection TLS.' }),
  natsTlsCert: setting<string | undefined>({ env: 'NATS_TLS_CERT', default: () => undefined, defaultText: '(none)', parse: pemFile, usedBy: 'all',
    doc: 'PEM client certificate for a NATS server that verifies clients (mutual TLS); set NATS_TLS_KEY with it.' }),
  natsTlsKey: setting<string | undefined>({ env: 'NATS_TLS_KEY', default: () => undefined, defaultText: '(none)', parse: pemFile, usedBy: 'all',
    doc: 'PEM private key of NATS_TLS_CERT.' }),
  cluster: setting({ env: 'WEFT_CLUSTER', default: defaultCluster, defaultText: 'home-<hash of WEFT_HOME>', parse: clusterName, usedBy: 'all',
    doc: 'Name of the fabric. It scopes every NATS subject, queue group and KV bucket, so fabrics on one NATS server never see each other. Processes with the same WEFT_CLUSTER and NATS_URL form one fabric: set both alike on every machine that joins. The default is one per WEFT_HOME, so two installs stay apart.' }),
  port: setting({ env: 'PORT', default: () => 8080, defaultText: '8080', parse: int(0, 65535), usedBy: 'gateway',
    doc: 'HTTP port of the gateway (0 picks a free one).' }),
  host: setting({ env: 'WEFT_HOST', default: () => '127.0.0.1', defaultText: '127.0.0.1', parse: str, usedBy: 'gateway',
    doc: 'Address the gateway binds. Set 0.0.0.0 to serve other machines (set WEFT_API_KEYS too).' }),
  apiKeys: setting<string | undefined>({ env: 'WEFT_API_KEYS', default: () => undefined, defaultText: '(auth off)', parse: optional, usedBy: 'gateway',
    doc: 'Path of the API keys file (see "Keys and tenants"). When set, every /v1 call needs a Bearer key. Changes to the file take effect within a second.' }),
  tlsCert: setting<string | undefined>({ env: 'WEFT_TLS_CERT', default: () => undefined, defaultText: '(plain HTTP)', parse: pemFile, usedBy: 'gateway',
    doc: 'PEM certificate (with its chain) for HTTPS and wss on the gateway\'s port; set WEFT_TLS_KEY with it. The openai package opens Realtime sockets on wss: only, so its Realtime client needs TLS here or in front of the gateway (a load balancer or reverse proxy). Replaced files (a renewal) are served to new connections within a second.' }),
  tlsKey: setting<string | undefined>({ env: 'WEFT_TLS_KEY', default: () => undefined, defaultText: '(plain HTTP)', parse: pemFile, usedBy: 'gateway',
    doc: 'PEM private key of WEFT_TLS_CERT.' }),
  corsOrigins: setting<string[]>({ env: 'WEFT_CORS_ORIGINS', default: () => [], defaultText: '(none)', parse: origins, usedBy: 'gateway',
    doc: 'Origins browser clients may call the API from, comma-separated (e.g. https://app.example.com), or * for any. Preflight requests need no API key. Unset: no CORS headers, so browsers refuse cross-origin calls.' }),
  maxBodyBytes: setting({ env: 'WEFT_MAX_BODY_BYTES', default: () => 8 * 1024 * 1024, defaultText: '8388608 (8 MiB)', parse: int(1024, 1 << 30), usedBy: 'gateway',
    doc: 'Largest accepted request body; larger bodies get 413.' }),
  requestTimeoutMs: setting({ env: 'WEFT_REQUEST_TIMEOUT_MS', default: () => 300_000, defaultText: '300000', parse: int(100, 86_400_000), usedBy: 'gateway',
    doc: 'Deadline of a request that sets none (header X-Weft-Timeout-Ms sets one per request). Past it: 504.' }),
  acceptTimeoutMs: setting({ env: 'WEFT_ACCEPT_TIMEOUT_MS', default: () => 2_000, defaultText: '2000', parse: int(50, 60_000), usedBy: 'gateway',
    doc: 'How long the gateway waits for a scheduler to accept a request before publishing it again (it went to a scheduler that died; twice at most), then 503.' }),
  schedulerWaitMs: setting({ env: 'WEFT_SCHEDULER_WAIT_MS', default: () => 10_000, defaultText: '10000', parse: int(0, 600_000), usedBy: 'gateway',
    doc: 'How long a request waits for a scheduler when none is running (a restart takes seconds) before 503; also bounded by its deadline.' }),
  gatewayId: setting({ env: 'WEFT_GATEWAY_ID', default: () => `gw-${hostname()}-${process.pid}`, defaultText: 'gw-<host>-<pid>', parse: str, usedBy: 'gateway',
    doc: 'Identity of this gateway; names its reply subjects.' }),
  schedulerId: setting({ env: 'WEFT_SCHEDULER_ID', default: () => `sched-${hostname()}-${process.pid}`, defaultText: 'sched-<host>-<pid>', parse: str, usedBy: 'scheduler',
    doc: 'Identity of this scheduler; names its cancel subject.' }),
  executorId: setting({ env: 'WEFT_EXECUTOR_ID', default: () => `exec-${hostname()}-${process.pid}`, defaultText: 'exec-<host>-<pid>', parse: str, usedBy: 'executor',
    doc: 'Identity of this executor in heartbeats and the cluster view. `npm start` gives its executors exec-<host>-<port> (the gateway port), the same at every start, so a restarted executor takes back the replicas placed on it.' }),
  grpcHost: setting({ env: 'WEFT_GRPC_HOST', default: () => '127.0.0.1', defaultText: '127.0.0.1', parse: str, usedBy: 'executor',
    doc: 'Address the executor gRPC server binds.' }),
  grpcPort: setting({ env: 'WEFT_GRPC_PORT', default: () => 0, defaultText: '0 (a free port)', parse: int(0, 65535), usedBy: 'executor',
    doc: 'Port of the executor gRPC server.' }),
  grpcAdvertise: setting<string | undefined>({ env: 'WEFT_GRPC_ADVERTISE', default: () => undefined, defaultText: '<host>:<port> bound', parse: optional, usedBy: 'executor',
    doc: 'Address schedulers dial, when it differs from the bound one (containers, NAT).' }),
  grpcTlsCa: setting<string | undefined>({ env: 'WEFT_GRPC_TLS_CA', default: () => undefined, defaultText: '(plaintext gRPC)', parse: pemFile, usedBy: 'scheduler, executor',
    doc: 'PEM CA of the scheduler–executor gRPC channel. With WEFT_GRPC_TLS_CERT and WEFT_GRPC_TLS_KEY (all three on every scheduler and executor), executors serve gRPC over TLS and take calls only from a certificate this CA signed; schedulers present theirs. An executor\'s certificate must name the host it advertises (WEFT_GRPC_ADVERTISE). Without them gRPC is plaintext and unauthenticated: keep executors on 127.0.0.1 or a trusted network.' }),
  grpcTlsCert: setting<string | undefined>({ env: 'WEFT_GRPC_TLS_CERT', default: () => undefined, defaultText: '(plaintext gRPC)', parse: pemFile, usedBy: 'scheduler, executor',
    doc: 'PEM certificate this process presents on the gRPC channel (the executor\'s as a server, the scheduler\'s as a client), signed by WEFT_GRPC_TLS_CA.' }),
  grpcTlsKey: setting<string | undefined>({ env: 'WEFT_GRPC_TLS_KEY', default: () => undefined, defaultText: '(plaintext gRPC)', parse: pemFile, usedBy: 'scheduler, executor',
    doc: 'PEM private key of WEFT_GRPC_TLS_CERT.' }),
  gpu: setting<number | undefined>({ env: 'WEFT_GPU', default: () => undefined, defaultText: 'the first GPU detected', parse: int(0, 63), usedBy: 'executor',
    doc: 'The NVIDIA GPU (nvidia-smi index) this executor drives when the host has several: one executor per GPU (`npm start` starts one per GPU itself). Its models run there with every layer offloaded; the other GPUs are listed without engines. With WEFT_DEVICES, it picks the declared GPU that gets engines the same way.' }),
  cpuDevice: setting({ env: 'WEFT_CPU_DEVICE', default: () => 'on' as const, defaultText: 'on', parse: oneOf('on', 'off'), usedBy: 'executor',
    doc: 'With off, this executor offers no CPU device to placement (no CPU models, no host speech engines): for all but one of several executors on one host, so that the host\'s RAM is not counted once per executor. `npm start` sets it on a host with several GPUs.' }),
  threads: setting({ env: 'WEFT_THREADS', default: () => availableParallelism(), defaultText: 'cores available', parse: int(1, 1024), usedBy: 'executor',
    doc: 'CPU threads the engine uses. Set it to the cores the executor is given: more threads than cores is ~100x slower. `npm start` gives its executor the cores less one; on a host with several GPUs, a value set here is the total it divides among its executors.' }),
  slots: setting({ env: 'WEFT_SLOTS', default: () => 4, defaultText: '4', parse: int(1, 256), usedBy: 'scheduler, gateway, executor',
    doc: 'Default concurrent sequences per replica (continuous batching) of a catalog model that sets none.' }),
  contextSize: setting({ env: 'WEFT_CONTEXT_SIZE', default: () => 4096, defaultText: '4096', parse: int(128, 1 << 20), usedBy: 'scheduler, gateway, executor',
    doc: 'Default context size per sequence, in tokens, of a catalog model that sets none.' }),
  modelsFile: setting({ env: 'WEFT_MODELS', default: (env) => join(weftHome(env), 'models.json'), defaultText: '$WEFT_HOME/models.json', parse: (r) => resolve(r), usedBy: 'scheduler, cli',
    doc: 'Models file: the models to serve and their requirements. Schedulers import it into the catalog (NATS KV) at start and when it changes; `weft models add` edits it.' }),
  syntheticSpeed: setting({ env: 'WEFT_SYNTHETIC_SPEED', default: () => 1, defaultText: '1', parse: decimal(0.01, 1000), usedBy: 'executor',
    doc: 'Synthetic engine only (simulation): its token rate is multiplied by this, so synthetic executors can stand for devices of different speeds. Never affects llama.cpp.' }),
  streamCoalesceMs: setting({ env: 'WEFT_STREAM_COALESCE_MS', default: () => 10, defaultText: '10', parse: int(0, 1000), usedBy: 'executor',
    doc: 'A stream sends at most one chunk per this many ms: tokens produced within it travel together. A token of a stream that sent nothing for this long goes out at once, so a slow stream is never delayed. 0 sends each decode step\'s tokens at once.' }),
  queueMaxRealtime: setting({ env: 'WEFT_QUEUE_MAX_REALTIME', default: () => 256, defaultText: '256', parse: int(1, 1_000_000), usedBy: 'scheduler',
    doc: 'Realtime requests a scheduler queues per model; beyond it they get 429 with Retry-After.' }),
  queueMaxBatch: setting({ env: 'WEFT_QUEUE_MAX_BATCH', default: () => 10_000, defaultText: '10000', parse: int(1, 10_000_000), usedBy: 'scheduler',
    doc: 'Batch-class requests a scheduler queues per model; beyond it they get 429.' }),
  queueTimeoutMs: setting({ env: 'WEFT_QUEUE_TIMEOUT_MS', default: () => 30_000, defaultText: '30000', parse: int(10, 86_400_000), usedBy: 'scheduler',
    doc: 'A realtime request still queued after this long gets 504 and is never started.' }),
  batchReserveSlots: setting({ env: 'WEFT_BATCH_RESERVE_SLOTS', default: () => 1, defaultText: '1', parse: int(0, 256), usedBy: 'scheduler',
    doc: 'Batch work never takes the last N slots of a replica (kept for realtime; a replica keeps at least one slot batch can use).' }),
  batchReserveIdleMs: setting({ env: 'WEFT_BATCH_RESERVE_IDLE_MS', default: () => 10_000, defaultText: '10000', parse: int(0, 86_400_000), usedBy: 'scheduler',
    doc: 'Reserved slots are kept for realtime work only while a model has had a realtime request in this long: on a model that has not (a night of batch jobs), batch work uses every slot, and the first realtime request preempts a batch request instead. 0 keeps reserved slots always; with WEFT_PREEMPTION=off they are always kept.' }),
  batchAgingMs: setting({ env: 'WEFT_BATCH_AGING_MS', default: () => 30_000, defaultText: '30000', parse: int(0, 86_400_000), usedBy: 'scheduler',
    doc: 'A batch request waiting longer than this may use reserved slots and is no longer preempted, so batch progresses under sustained realtime load.' }),
  preemption: setting({ env: 'WEFT_PREEMPTION', default: () => 'on' as const, defaultText: 'on', parse: oneOf('on', 'off'), usedBy: 'scheduler',
    doc: 'Realtime work that finds every slot busy preempts a batch request (aborted and requeued from scratch).' }),
  prefixAffinity: setting({ env: 'WEFT_PREFIX_AFFINITY', default: () => 'on' as const, defaultText: 'on', parse: oneOf('on', 'off'), usedBy: 'scheduler, executor',
    doc: 'Turns of one conversation go to the replica (and sequence) that served its earlier turns, while its load allows, so the KV cache of the shared prefix is reused.' }),
  idleTtlMs: setting({ env: 'WEFT_IDLE_TTL_MS', default: () => 900_000, defaultText: '900000 (15 min)', parse: int(0, 2_147_483_647), usedBy: 'scheduler, gateway',
    doc: 'Default idle TTL of a model (a model entry may override it): a replica unused this long is unloaded, down to the model\'s minReplicas. 0 never unloads.' }),
  scaleOutWaitMs: setting({ env: 'WEFT_SCALE_OUT_WAIT_MS', default: () => 2_000, defaultText: '2000', parse: int(1, 86_400_000), usedBy: 'scheduler',
    doc: 'When a model\'s oldest queued request has waited this long, another replica is placed (up to maxReplicas).' }),
  evictIdleMs: setting({ env: 'WEFT_EVICT_IDLE_MS', default: () => 30_000, defaultText: '30000', parse: int(0, 86_400_000), usedBy: 'scheduler',
    doc: 'A replica serving nothing and unused this long may be unloaded early (above its model\'s minReplicas) to make room for a model whose requests wait and that fits nowhere else.' }),
  loadTimeoutMs: setting({ env: 'WEFT_LOAD_TIMEOUT_MS', default: () => 600_000, defaultText: '600000', parse: int(100, 86_400_000), usedBy: 'scheduler',
    doc: 'A replica not ready this long after it was placed is taken as failed and placed elsewhere.' }),
  heartbeatMs: setting({ env: 'WEFT_HEARTBEAT_MS', default: () => 1_000, defaultText: '1000', parse: int(50, 60_000), usedBy: 'executor, scheduler',
    doc: 'Heartbeat interval of executors and schedulers.' }),
  schedulerExpiryMs: setting({ env: 'WEFT_SCHEDULER_EXPIRY_MS', default: () => 3_000, defaultText: '3000', parse: int(100, 600_000), usedBy: 'gateway',
    doc: 'A scheduler silent this long is taken for dead: its requests that sent nothing to their client yet are resubmitted, the others fail with 502.' }),
  executorExpiryMs: setting({ env: 'WEFT_EXECUTOR_EXPIRY_MS', default: () => 3_000, defaultText: '3000', parse: int(100, 600_000), usedBy: 'gateway, scheduler',
    doc: 'An executor whose last heartbeat is older than this is dropped.' }),
  maxFileBytes: setting({ env: 'WEFT_MAX_FILE_BYTES', default: () => 200 * 1024 * 1024, defaultText: '209715200 (200 MiB)', parse: int(1024, 2 ** 40), usedBy: 'gateway',
    doc: 'Largest file `POST /v1/files` takes (streamed into the NATS object store, never held in memory); larger uploads get 413. OpenAI\'s Batch API takes input files up to 200 MB.' }),
  batchWindowMs: setting({ env: 'WEFT_BATCH_WINDOW_MS', default: () => 86_400_000, defaultText: '86400000 (24 h)', parse: int(1_000, 30 * 86_400_000), usedBy: 'gateway',
    doc: 'What a batch\'s completion_window ("24h", the only value the API takes) lasts: a batch not finished by then is expired, with what finished delivered.' }),
  realtimeVadModel: setting({ env: 'WEFT_REALTIME_VAD_MODEL', default: () => 'silero-vad', defaultText: 'silero-vad', parse: (raw) => raw, usedBy: 'gateway',
    doc: 'The catalog model a Realtime session\'s server VAD runs on (engine `onnxruntime`, a Silero VAD v5 .onnx file).' }),
  realtimeTranscribeModel: setting({ env: 'WEFT_REALTIME_TRANSCRIBE_MODEL', default: () => 'pocketsphinx-en-us', defaultText: 'pocketsphinx-en-us', parse: (raw) => raw, usedBy: 'gateway',
    doc: 'The catalog model that transcribes a Realtime session\'s speech (engine `pocketsphinx`), unless the session names a served one in `input_audio_transcription.model`.' }),
  realtimeSpeechModel: setting({ env: 'WEFT_REALTIME_SPEECH_MODEL', default: () => 'espeak-ng', defaultText: 'espeak-ng', parse: (raw) => raw, usedBy: 'gateway',
    doc: 'The catalog model that speaks a Realtime session\'s answers (engine `espeak-ng`).' }),
  realtimeMaxSessions: setting({ env: 'WEFT_REALTIME_MAX_SESSIONS', default: () => 16, defaultText: '16', parse: int(1, 100_000), usedBy: 'gateway',
    doc: 'Concurrent Realtime sessions per tenant on one gateway; one more is refused with 429.' }),
  realtimeMaxSessionMs: setting({ env: 'WEFT_REALTIME_MAX_SESSION_MS', default: () => 1_800_000, defaultText: '1800000 (30 min)', parse: int(1_000, 86_400_000), usedBy: 'gateway',
    doc: 'A Realtime session is closed (after an `error` event, code session_expired) when it has lasted this long.' }),
  batchMaxLines: setting({ env: 'WEFT_BATCH_MAX_LINES', default: () => 50_000, defaultText: '50000', parse: int(1, 10_000_000), usedBy: 'scheduler',
    doc: 'Most requests (lines) in one batch\'s input file; a file with more fails validation.' }),
  batchInflight: setting({ env: 'WEFT_BATCH_INFLIGHT', default: () => 64, defaultText: '64', parse: int(1, 10_000), usedBy: 'scheduler',
    doc: 'Batch lines each scheduler takes from the batch jobs stream at once (queued or running at the batch class); the rest wait on the stream, where any scheduler can take them.' }),
  batchAckWaitMs: setting({ env: 'WEFT_BATCH_ACK_WAIT_MS', default: () => 30_000, defaultText: '30000', parse: int(500, 3_600_000), usedBy: 'scheduler',
    doc: 'A batch line held by a scheduler that shows no sign of life this long (it died) is delivered again to another. Held lines are renewed every third of it.' }),
  batchJobsMaxBytes: setting({ env: 'WEFT_BATCH_JOBS_MAX_BYTES', default: () => 1024 ** 3, defaultText: '1073741824 (1 GiB)', parse: int(1024 * 1024, 2 ** 50), usedBy: 'scheduler',
    doc: 'Bytes the batch jobs stream (JetStream, file storage) may hold: lines waiting to run, over all batches. While it is full, publishing a batch\'s lines waits and is retried.' }),
  layout: setting({ env: 'WEFT_LAYOUT', default: () => 'auto' as const, defaultText: 'auto', parse: oneOf('auto', 'split', 'combined'), usedBy: 'launcher',
    doc: '`npm start`\'s processes: `split` runs gateway, scheduler and executor as three processes; `combined` runs gateway and scheduler in one (they still talk through NATS), saving ~150 MiB and a process wake-up per hop; `auto` is combined on machines of 4 cores or fewer, split above. Either way, a host where nvidia-smi lists several GPUs gets one executor per GPU.' }),
  logLevel: setting({ env: 'WEFT_LOG_LEVEL', default: () => 'info' as const, defaultText: 'info', parse: oneOf('debug', 'info', 'warn', 'error'), usedBy: 'all',
    doc: 'Log level.' }),
  logFormat: setting({ env: 'WEFT_LOG_FORMAT', default: () => 'json' as const, defaultText: 'json (pretty under npm start)', parse: oneOf('json', 'pretty'), usedBy: 'all',
    doc: 'Log line format.' }),
  traceStore: setting({ env: 'WEFT_TRACE_STORE', default: () => 'on' as const, defaultText: 'on', parse: oneOf('on', 'export', 'off'), usedBy: 'all',
    doc: 'The built-in trace store (see "Traces and metrics"). `on`: every process exports its spans to the cluster\'s spans stream (JetStream) and the gateway indexes them for /v1/traces and /traces; `export`: spans are exported but this gateway keeps no index (another one does); `off`: neither. Requests never wait on it: spans that cannot be exported are dropped and counted.' }),
  traceMaxAgeMs: setting({ env: 'WEFT_TRACE_MAX_AGE_MS', default: () => 3_600_000, defaultText: '3600000 (1 h)', parse: int(1_000, 30 * 86_400_000), usedBy: 'gateway',
    doc: 'How long the trace store keeps spans: the spans stream\'s max age, and the age past which a gateway drops a trace from its index.' }),
  traceMaxBytes: setting({ env: 'WEFT_TRACE_MAX_BYTES', default: () => 256 * 1024 * 1024, defaultText: '268435456 (256 MiB)', parse: int(64 * 1024, 2 ** 40), usedBy: 'gateway',
    doc: 'Bytes the spans stream may hold (the oldest spans go first), and the most span bytes a gateway\'s index holds in memory.' }),
  traceSample: setting({ env: 'WEFT_TRACE_SAMPLE', default: () => 1, defaultText: '1 (every trace)', parse: decimal(0, 1), usedBy: 'gateway',
    doc: 'Share of traces the store keeps (by trace id, the same choice on every gateway). Errors, cancellations and traces slower than WEFT_TRACE_SLOW_MS are always kept: the store decides when a trace\'s root span arrives.' }),
  traceSlowMs: setting({ env: 'WEFT_TRACE_SLOW_MS', default: () => 5_000, defaultText: '5000', parse: int(0, 86_400_000), usedBy: 'gateway',
    doc: 'A trace whose root span lasted at least this long is kept whatever WEFT_TRACE_SAMPLE says.' }),
  traceContent: setting({ env: 'WEFT_TRACE_CONTENT', default: () => false, defaultText: '0', parse: (raw, name) => { if (raw !== '0' && raw !== '1') throw new ConfigError(`${name}=${raw}: expected 0 or 1`); return raw === '1'; }, usedBy: 'all',
    doc: 'With 1, spans carry prompt and completion text (`gen_ai.input.messages`, `gen_ai.output.messages`); with 0 no span records any content, in the store or over OTLP.' }),
  otlpEndpoint: setting<string | undefined>({ env: 'OTEL_EXPORTER_OTLP_ENDPOINT', default: () => undefined, defaultText: '(no export)', parse: optional, usedBy: 'all',
    doc: 'OTLP/HTTP collector; spans are exported when set (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT). Traces are recorded either way.' }),
} as const;

type Settings = typeof SETTINGS;
export type Config = { readonly [K in keyof Settings]: ReturnType<Settings[K]['default']> };

// Each service owns the shape of its options; the configuration is their
// composition, and fails to compile when a service needs a setting that has
// no row in the table above.
type Composes<T extends GatewayOptions & SchedulerOptions & ExecutorOptions> = T;
export type ServiceOptions = Composes<Config>;

/** Reads and validates every setting once; throws ConfigError naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const out: Record<string, unknown> = {};
  for (const [key, s] of Object.entries(SETTINGS) as [string, Setting<unknown>][]) {
    const raw = env[s.env];
    out[key] = raw === undefined || raw === '' ? s.default(env) : s.parse(raw, s.env);
  }
  if ((out.tlsCert === undefined) !== (out.tlsKey === undefined)) throw new ConfigError('WEFT_TLS_CERT and WEFT_TLS_KEY go together: set both (PEM files) or neither');
  const grpcTls = [out.grpcTlsCa, out.grpcTlsCert, out.grpcTlsKey].filter((v) => v !== undefined).length;
  if (grpcTls !== 0 && grpcTls !== 3) throw new ConfigError('WEFT_GRPC_TLS_CA, WEFT_GRPC_TLS_CERT and WEFT_GRPC_TLS_KEY go together: set all three (PEM files) or none');
  if (out.natsCreds !== undefined && out.natsNkey !== undefined) throw new ConfigError('NATS_CREDS and NATS_NKEY both sign in to NATS: set one');
  if ((out.natsTlsCert === undefined) !== (out.natsTlsKey === undefined)) throw new ConfigError('NATS_TLS_CERT and NATS_TLS_KEY go together: set both (PEM files) or neither');
  return Object.freeze(out) as Config;
}

/** The configuration table, as the README carries it. */
export function configTable(): string {
  const rows = Object.values(SETTINGS).map((s) => `| \`${s.env}\` | ${s.defaultText} | ${s.usedBy} | ${s.doc} |`);
  return ['| Variable | Default | Used by | Meaning |', '|---|---|---|---|', ...rows].join('\n');
}
