// The lifecycle every engine repeats, written once: load/unload bookkeeping
// (what is loaded and loading, memory, load time, last use, tasks), a slot
// pool per model that requests take turns on, the event stream generate()
// returns, the decode-rate meter and the tokens-generated counter. An engine
// on this base writes only what is its own: open() a model, close() it, and
// run() one request on a slot.
import { DEVICE_KIND, errors, FinishReason, ModelState, WeftError, type ILoadedModel } from '../../proto/index.ts';
import {
  checkTask, CPU_DEVICE,
  type Engine, type EngineCapabilities, type EngineEvent, type GenerateInput, type ModelDevice, type ModelSpec,
} from '../engine.ts';
import { DecodeRate } from './decode-rate.ts';
import { eventStream, type Emit } from './event-stream.ts';
import { SlotPool, type Preference } from './slot-pool.ts';

/**
 * The finish of a request cancelled while it waited for a slot (withSlot
 * resolved false): nothing ran, so no tokens but the prompt's, if counted,
 * and all of its time was queueing.
 */
export function cancelledWhileQueued(t0: number, promptTokens = 0): EngineEvent {
  const ms = performance.now() - t0;
  return {
    type: 'finish', reason: FinishReason.FINISH_REASON_CANCELLED,
    usage: { promptTokens, completionTokens: 0 }, timing: { queueMs: ms, timeToFirstTokenMs: 0, totalMs: ms },
  };
}

/** What an engine's open() made of a spec. */
export interface Opened<Slot, State> {
  /** The engine's own handles (model, context, parsed config...). */
  state: State;
  /** One item per concurrent sequence: what a request holds while it runs. */
  slots: Slot[];
  /** Bytes the replica took on its device. */
  memoryBytes: number;
  /** Context per sequence it really got (an engine may cap the spec's). */
  contextSize: number;
}

/** One loaded model, as the base keeps it. */
export interface Loaded<Slot, State> {
  readonly name: string;
  readonly spec: ModelSpec;
  readonly device: ModelDevice;
  readonly state: State;
  readonly slots: SlotPool<Slot>;
  /** Controllers of the requests holding a slot, aborted by unload. */
  readonly running: Set<AbortController>;
  /** Measured speed of what it emitted (not a configured rate). */
  readonly decode: DecodeRate;
  readonly memoryBytes: number;
  readonly contextSize: number;
  readonly loadMs: number;
  /** Unix ms of the last request start or end (the load, if none yet). */
  lastUsed: number;
  /** Set by unload: a request that got its slot in the same tick must not run. */
  unloaded?: WeftError;
}

export abstract class EngineBase<Slot, State> implements Engine {
  abstract readonly name: string;
  abstract readonly capabilities: EngineCapabilities;
  protected readonly loaded = new Map<string, Loaded<Slot, State>>();
  private readonly loading = new Set<string>();
  private generated = 0;

  /** Makes a model ready to serve on `device`; throws (a WeftError, ideally) when it cannot. */
  protected abstract open(spec: ModelSpec, device: ModelDevice): Promise<Opened<Slot, State>>;
  /** Frees what open() took; its requests are already aborted and its slots closed. */
  protected abstract close(m: Loaded<Slot, State>): Promise<void>;
  /** Runs one request of a loaded model, emitting its events; usually through withSlot(). */
  protected abstract run(m: Loaded<Slot, State>, input: GenerateInput, signal: AbortSignal, emit: Emit<EngineEvent>): Promise<void>;

  async load(spec: ModelSpec): Promise<ILoadedModel> {
    if (this.loaded.has(spec.name) || this.loading.has(spec.name)) throw errors.invalid(`model '${spec.name}' is already loaded`);
    this.loading.add(spec.name);
    const t0 = performance.now();
    try {
      const device = spec.device ?? CPU_DEVICE;
      const opened = await this.open(spec, device);
      const m: Loaded<Slot, State> = {
        name: spec.name, spec, device, state: opened.state,
        slots: new SlotPool(opened.slots), running: new Set(), decode: new DecodeRate(),
        memoryBytes: opened.memoryBytes, contextSize: opened.contextSize,
        loadMs: performance.now() - t0, lastUsed: Date.now(),
      };
      this.loaded.set(spec.name, m);
      return this.describe(m);
    } catch (err) {
      throw WeftError.is(err) ? err : errors.internal(`loading '${spec.name}' from ${spec.path} failed: ${(err as Error).message}`, err);
    } finally {
      this.loading.delete(spec.name);
    }
  }

  async unload(name: string): Promise<boolean> {
    const m = this.loaded.get(name);
    if (!m) return false;
    this.loaded.delete(name);
    m.unloaded = errors.cancelled(`model '${name}' was unloaded`);
    for (const ac of m.running) ac.abort(m.unloaded);
    m.slots.close(m.unloaded);
    await this.close(m);
    return true;
  }

  generate(input: GenerateInput, signal: AbortSignal): AsyncIterable<EngineEvent> {
    const m = this.loaded.get(input.model);
    if (!m) throw errors.modelNotFound(input.model);
    checkTask(this, input);
    m.lastUsed = Date.now();
    return eventStream<EngineEvent>(signal, (emit, sig) =>
      this.run(m, input, sig, emit).finally(() => {
        m.lastUsed = Date.now();
      }));
  }

  models(): ILoadedModel[] {
    return [...this.loaded.values()].map((m) => this.describe(m));
  }

  tokensGenerated(): number {
    return this.generated;
  }

  async dispose(): Promise<void> {
    for (const name of [...this.loaded.keys()]) await this.unload(name);
  }

  /** Adds to the tokens-generated counter (every token produced, shown or not). */
  protected countTokens(n: number): void {
    this.generated += n;
  }

  protected describe(m: Loaded<Slot, State>): ILoadedModel {
    return {
      name: m.name, engine: this.name, state: ModelState.MODEL_STATE_READY,
      slotsTotal: m.slots.size, slotsBusy: m.slots.busy, contextSize: m.contextSize,
      memoryBytes: m.memoryBytes, tokensPerSecond: m.decode.tokensPerSecond,
      lastUsedUnixMs: m.lastUsed, loadMs: m.loadMs, tasks: [...this.capabilities.tasks],
      deviceKind: DEVICE_KIND[m.device.kind], deviceIndex: m.device.index,
    };
  }

  /**
   * Runs `work` holding one slot of `m`. Waits for a free slot (the one
   * `prefer` scores highest, see SlotPool); resolves false, having run
   * nothing, when `signal` aborts while it waits. The signal `work` gets
   * aborts when the caller's does and when the model is unloaded; the slot is
   * released when work settles. Fails when the model is unloaded meanwhile.
   */
  protected async withSlot(
    m: Loaded<Slot, State>, signal: AbortSignal, prefer: Preference<Slot> | undefined,
    work: (slot: Slot, signal: AbortSignal) => Promise<void>,
  ): Promise<boolean> {
    // One controller for every way this request ends early: the caller's
    // signal (which eventStream also aborts when the caller stops reading)
    // or an unload.
    const ac = new AbortController();
    const onAbort = () => ac.abort(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    if (signal.aborted) ac.abort(signal.reason);
    try {
      const slot = await m.slots.acquire(ac.signal, prefer).then((s) => ({ s }), (err) => {
        if (ac.signal.aborted) return undefined;
        throw err; // the model was unloaded while this request waited
      });
      if (slot === undefined) return false;
      if (m.unloaded !== undefined) {
        m.slots.release(slot.s);
        throw m.unloaded;
      }
      m.running.add(ac);
      try {
        await work(slot.s, ac.signal);
      } finally {
        m.running.delete(ac);
        m.slots.release(slot.s);
      }
      return true;
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }
}
