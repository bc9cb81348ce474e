// The engines an executor runs, registered in one place: one factory per
// ENGINE name, each given the executor's options. Adding an engine kind is
// its folder under engines/ plus one line here; the EngineSet routes models
// to it by name and checks work against its capabilities, and executors
// report its tasks, so nothing else (the scheduler included) changes.
import { ENGINE, type EngineName } from '../../proto/index.ts';
import type { Engine } from '../engine.ts';
import type { ExecutorOptions } from '../options.ts';
import { LlamaCppEngine } from './llamacpp/index.ts';
import { SyntheticEngine } from './synthetic/index.ts';
import { OnnxRuntimeEngine } from './onnxruntime/index.ts';
import { PocketSphinxEngine } from './pocketsphinx/index.ts';
import { EspeakNgEngine } from './espeak-ng/index.ts';

/** Builds one engine for an executor started with `opts`. */
export type EngineFactory = (opts: ExecutorOptions) => Engine | Promise<Engine>;

export const ENGINE_FACTORIES: Readonly<Partial<Record<EngineName, EngineFactory>>> = {
  [ENGINE.llamacpp]: (opts) => LlamaCppEngine.create({ threads: opts.threads }),
  [ENGINE.synthetic]: (opts) => new SyntheticEngine({ speed: opts.syntheticSpeed }),
  [ENGINE.onnxruntime]: (opts) => new OnnxRuntimeEngine({ threads: opts.threads }),
  [ENGINE.pocketsphinx]: () => new PocketSphinxEngine(),
  [ENGINE.espeakNg]: () => new EspeakNgEngine(),
};

/** One engine per registered factory; the ones already built are disposed when a later one fails. */
export async function createEngines(opts: ExecutorOptions, factories: Readonly<Record<string, EngineFactory | undefined>> = ENGINE_FACTORIES): Promise<Engine[]> {
  const engines: Engine[] = [];
  try {
    for (const [name, factory] of Object.entries(factories)) {
      if (!factory) continue;
      const engine = await factory(opts);
      if (engine.name !== name) throw new Error(`the factory registered as '${name}' built engine '${engine.name}'`);
      engines.push(engine);
    }
    return engines;
  } catch (err) {
    for (const e of engines) await e.dispose().catch(() => undefined);
    throw err;
  }
}
