// The engines of one executor behind the one Engine interface: each model
// is served by the engine its spec names (llama.cpp unless it says
// otherwise), and the executor's service never needs to know which.
import { errors, type ILoadedModel } from '../proto/index.ts';
import type { Engine, EngineEvent, GenerateInput, ModelSpec } from './engine.ts';

export const DEFAULT_ENGINE = 'llama.cpp';

export class EngineSet implements Engine {
  readonly name = 'engine-set';
  private readonly engines: Map<string, Engine>;
  private readonly byModel = new Map<string, Engine>();

  constructor(engines: Engine[]) {
    this.engines = new Map(engines.map((e) => [e.name, e]));
  }

  /** Names of the engines this executor can run. */
  names(): string[] {
    return [...this.engines.keys()];
  }

  async load(spec: ModelSpec): Promise<ILoadedModel> {
    const name = spec.engine || DEFAULT_ENGINE;
    const engine = this.engines.get(name);
    if (!engine) throw errors.invalid(`engine '${name}' is not available on this executor (it has: ${this.names().join(', ')})`, 'engine');
    if (this.byModel.has(spec.name)) throw errors.invalid(`model '${spec.name}' is already loaded`);
    const loaded = await engine.load(spec);
    this.byModel.set(spec.name, engine);
    return loaded;
  }

  async unload(model: string): Promise<boolean> {
    const engine = this.byModel.get(model);
    if (!engine) return false;
    this.byModel.delete(model);
    return engine.unload(model);
  }

  generate(input: GenerateInput, signal: AbortSignal): AsyncIterable<EngineEvent> {
    const engine = this.byModel.get(input.model);
    if (!engine) throw errors.modelNotFound(input.model);
    return engine.generate(input, signal);
  }

  /** The engine serving `model`, for labels. */
  engineOf(model: string): string | undefined {
    return this.byModel.get(model)?.name;
  }

  models(): ILoadedModel[] {
    return [...this.engines.values()].flatMap((e) => e.models());
  }

  tokensGenerated(): number {
    let n = 0;
    for (const e of this.engines.values()) n += e.tokensGenerated();
    return n;
  }

  async dispose(): Promise<void> {
    for (const e of this.engines.values()) await e.dispose();
  }
}
