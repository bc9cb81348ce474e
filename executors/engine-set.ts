// The engines of one executor behind the one Engine interface: each model
// is served by the engine its spec names (DEFAULT_ENGINE unless it says
// otherwise), and the executor's service never needs to know which. The set
// checks work against what each engine declares it can do (its
// capabilities): a load's device kind and format, a request's task; so an
// engine never sees what it cannot run, and the caller gets UNSUPPORTED
// naming what would have been needed.
import { DEFAULT_ENGINE, errors, taskName, type ILoadedModel, type Task } from '../proto/index.ts';
import {
  checkTask, CPU_DEVICE,
  type Engine, type EngineCapabilities, type EngineEvent, type GenerateInput, type ModelDevice, type ModelSpec,
} from './engine.ts';

export class EngineSet implements Engine {
  readonly name = 'engine-set';
  private readonly engines: Map<string, Engine>;
  private readonly byModel = new Map<string, Engine>();

  constructor(engines: Engine[]) {
    this.engines = new Map(engines.map((e) => [e.name, e]));
    if (this.engines.size !== engines.length) throw new Error(`two engines share a name: ${engines.map((e) => e.name).join(', ')}`);
  }

  /** The union of its engines' capabilities. */
  get capabilities(): EngineCapabilities {
    const all = [...this.engines.values()].map((e) => e.capabilities);
    return {
      tasks: [...new Set(all.flatMap((c) => c.tasks))].sort((a, b) => a - b),
      formats: [...new Set(all.flatMap((c) => c.formats))],
      devices: [...new Set(all.flatMap((c) => c.devices))],
    };
  }

  /** Names of the engines this executor can run. */
  names(): string[] {
    return [...this.engines.keys()];
  }

  /** Tasks this executor can run (the union of its engines'), for ExecutorInfo.tasks. */
  tasks(): Task[] {
    return [...this.capabilities.tasks];
  }

  /** Tasks an engine runs; none for an engine this executor lacks. */
  tasksOf(engine: string): Task[] {
    return [...(this.engines.get(engine || DEFAULT_ENGINE)?.capabilities.tasks ?? [])];
  }

  /** "chat, embed": what this executor runs, for errors. */
  describeTasks(): string {
    return this.tasks().map(taskName).join(', ') || 'nothing';
  }

  async load(spec: ModelSpec): Promise<ILoadedModel> {
    const name = spec.engine || DEFAULT_ENGINE;
    const engine = this.engines.get(name);
    if (!engine) throw errors.invalid(`engine '${name}' is not available on this executor (it has: ${this.names().join(', ')})`, 'engine');
    const device = spec.device ?? CPU_DEVICE;
    const caps = engine.capabilities;
    if (!caps.devices.includes(device.kind)) {
      throw errors.unsupported(`engine '${name}' cannot run model '${spec.name}' on ${device.kind}:${device.index} (it runs on: ${caps.devices.join(', ')})`, 'device');
    }
    if (spec.format !== undefined && !caps.formats.includes(spec.format)) {
      throw errors.unsupported(`engine '${name}' cannot read model '${spec.name}' of format ${spec.format} (it reads: ${caps.formats.join(', ')})`, 'format');
    }
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
    checkTask(engine, input);
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

  /** Yes when any of its engines for the device's kind can run there; else every engine's reason. */
  async probe(device: ModelDevice): Promise<string | undefined> {
    const why: string[] = [];
    for (const e of this.engines.values()) {
      if (!e.capabilities.devices.includes(device.kind) || !e.probe) continue;
      const no = await e.probe(device);
      if (no === undefined) return undefined;
      why.push(`${e.name}: ${no}`);
    }
    return why.join('; ') || `no engine of this executor has a ${device.kind} backend`;
  }

  async dispose(): Promise<void> {
    for (const e of this.engines.values()) await e.dispose();
  }
}
