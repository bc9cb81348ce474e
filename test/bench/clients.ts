// The three ways the benchmark reaches the same model: the gateway over HTTP
// (OpenAI API, JSON or SSE), the executor over gRPC, and LlamaCppEngine in
// this process. Each exposes the same two calls: a non-streaming request and
// a streaming one, both resolving with the completion's token count.
import http from 'node:http';
import { credentials, Metadata, type Client, type ClientReadableStream } from '@grpc/grpc-js';
import { ExecutorClient } from '../../proto/grpc.ts';
import { EXECUTOR_CHANNEL_OPTIONS } from '../../scheduler/executor-clients.ts';
import { Priority, type ExecutorInfo, type GenerateChunk, type IChatMessage, type IGenerateRequest } from '../../proto/index.ts';
import { LlamaCppEngine } from '../../executors/engines/llamacpp/llamacpp-engine.ts';

export interface CallResult {
  /** Completion tokens as the side reports them (usage). */
  completionTokens: number;
  /** Content-bearing delta chunks received (streaming only; 0 otherwise). */
  chunks: number;
  /** Streaming: from sending the request to the first content chunk (ms). */
  ttftMs?: number;
}

export interface Side {
  readonly name: string;
  /** One non-streaming chat request. */
  complete(messages: IChatMessage[], maxTokens: number): Promise<CallResult>;
  /** One streamed chat request; `signal` aborts it (it then resolves with what arrived). */
  stream(messages: IChatMessage[], maxTokens: number, signal?: AbortSignal): Promise<CallResult>;
}

let seq = 0;
const nextId = (prefix: string) => `${prefix}-${process.pid}-${++seq}`;

// ---------- gateway over HTTP ----------

export type HttpClientKind = 'node:http' | 'fetch';

interface OpenAIUsage { prompt_tokens: number; completion_tokens: number }

/** OpenAI chat completions over HTTP (Weft's gateway, or llama-server), with a keep-alive connection pool. */
export class GatewaySide implements Side {
  readonly name: string;
  readonly kind: HttpClientKind;
  private readonly url: URL;
  private readonly model: string;
  private readonly agent: http.Agent;

  /**
   * Set: requests go to llama-server's native /completion with the chat
   * already rendered by this function: its OpenAI endpoints (chat and
   * completions alike) parse every answer against the template's format and
   * fail on a random-weight model's output.
   */
  private readonly render: ((messages: IChatMessage[]) => string) | undefined;

  constructor(baseUrl: string, model: string, kind: HttpClientKind, maxSockets: number, name = 'gateway (HTTP)', render?: (messages: IChatMessage[]) => string) {
    this.name = name;
    this.render = render;
    this.url = new URL(render ? '/completion' : '/v1/chat/completions', baseUrl);
    this.model = model;
    this.kind = kind;
    // keepAlive reuses one socket per sequential caller; scheduling 'lifo'
    // keeps the latency loop on the same warm socket.
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'lifo' });
  }

  private body(messages: IChatMessage[], maxTokens: number, stream: boolean): string {
    if (this.render) {
      return JSON.stringify({ prompt: this.render(messages), n_predict: maxTokens, temperature: 0, stream, cache_prompt: true, return_tokens: true });
    }
    return JSON.stringify({
      model: this.model,
      messages: messages.map((m) => ({ role: m.role, content: m.content })),
      max_tokens: maxTokens,
      temperature: 0,
      ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
    });
  }

  async complete(messages: IChatMessage[], maxTokens: number): Promise<CallResult> {
    const body = this.body(messages, maxTokens, false);
    const text = this.kind === 'fetch' ? await this.fetchText(body) : await this.httpText(body);
    const r = JSON.parse(text) as { usage?: OpenAIUsage; tokens_predicted?: number; error?: { message: string } };
    const completionTokens = r.usage?.completion_tokens ?? r.tokens_predicted;
    if (completionTokens === undefined) throw new Error(`${this.name} answered without usage: ${text.slice(0, 300)}`);
    return { completionTokens, chunks: 0 };
  }

  async stream(messages: IChatMessage[], maxTokens: number, signal?: AbortSignal): Promise<CallResult> {
    const body = this.body(messages, maxTokens, true);
    const res: CallResult = { completionTokens: 0, chunks: 0 };
    let usageSeen = false;
    let nativeTokens = 0;
    let endedByFormatError = false;
    const t0 = performance.now();
    const onEvent = (data: string) => {
      if (data === '[DONE]') return;
      // OpenAI chunks (Weft), or llama-server's native ones: {content, tokens, stop, tokens_predicted}.
      const ev = JSON.parse(data) as {
        choices?: { delta?: { content?: string } }[]; usage?: OpenAIUsage | null; error?: { message: string };
        content?: string; tokens?: number[]; stop?: boolean; tokens_predicted?: number;
      };
      nativeTokens += ev.tokens?.length ?? 0;
      if (ev.error && this.render && /does not match the expected .* format/.test(ev.error.message)) {
        // llama-server parses the finished answer against the template's
        // format, even on /completion, and ends a random-weight model's
        // gibberish (byte tokens that are not UTF-8) with this error after
        // every token was generated and streamed: count what it streamed.
        ev.usage = { prompt_tokens: 0, completion_tokens: nativeTokens };
        endedByFormatError = true;
      } else if (ev.error) {
        throw new Error(`${this.name}: stream error event: ${ev.error.message}`);
      }
      if (ev.stop && ev.tokens_predicted !== undefined) ev.usage = { prompt_tokens: 0, completion_tokens: ev.tokens_predicted };
      if (ev.choices?.[0]?.delta?.content || ev.content) {
        if (res.chunks === 0) res.ttftMs = performance.now() - t0;
        res.chunks++;
      }
      if (ev.usage) {
        res.completionTokens = ev.usage.completion_tokens;
        usageSeen = true;
      }
    };
    try {
      if (this.kind === 'fetch') await this.fetchSse(body, onEvent, signal);
      else await this.httpSse(body, onEvent, signal);
    } catch (err) {
      // After that error event llama-server may drop the connection: the answer was whole by then.
      if (!signal?.aborted && !endedByFormatError) throw new Error(`${this.name}: ${(err as Error).message}`, { cause: err });
    }
    if (!usageSeen && !signal?.aborted) throw new Error('stream ended without a usage chunk');
    return res;
  }

  private httpRequest(body: string, signal: AbortSignal | undefined, onResponse: (res: http.IncomingMessage) => void, reject: (e: Error) => void, retried = false): void {
    const req = http.request(this.url, {
      method: 'POST',
      // llama-server resets kept-alive connections after streamed answers
      // (under 16 streams about a third of new requests failed with
      // ECONNRESET, on reused and fresh sockets alike): a connection per
      // request there, as curl makes; loopback connects cost it ~0.1 ms.
      ...(this.render ? { agent: false } : { agent: this.agent }),
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(this.render ? { connection: 'close' } : {}) },
      ...(signal ? { signal } : {}),
    }, onResponse);
    req.on('error', (err: NodeJS.ErrnoException) => {
      // A kept-alive socket the server closed as this request went out (Node's
      // documented race, request.reusedSocket): send it again, once.
      if (!retried && req.reusedSocket && err.code === 'ECONNRESET') this.httpRequest(body, signal, onResponse, reject, true);
      else reject(err);
    });
    req.end(body);
  }

  private httpText(body: string): Promise<string> {
    return new Promise((resolve, reject) => {
      this.httpRequest(body, undefined, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (d: Buffer) => parts.push(d));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(parts).toString('utf8');
          if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
          else resolve(text);
        });
      }, reject);
    });
  }

  private httpSse(body: string, onEvent: (data: string) => void, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      this.httpRequest(body, signal, (res) => {
        if (res.statusCode !== 200) {
          const parts: Buffer[] = [];
          res.on('data', (d: Buffer) => parts.push(d));
          res.on('end', () => reject(new Error(`HTTP ${res.statusCode}: ${Buffer.concat(parts).toString('utf8').slice(0, 300)}`)));
          return;
        }
        res.setEncoding('utf8');
        feedSse(res, sseParser(onEvent), reject);
        res.on('end', () => resolve());
      }, reject);
    });
  }

  private async fetchText(body: string): Promise<string> {
    // Node's fetch (undici inside) keeps connections alive by default.
    const r = await fetch(this.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await r.text();
    if (r.status !== 200) throw new Error(`HTTP ${r.status}: ${text.slice(0, 300)}`);
    return text;
  }

  private async fetchSse(body: string, onEvent: (data: string) => void, signal?: AbortSignal): Promise<void> {
    const r = await fetch(this.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, ...(signal ? { signal } : {}) });
    if (r.status !== 200) throw new Error(`HTTP ${r.status}: ${(await r.text()).slice(0, 300)}`);
    const parser = sseParser(onEvent);
    const decoder = new TextDecoder();
    for await (const piece of r.body as unknown as AsyncIterable<Uint8Array>) parser(decoder.decode(piece, { stream: true }));
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Feeds a (utf8) response into an SSE parser; a parse error destroys the response and rejects. */
function feedSse(res: http.IncomingMessage, parser: (text: string) => void, reject: (err: Error) => void): void {
  res.on('data', (d: string) => {
    try {
      parser(d);
    } catch (err) {
      res.destroy();
      reject(err as Error);
    }
  });
  res.on('error', reject);
}

/** Incremental text/event-stream parser: calls onEvent with each event's data. */
export function sseParser(onEvent: (data: string) => void): (text: string) => void {
  let buf = '';
  return (text: string) => {
    buf += text;
    let i;
    while ((i = buf.search(/\r?\n\r?\n/)) >= 0) {
      const block = buf.slice(0, i);
      buf = buf.slice(buf[i] === '\r' ? i + 4 : i + 2);
      const data: string[] = [];
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith('data:')) data.push(line.slice(line[5] === ' ' ? 6 : 5));
      }
      if (data.length > 0) onEvent(data.join('\n'));
    }
  };
}

// ---------- executor over gRPC ----------

/** ExecutorClient.Generate straight to one executor, as the scheduler calls it. */
export class GrpcSide implements Side {
  readonly name = 'executor (gRPC)';
  readonly address: string;
  private readonly model: string;
  private readonly client: ExecutorClient;
  private readonly requestTimeoutMs: number;

  constructor(address: string, model: string, requestTimeoutMs = 300_000) {
    this.address = address;
    this.model = model;
    this.requestTimeoutMs = requestTimeoutMs;
    this.client = new ExecutorClient(address, credentials.createInsecure(), EXECUTOR_CHANNEL_OPTIONS);
  }

  describe(): Promise<ExecutorInfo> {
    return new Promise((resolve, reject) => {
      this.client.Describe({}, (e, v) => (e || !v ? reject(e) : resolve(v)));
    });
  }

  private run(messages: IChatMessage[], maxTokens: number, signal?: AbortSignal): Promise<CallResult> {
    // The fields the scheduler forwards: a deadline as the gateway sets one,
    // realtime priority, a tenant.
    const req: IGenerateRequest = {
      requestId: nextId('bench-grpc'), model: this.model,
      chat: { messages, sampling: { maxTokens, temperature: 0, stop: [] } },
      deadlineUnixMs: Date.now() + this.requestTimeoutMs, priority: Priority.PRIORITY_REALTIME, tenant: 'default',
    };
    return new Promise((resolve, reject) => {
      const call = this.client.Generate(req, new Metadata());
      const res: CallResult = { completionTokens: 0, chunks: 0 };
      let streamed = 0;
      const onAbort = () => call.cancel();
      signal?.addEventListener('abort', onAbort, { once: true });
      call.on('data', (c: GenerateChunk) => {
        if (c.delta?.text) res.chunks++;
        streamed += c.delta?.tokens ?? 0;
        if (c.final?.usage) res.completionTokens = c.final.usage.completionTokens ?? 0;
      });
      call.on('end', () => {
        signal?.removeEventListener('abort', onAbort);
        resolve(res);
      });
      call.on('error', (err) => {
        signal?.removeEventListener('abort', onAbort);
        // An aborted stream counts the tokens that arrived.
        if (signal?.aborted) resolve({ completionTokens: streamed, chunks: res.chunks });
        else reject(err);
      });
    });
  }

  complete(messages: IChatMessage[], maxTokens: number): Promise<CallResult> {
    return this.run(messages, maxTokens);
  }

  stream(messages: IChatMessage[], maxTokens: number, signal?: AbortSignal): Promise<CallResult> {
    return this.run(messages, maxTokens, signal);
  }

  close(): void {
    this.client.close();
  }
}

// ---------- node-llama-cpp in this process ----------

export interface InProcessOptions {
  modelPath: string;
  model: string;
  threads: number;
  slots: number;
  contextSize: number;
}

/** LlamaCppEngine (the executor's own engine) loaded in the benchmark process. */
export class InProcessSide implements Side {
  readonly name = 'in-process (node-llama-cpp)';
  readonly opts: InProcessOptions;
  private readonly engine: LlamaCppEngine;

  private constructor(engine: LlamaCppEngine, opts: InProcessOptions) {
    this.engine = engine;
    this.opts = opts;
  }

  static async create(opts: InProcessOptions): Promise<InProcessSide> {
    const engine = await LlamaCppEngine.create({ threads: opts.threads });
    try {
      await engine.load({ name: opts.model, path: opts.modelPath, contextSize: opts.contextSize, slots: opts.slots });
    } catch (err) {
      await engine.dispose().catch(() => undefined);
      throw err;
    }
    return new InProcessSide(engine, opts);
  }

  private async run(messages: IChatMessage[], maxTokens: number, signal?: AbortSignal): Promise<CallResult> {
    const chat = { messages, sampling: { maxTokens, temperature: 0, stop: [] } };
    const res: CallResult = { completionTokens: 0, chunks: 0 };
    let streamed = 0;
    const t0 = performance.now();
    for await (const ev of this.engine.generate({ requestId: nextId('bench-local'), model: this.opts.model, body: { task: 'chat', chat } }, signal ?? new AbortController().signal)) {
      if (ev.type === 'delta') {
        if (ev.text) {
          if (res.chunks === 0) res.ttftMs = performance.now() - t0;
          res.chunks++;
        }
        streamed += ev.tokens;
      } else if (ev.type === 'finish') {
        res.completionTokens = signal?.aborted ? streamed : ev.usage.completionTokens;
      }
    }
    return res;
  }

  complete(messages: IChatMessage[], maxTokens: number): Promise<CallResult> {
    return this.run(messages, maxTokens);
  }

  stream(messages: IChatMessage[], maxTokens: number, signal?: AbortSignal): Promise<CallResult> {
    return this.run(messages, maxTokens, signal);
  }

  dispose(): Promise<void> {
    return this.engine.dispose();
  }
}

// ---------- one chat request with headers, timed at the client ----------

export interface ChatCallOptions {
  /** Gateway base URL. */
  baseUrl: string;
  /** OpenAI chat body (model, messages, max_tokens, …); `stream` is set from `stream` below. */
  body: Record<string, unknown>;
  stream: boolean;
  headers?: Record<string, string>;
  agent?: http.Agent;
  signal?: AbortSignal;
  /** Called when the first content-bearing delta of a stream arrives. */
  onFirstToken?: () => void;
}

export interface ChatCallResult {
  status: number;
  /** Send → first content-bearing delta (streaming), or → whole answer (not streaming); ms. */
  ttftMs: number;
  totalMs: number;
  content: string;
  usage?: OpenAIUsage;
  /** The error message of a non-200 answer or an SSE error event. */
  error?: string;
  /** The gateway's X-Request-Id (the scheduler logs the same id). */
  requestId?: string;
  /** The choice's finish_reason ('stop', 'length', …), where the answer carried one. */
  finishReason?: string;
}

/**
 * POSTs one chat completion over node:http and times it at the client: for a
 * stream, time to first token is when the first SSE chunk whose delta carries
 * content arrives. Resolves for any HTTP status; rejects on network errors
 * and aborts.
 */
export function chatCall(o: ChatCallOptions): Promise<ChatCallResult> {
  const body = JSON.stringify({ ...o.body, stream: o.stream, ...(o.stream ? { stream_options: { include_usage: true } } : {}) });
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let ttft = 0;
    let content = '';
    let usage: OpenAIUsage | undefined;
    let error: string | undefined;
    let finishReason: string | undefined;
    const req = http.request(new URL('/v1/chat/completions', o.baseUrl), {
      method: 'POST',
      ...(o.agent ? { agent: o.agent } : {}),
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...o.headers },
      ...(o.signal ? { signal: o.signal } : {}),
    }, (res) => {
      const status = res.statusCode ?? 0;
      const rid = res.headers['x-request-id'];
      const requestId = typeof rid === 'string' ? { requestId: rid } : {};
      res.setEncoding('utf8');
      if (!o.stream || status !== 200) {
        let text = '';
        res.on('data', (d: string) => (text += d));
        res.on('error', reject);
        res.on('end', () => {
          const totalMs = performance.now() - t0;
          if (status !== 200) return resolve({ status, ttftMs: totalMs, totalMs, content: '', error: text.slice(0, 300), ...requestId });
          try {
            const r = JSON.parse(text) as { choices?: { message?: { content?: string }; finish_reason?: string | null }[]; usage?: OpenAIUsage };
            const finish = r.choices?.[0]?.finish_reason;
            resolve({ status, ttftMs: totalMs, totalMs, content: r.choices?.[0]?.message?.content ?? '', ...(r.usage ? { usage: r.usage } : {}), ...(finish ? { finishReason: finish } : {}), ...requestId });
          } catch (err) {
            reject(err as Error);
          }
        });
        return;
      }
      const parser = sseParser((data) => {
        if (data === '[DONE]') return;
        const ev = JSON.parse(data) as { choices?: { delta?: { content?: string }; finish_reason?: string | null }[]; usage?: OpenAIUsage | null; error?: { message: string } };
        if (ev.error) error ??= ev.error.message;
        finishReason = ev.choices?.[0]?.finish_reason ?? finishReason;
        const piece = ev.choices?.[0]?.delta?.content;
        if (piece) {
          if (ttft === 0) {
            ttft = performance.now() - t0;
            o.onFirstToken?.();
          }
          content += piece;
        }
        if (ev.usage) usage = ev.usage;
      });
      feedSse(res, parser, reject);
      res.on('end', () => {
        const totalMs = performance.now() - t0;
        resolve({ status, ttftMs: ttft || totalMs, totalMs, content, ...(usage ? { usage } : {}), ...(error ? { error } : {}), ...(finishReason ? { finishReason } : {}), ...requestId });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
