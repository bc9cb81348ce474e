// Text to speech with eSpeak NG (Debian's espeak-ng). Each request runs
// one espeak-ng process with the text on its stdin and streams the audio
// it writes to stdout as it comes (pcm16 at 22,050 Hz after the WAVE
// header), so the first audio leaves before the whole text is spoken.
// Cancelling kills the process. Slots bound how many run at once.
//
// Model path: `espeak-ng:` with an optional `?voice=<espeak voice>`
// (the default voice; OpenAI voice names map in voices.ts).
import { spawn, execFile } from 'node:child_process';
import { ENGINE, ENGINE_TASKS, errors, FinishReason, Task } from '../../../proto/index.ts';
import type { EngineCapabilities, EngineEvent, GenerateInput, ModelSpec } from '../../engine.ts';
import { EngineBase, type Loaded, type Opened } from '../base.ts';
import type { Emit } from '../event-stream.ts';
import { espeakRate, espeakVoice } from './voices.ts';

export const ESPEAK_PROGRAM = 'espeak-ng';
export const ESPEAK_SCHEME = 'espeak-ng:';
export const ESPEAK_SAMPLE_RATE = 22_050;
const WAV_HEADER = 44;

interface State {
  voice: string;
}

export class EspeakNgEngine extends EngineBase<number, State> {
  readonly name = ENGINE.espeakNg;
  readonly capabilities: EngineCapabilities = { tasks: ENGINE_TASKS[ENGINE.espeakNg], formats: ['espeak'], devices: ['cpu'] };

  protected async open(spec: ModelSpec): Promise<Opened<number, State>> {
    if (!spec.path.startsWith(ESPEAK_SCHEME)) throw errors.invalid(`an espeak-ng model path starts with '${ESPEAK_SCHEME}', got '${spec.path}'`, 'path');
    const query = new URLSearchParams(spec.path.slice(ESPEAK_SCHEME.length).replace(/^\?/, ''));
    const voice = espeakVoice(query.get('voice'), 'en-us');
    await new Promise<void>((resolve, reject) => execFile(ESPEAK_PROGRAM, ['--version'], (err) => (err
      ? reject(errors.internal(`${ESPEAK_PROGRAM} could not run: ${err.message} (install Debian's espeak-ng)`))
      : resolve())));
    return {
      state: { voice },
      slots: Array.from({ length: Math.max(1, spec.slots) }, (_, i) => i),
      memoryBytes: spec.memoryBytes ?? 16 * 1024 * 1024,
      contextSize: 0,
    };
  }

  protected async close(): Promise<void> {}

  protected async run(m: Loaded<number, State>, input: GenerateInput, signal: AbortSignal, emit: Emit<EngineEvent>): Promise<void> {
    if (input.body.task !== 'speak') throw errors.unsupported(`${this.name} runs speak, not ${input.body.task}`);
    const req = input.body.speak;
    const text = req.input ?? '';
    const voice = espeakVoice(req.voice, m.state.voice);
    const t0 = performance.now();
    let tSlot = t0;
    let tFirst = 0;
    let samples = 0;
    const ran = await this.withSlot(m, signal, undefined, (_slot, sig) => new Promise<void>((resolve, reject) => {
      tSlot = performance.now();
      const proc = spawn(ESPEAK_PROGRAM, ['-v', voice, '-s', String(espeakRate(req.speed)), '-b', '1', '--stdout'], { stdio: ['pipe', 'pipe', 'pipe'] });
      const onAbort = () => proc.kill('SIGKILL');
      sig.addEventListener('abort', onAbort, { once: true });
      let skip = WAV_HEADER;
      let odd: number | undefined;
      let stderr = '';
      proc.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      proc.stdout.on('data', (d: Buffer) => {
        let bytes = new Uint8Array(d.buffer, d.byteOffset, d.length);
        if (skip > 0) {
          const n = Math.min(skip, bytes.length);
          skip -= n;
          bytes = bytes.subarray(n);
        }
        if (odd !== undefined) {
          const b = new Uint8Array(bytes.length + 1);
          b[0] = odd;
          b.set(bytes, 1);
          bytes = b;
          odd = undefined;
        }
        if (bytes.length & 1) {
          odd = bytes[bytes.length - 1];
          bytes = bytes.subarray(0, bytes.length - 1);
        }
        if (bytes.length === 0 || sig.aborted) return;
        if (!tFirst) tFirst = performance.now();
        samples += bytes.length / 2;
        emit({ type: 'audio', pcm: bytes.slice(), sampleRate: ESPEAK_SAMPLE_RATE });
      });
      proc.on('error', (err) => reject(errors.internal(`${ESPEAK_PROGRAM} could not run: ${err.message}`)));
      proc.on('close', (code) => {
        sig.removeEventListener('abort', onAbort);
        if (sig.aborted || code === 0) resolve();
        else reject(errors.internal(`${ESPEAK_PROGRAM} failed (${code}): ${stderr.trim().slice(0, 200)}`));
      });
      proc.stdin.on('error', () => undefined);
      proc.stdin.end(text);
    }));
    const t = performance.now();
    const timing = { queueMs: tSlot - t0, timeToFirstTokenMs: (tFirst || t) - tSlot, totalMs: t - t0 };
    if (!ran || signal.aborted) {
      emit({ type: 'finish', reason: FinishReason.FINISH_REASON_CANCELLED, usage: { promptTokens: 0, completionTokens: 0 }, timing });
      return;
    }
    // "Tokens" of speech: 20 ms frames made, so the executor's counters move with the work.
    const frames = Math.round(samples / (ESPEAK_SAMPLE_RATE / 50));
    this.countTokens(frames);
    emit({ type: 'finish', reason: FinishReason.FINISH_REASON_STOP, usage: { promptTokens: text.length, completionTokens: frames }, timing });
  }
}
