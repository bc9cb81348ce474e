// The executor's one onnxruntime engine (ENGINE.onnxruntime), serving two
// kinds of ONNX model: BERT-style encoders, for embeddings or reranking (a
// model.onnx with tokenizer.json or vocab.txt beside it), and Silero VAD (a lone .onnx file). Each kind is an
// engine of its own underneath; this routes each model to the one that
// loaded it, so a request for the wrong task is refused with that model's
// own tasks.
import { ENGINE, ENGINE_TASKS, type ILoadedModel } from '../../../proto/index.ts';
import type { Engine, EngineCapabilities, EngineEvent, GenerateInput, ModelSpec } from '../../engine.ts';
import { SileroVadEngine } from '../silero-vad/index.ts';
import { encoderModelFiles } from '../../../catalog/onnx-model.ts';
import { OnnxEncoderEngine } from './encoder-engine.ts';

export class OnnxRuntimeEngine implements Engine {
  readonly name = ENGINE.onnxruntime;
  readonly capabilities: EngineCapabilities = { tasks: ENGINE_TASKS[ENGINE.onnxruntime], formats: ['onnx'], devices: ['cpu'] };
  private readonly vad: SileroVadEngine;
  private readonly encoder: OnnxEncoderEngine;
  private readonly byModel = new Map<string, Engine>();

  constructor(opts: { threads: number }) {
    this.vad = new SileroVadEngine(opts);
    this.encoder = new OnnxEncoderEngine(opts);
  }

  private kindOf(spec: ModelSpec): Engine {
    return encoderModelFiles(spec.path) ? this.encoder : this.vad;
  }

  async load(spec: ModelSpec): Promise<ILoadedModel> {
    const engine = this.kindOf(spec);
    const loaded = await engine.load(spec);
    this.byModel.set(spec.name, engine);
    return loaded;
  }

  async unload(model: string): Promise<boolean> {
    const engine = this.byModel.get(model);
    if (!engine) return false;
    const done = await engine.unload(model);
    if (done) this.byModel.delete(model);
    return done;
  }

  generate(input: GenerateInput, signal: AbortSignal): AsyncIterable<EngineEvent> {
    // A model neither loaded gets the not-loaded error of either.
    return (this.byModel.get(input.model) ?? this.encoder).generate(input, signal);
  }

  models(): ILoadedModel[] {
    return [...this.vad.models(), ...this.encoder.models()];
  }

  tokensGenerated(): number {
    return this.vad.tokensGenerated() + this.encoder.tokensGenerated();
  }

  async dispose(): Promise<void> {
    await Promise.all([this.vad.dispose(), this.encoder.dispose()]);
  }
}
