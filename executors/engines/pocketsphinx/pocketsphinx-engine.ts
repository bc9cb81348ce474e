// Speech to text with CMU PocketSphinx, Debian's pocketsphinx (the program
// pocketsphinx_batch) and pocketsphinx-en-us (the model). A slot is one
// decoder process holding the model (see batch-decoder.ts). PocketSphinx
// decodes a whole utterance and gives its words at the end, so the text
// comes as one delta. Cancelling a decode kills its process; the slot gets
// a new one on its next use.
//
// Model path: a model folder, e.g. /usr/share/pocketsphinx/model/en-us
// (the acoustic model in a subfolder with an `mdef`, a `*.lm.bin` language
// model and a `*.dict` dictionary).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINE, ENGINE_TASKS, errors, FinishReason, Task } from '../../../proto/index.ts';
import { pcm16Bytes, pcm16Samples, resample } from '../../../audio/pcm.ts';
import type { EngineCapabilities, EngineEvent, GenerateInput, ModelSpec } from '../../engine.ts';
import { EngineBase, type Loaded, type Opened } from '../base.ts';
import type { Emit } from '../event-stream.ts';
import { BatchDecoder, DECODER_SAMPLE_RATE, type SphinxModel } from './batch-decoder.ts';

/** The parts of a PocketSphinx model folder. */
export function findSphinxModel(dir: string): SphinxModel {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    throw errors.invalid(`cannot read the PocketSphinx model folder '${dir}': ${(err as Error).message}`, 'path');
  }
  const hmm = names.map((n) => join(dir, n)).find((p) => statSync(p).isDirectory() && existsSync(join(p, 'mdef')));
  const lm = names.find((n) => n.endsWith('.lm.bin') && !n.includes('phone')) ?? names.find((n) => n.endsWith('.lm'));
  const dict = names.find((n) => n.endsWith('.dict'));
  if (!hmm || !lm || !dict) throw errors.invalid(`'${dir}' is not a PocketSphinx model folder (it needs an acoustic model folder with an mdef, a .lm.bin and a .dict)`, 'path');
  return { hmm, lm: join(dir, lm), dict: join(dir, dict) };
}

/** A slot: its decoder process, started on first use and again after a cancel. */
interface Slot {
  decoder?: BatchDecoder;
}

interface State {
  model: SphinxModel;
  /** Every slot, for close() (the pool lends them out). */
  slots: Slot[];
}

export class PocketSphinxEngine extends EngineBase<Slot, State> {
  readonly name = ENGINE.pocketsphinx;
  readonly capabilities: EngineCapabilities = { tasks: ENGINE_TASKS[ENGINE.pocketsphinx], formats: ['sphinx'], devices: ['cpu'] };

  protected async open(spec: ModelSpec): Promise<Opened<Slot, State>> {
    const model = findSphinxModel(spec.path);
    // One decoder starts now, so a model that cannot run fails its load (not its first request).
    const first = new BatchDecoder(model);
    await first.decode(new Uint8Array(DECODER_SAMPLE_RATE / 5)).catch((err: Error) => {
      first.close();
      throw errors.internal(err.message);
    });
    const slots: Slot[] = Array.from({ length: Math.max(1, spec.slots) }, () => ({}));
    slots[0]!.decoder = first;
    return { state: { model, slots }, slots, memoryBytes: spec.memoryBytes ?? 64 * 1024 * 1024, contextSize: 0 };
  }

  protected async close(m: Loaded<Slot, State>): Promise<void> {
    for (const s of m.state.slots) s.decoder?.close();
  }

  protected async run(m: Loaded<Slot, State>, input: GenerateInput, signal: AbortSignal, emit: Emit<EngineEvent>): Promise<void> {
    if (input.body.task !== 'transcribe') throw errors.unsupported(`${this.name} runs transcribe, not ${input.body.task}`);
    const req = input.body.transcribe;
    const rate = req.sampleRate || DECODER_SAMPLE_RATE;
    let samples = pcm16Samples(req.audio ?? new Uint8Array(0));
    if (rate !== DECODER_SAMPLE_RATE) samples = resample(samples, rate, DECODER_SAMPLE_RATE);
    const t0 = performance.now();
    let tSlot = t0;
    let text = '';
    let cancelled = false;
    const ran = await this.withSlot(m, signal, undefined, async (slot, sig) => {
      tSlot = performance.now();
      if (!slot.decoder?.alive) slot.decoder = new BatchDecoder(m.state.model);
      const decoder = slot.decoder;
      const onAbort = () => {
        cancelled = true;
        decoder.close();
        slot.decoder = undefined;
      };
      sig.addEventListener('abort', onAbort, { once: true });
      try {
        text = await decoder.decode(pcm16Bytes(samples));
      } catch (err) {
        if (!cancelled) throw errors.internal((err as Error).message);
      } finally {
        sig.removeEventListener('abort', onAbort);
      }
    });
    const t = performance.now();
    const timing = { queueMs: tSlot - t0, timeToFirstTokenMs: t - tSlot, totalMs: t - t0 };
    const words = text ? text.split(/\s+/).length : 0;
    if (!ran || cancelled) {
      emit({ type: 'finish', reason: FinishReason.FINISH_REASON_CANCELLED, usage: { promptTokens: 0, completionTokens: 0 }, timing });
      return;
    }
    if (text) emit({ type: 'delta', text, tokens: words });
    this.countTokens(words);
    emit({ type: 'finish', reason: FinishReason.FINISH_REASON_STOP, usage: { promptTokens: 0, completionTokens: words }, timing });
  }
}
