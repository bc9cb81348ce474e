// Makes this executor hold the replicas the plan assigns to it: it watches
// the replica plan and the catalog (NATS KV), loads what is assigned here
// and unloads what no longer is. Memory is reserved on the replica's device
// while it loads, so heartbeats report free memory that already counts it;
// a replica that does not fit, or fails to load, is reported FAILED (the
// schedulers then place it elsewhere).
import { freemem } from 'node:os';
import {
  DEFAULT_ENGINE, DeviceKind, DeviceSource, ModelState, WeftError,
  type ICatalogModel, type IDevice, type ILoadedModel, type IReplica, type IReplicaSet,
} from '../proto/index.ts';
import { formatBytes, kindName, loadSignature } from '../catalog/definition.ts';
import type { KvCollection } from '../cluster/kv-collection.ts';
import type { Logger } from '../observability/logger.ts';
import type { EngineSet } from './engine-set.ts';
import type { ModelFormat } from './engine.ts';
import { modelDevice } from './model-device.ts';

/** How long a replica taken out of the plan may keep serving the requests it already has. */
const DRAIN_MS = 60_000;

interface ReplicaState {
  signature: string;
  /** The engine it is (to be) served by, an ENGINE name. */
  engine: string;
  /** When it left the plan while still serving (UNLOADING: no new requests are routed to it). */
  drainingSince?: number;
  replica: IReplica;
  state: ModelState;
  error: string;
  reserved: number;
  loadMs: number;
  lastUsed: number;
}

export interface ReplicaAgentDeps {
  executorId: string;
  engine: EngineSet;
  devices: IDevice[];
  catalog: KvCollection<ICatalogModel>;
  plan: KvCollection<IReplicaSet>;
  log: Logger;
  /** Something changed that heartbeats should report now. */
  changed(): void;
}

export class ReplicaAgent {
  private readonly deps: ReplicaAgentDeps;
  private readonly states = new Map<string, ReplicaState>();
  private chain = Promise.resolve();
  private scheduled = false;
  private closed = false;
  private readonly unsubscribe: (() => void)[];

  constructor(deps: ReplicaAgentDeps) {
    this.deps = deps;
    this.unsubscribe = [deps.plan.onChange(() => this.schedule()), deps.catalog.onChange(() => this.schedule())];
  }

  /** Reconciles now and resolves when done (start-up waits for it). */
  reconcile(): Promise<void> {
    this.chain = this.chain.then(() => this.reconcileOnce()).catch((err) => this.deps.log.error('replica reconcile failed', { err }));
    return this.chain;
  }

  private schedule(): void {
    if (this.scheduled || this.closed) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.reconcile();
    });
  }

  /** Marks `model` used now (a request started or ended). */
  touch(model: string): void {
    const s = this.states.get(model);
    if (s) s.lastUsed = Date.now();
  }

  private wanted(): Map<string, { model: ICatalogModel; replica: IReplica; signature: string }> {
    const out = new Map<string, { model: ICatalogModel; replica: IReplica; signature: string }>();
    for (const set of this.deps.plan.values()) {
      const replica = set.replicas?.find((r) => r.executorId === this.deps.executorId);
      const model = set.model ? this.deps.catalog.get(set.model) : undefined;
      if (!replica || !model) continue;
      // A new placement (even of the same model here) is a new attempt.
      out.set(set.model!, { model, replica, signature: `${loadSignature(model)}|${replica.deviceKind}:${replica.deviceIndex}|${replica.placedUnixMs}` });
    }
    return out;
  }

  private async reconcileOnce(): Promise<void> {
    if (this.closed) return;
    const wanted = this.wanted();
    for (const [name, s] of [...this.states]) {
      if (wanted.get(name)?.signature === s.signature) {
        if (s.state === ModelState.MODEL_STATE_UNLOADING) {
          // Placed here again while draining: serve on.
          s.state = ModelState.MODEL_STATE_READY;
          s.drainingSince = undefined;
          this.deps.changed();
        }
        continue;
      }
      if (s.state === ModelState.MODEL_STATE_READY || s.state === ModelState.MODEL_STATE_UNLOADING) {
        // Requests already running finish first; heartbeats say UNLOADING
        // meanwhile, so schedulers route nothing new here.
        const busy = this.deps.engine.models().find((m) => m.name === name)?.slotsBusy ?? 0;
        if (busy > 0) {
          if (s.drainingSince === undefined) {
            s.drainingSince = Date.now();
            s.state = ModelState.MODEL_STATE_UNLOADING;
            this.deps.log.info('model draining before unload', { model: name, running: busy });
            this.deps.changed();
          }
          if (Date.now() - s.drainingSince < DRAIN_MS) {
            setTimeout(() => this.schedule(), 200).unref();
            continue;
          }
        }
      }
      this.states.delete(name);
      if ((s.state === ModelState.MODEL_STATE_READY || s.state === ModelState.MODEL_STATE_UNLOADING) && (await this.deps.engine.unload(name))) {
        this.deps.log.info('model unloaded', { model: name, reason: wanted.has(name) ? 'definition or placement changed' : 'no longer placed here' });
      }
      this.deps.changed();
    }
    for (const [name, w] of wanted) {
      if (this.closed) return;
      if (this.states.has(name)) continue;
      await this.load(name, w.model, w.replica, w.signature);
    }
  }

  private async load(name: string, model: ICatalogModel, replica: IReplica, signature: string): Promise<void> {
    const need = Number(replica.memoryBytes ?? 0);
    const state: ReplicaState = { signature, engine: model.engine || DEFAULT_ENGINE, replica, state: ModelState.MODEL_STATE_LOADING, error: '', reserved: need, loadMs: 0, lastUsed: Date.now() };
    const device = this.deps.devices.find((d) => d.kind === replica.deviceKind && (d.index ?? 0) === (replica.deviceIndex ?? 0));
    const fail = (error: string) => {
      state.state = ModelState.MODEL_STATE_FAILED;
      state.error = error;
      state.reserved = 0;
      this.deps.log.error('model failed to load', { model: name, error });
      this.deps.changed();
    };
    this.states.set(name, state);
    if (!device) return fail(`this executor has no ${kindName(replica.deviceKind) ?? 'such'} device ${replica.deviceIndex ?? 0}`);
    const free = this.freeBytes(device, name);
    if (need > free) return fail(`needs ${formatBytes(need)} on ${kindName(device.kind)}:${device.index ?? 0}, which has ${formatBytes(free)} free`);
    this.deps.changed();
    const t0 = performance.now();
    try {
      const loaded = await this.deps.engine.load({
        name, path: model.path ?? '', engine: model.engine || undefined,
        contextSize: model.contextSize ?? 0, slots: model.slots ?? 1, memoryBytes: need,
        // The engine runs it where the plan reserved its memory.
        device: modelDevice(this.deps.devices, device.kind, device.index),
        ...(model.format ? { format: model.format as ModelFormat } : {}),
        ...(model.chatTemplate ? { chatTemplate: model.chatTemplate } : {}),
      });
      if (this.states.get(name) !== state) {
        // Unplaced while it loaded: let it go again.
        await this.deps.engine.unload(name);
        return;
      }
      state.state = ModelState.MODEL_STATE_READY;
      state.loadMs = performance.now() - t0;
      state.lastUsed = Date.now();
      if (Number(loaded.memoryBytes ?? 0) > 0) state.reserved = Number(loaded.memoryBytes);
      this.deps.log.info('model loaded', {
        model: name, path: model.path, engine: model.engine, device: `${kindName(device.kind)}:${device.index ?? 0}`,
        contextSize: loaded.contextSize, slots: model.slots, memory: formatBytes(state.reserved), ms: Math.round(state.loadMs),
      });
      this.deps.changed();
    } catch (err) {
      fail(WeftError.is(err) ? err.message : (err as Error).message);
    }
  }

  private reservedOn(device: IDevice, except?: string): number {
    let n = 0;
    for (const [name, s] of this.states) {
      if (name === except) continue;
      if (s.replica.deviceKind === device.kind && (s.replica.deviceIndex ?? 0) === (device.index ?? 0)) n += s.reserved;
    }
    return n;
  }

  /**
   * Free memory of a device as placement should see it: a declared device's
   * total minus what replicas here reserve; a detected one's free memory,
   * never more than its total minus those reservations.
   */
  private freeBytes(device: IDevice, except?: string): number {
    const total = Number(device.memoryTotalBytes ?? 0);
    const byReservations = Math.max(0, total - this.reservedOn(device, except));
    if (device.source === DeviceSource.DEVICE_SOURCE_DECLARED) return byReservations;
    const measured = device.kind === DeviceKind.DEVICE_KIND_CPU ? freemem() : Number(device.memoryFreeBytes ?? total);
    return Math.min(measured, byReservations);
  }

  /** The devices with live free memory, for heartbeats. */
  devices(): IDevice[] {
    return this.deps.devices.map((d) => ({ ...d, memoryFreeBytes: this.freeBytes(d) }));
  }

  /** Loaded models with their placement, plus replicas loading or failed here. */
  models(): ILoadedModel[] {
    const out: ILoadedModel[] = [];
    const loaded = new Map(this.deps.engine.models().map((m) => [m.name!, m]));
    for (const [name, s] of this.states) {
      const m = loaded.get(name);
      loaded.delete(name);
      out.push({
        ...(m ?? { name, engine: '', slotsTotal: 0, slotsBusy: 0, contextSize: 0, tasks: this.deps.engine.tasksOf(s.engine) }),
        state: m && s.state === ModelState.MODEL_STATE_READY ? ModelState.MODEL_STATE_READY : s.state === ModelState.MODEL_STATE_READY ? ModelState.MODEL_STATE_FAILED : s.state,
        error: s.error,
        memoryBytes: s.reserved,
        lastUsedUnixMs: s.lastUsed,
        deviceKind: s.replica.deviceKind,
        deviceIndex: s.replica.deviceIndex ?? 0,
        loadMs: s.loadMs,
      });
    }
    // Loaded outside the plan (the LoadModel RPC): reported as they are.
    out.push(...loaded.values());
    return out;
  }

  close(): void {
    this.closed = true;
    for (const u of this.unsubscribe) u();
  }
}
