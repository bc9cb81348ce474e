// A test-only engine of another task kind: embeddings without a model. Each
// input's vector comes from its text alone (FNV-1a of the UTF-8 bytes, seeded
// per dimension, L2-normalised), so the same text always gets the same vector
// and tests can compute the expected one. It is the proof that an engine kind
// is one folder on the EngineBase: nothing else in the fabric knows it.
//
// Model path: `echo-embed:` with an optional `?dims=N` (default 8).
import { errors, FinishReason, Task } from '../../../../proto/index.ts';
import type { EngineCapabilities, EngineEvent, GenerateInput, ModelSpec } from '../../../../executors/engine.ts';
import { EngineBase, type Loaded, type Opened } from '../../../../executors/engines/base.ts';
import type { Emit } from '../../../../executors/engines/event-stream.ts';

export const ECHO_EMBED_ENGINE = 'echo-embed';
export const ECHO_EMBED_SCHEME = 'echo-embed:';
export const ECHO_EMBED_DEFAULT_DIMS = 8;

/** The vector of `text` in `dims` dimensions, unit length (all zeros never happens: FNV-1a of any input is non-zero somewhere). */
export function echoVector(text: string, dims: number): number[] {
  const bytes = new TextEncoder().encode(text);
  const v = Array.from({ length: dims }, (_, d) => {
    let h = (0x811c9dc5 ^ Math.imul(d + 1, 0x9e3779b1)) >>> 0;
    for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
    return h / 2 ** 31 - 1; // in [-1, 1)
  });
  const norm = Math.hypot(...v);
  return norm > 0 ? v.map((x) => x / norm) : v;
}

function parseDims(path: string): number {
  if (!path.startsWith(ECHO_EMBED_SCHEME)) throw errors.invalid(`an echo-embed model path starts with '${ECHO_EMBED_SCHEME}', got '${path}'`, 'path');
  const query = new URLSearchParams(path.slice(ECHO_EMBED_SCHEME.length).replace(/^\?/, ''));
  const raw = query.get('dims');
  if (raw === null) return ECHO_EMBED_DEFAULT_DIMS;
  const dims = Number(raw);
  if (!Number.isInteger(dims) || dims < 1) throw errors.invalid(`dims must be a whole number ≥ 1, got '${raw}'`, 'path');
  return dims;
}

export class EchoEmbedEngine extends EngineBase<number, { dims: number }> {
  readonly name = ECHO_EMBED_ENGINE;
  readonly capabilities: EngineCapabilities = { tasks: [Task.TASK_EMBED], formats: ['synthetic'], devices: ['cpu'] };

  protected async open(spec: ModelSpec): Promise<Opened<number, { dims: number }>> {
    return {
      state: { dims: parseDims(spec.path) },
      slots: Array.from({ length: Math.max(1, spec.slots) }, (_, i) => i),
      memoryBytes: spec.memoryBytes ?? 0,
      contextSize: spec.contextSize,
    };
  }

  protected async close(): Promise<void> {}

  protected async run(m: Loaded<number, { dims: number }>, input: GenerateInput, signal: AbortSignal, emit: Emit<EngineEvent>): Promise<void> {
    if (input.body.task !== 'embed') throw errors.unsupported(`echo-embed runs embed only, not ${input.body.task}`);
    const { inputs, dimensions, tokenInputs } = input.body.embed;
    if ((tokenInputs ?? []).length > 0) throw errors.unsupported('echo-embed embeds text, not token ids', 'input');
    const dims = dimensions ? Math.min(dimensions, m.state.dims) : m.state.dims;
    const t0 = performance.now();
    // One "token" per UTF-8 byte: a stand-in count, but a deterministic one.
    const promptTokens = (inputs ?? []).reduce((n, s) => n + new TextEncoder().encode(s).length, 0);
    const ran = await this.withSlot(m, signal, undefined, async () => {
      const tSlot = performance.now();
      emit({ type: 'embeddings', items: (inputs ?? []).map((text, index) => ({ index, vector: echoVector(text, dims) })) });
      const t = performance.now();
      emit({
        type: 'finish', reason: FinishReason.FINISH_REASON_STOP,
        usage: { promptTokens, completionTokens: 0 },
        timing: { queueMs: tSlot - t0, timeToFirstTokenMs: t - tSlot, totalMs: t - t0 },
      });
    });
    if (!ran) {
      emit({
        type: 'finish', reason: FinishReason.FINISH_REASON_CANCELLED,
        usage: { promptTokens, completionTokens: 0 }, timing: { queueMs: performance.now() - t0, timeToFirstTokenMs: 0, totalMs: performance.now() - t0 },
      });
    }
  }
}
