// The catalog as the gateway serves it: the admin API's reads and writes on
// the NATS KV catalog, and the JSON view of a model with its replicas (the
// plan, and what each replica's executor reports).
import { ModelState, type ICatalogModel, type IReplicaSet } from '../proto/index.ts';
import { kindName, toCatalogModel, type DefinitionDefaults } from '../catalog/definition.ts';
import type { KvCollection } from '../cluster/kv-collection.ts';
import type { ExecutorRegistry } from '../cluster/registry.ts';
import type { CatalogAdmin } from './routes/admin-models.ts';

/** "ready", "loading", … as the API spells a ModelState. */
export const stateName = (s: ModelState | null | undefined) => (ModelState[s ?? 0] ?? '').replace('MODEL_STATE_', '').toLowerCase();

export function catalogModelView(m: ICatalogModel, plan: IReplicaSet | undefined, registry: ExecutorRegistry): object {
  return {
    id: m.name,
    object: 'model',
    owned_by: 'weft',
    format: m.format,
    path: m.path,
    engine: m.engine,
    ...(m.engine === 'synthetic' ? { synthetic: true } : {}),
    context_size: m.contextSize,
    slots: m.slots,
    devices: (m.devicePreference ?? []).map((k) => kindName(k)),
    memory: { estimate_bytes: { ...m.memoryEstimateBytes }, measured_bytes: { ...m.memoryMeasuredBytes } },
    min_replicas: m.minReplicas ?? 0,
    max_replicas: m.maxReplicas ?? 0,
    idle_ttl_ms: m.idleTtlMs ?? 0,
    file_bytes: m.fileBytes ?? 0,
    dtype: m.dtype ?? '',
    source: m.source,
    // Which models file (host:path) defines it: the one to edit, and the only import that removes it.
    ...(m.source === 'file' ? { source_file: m.sourceFile ?? '' } : {}),
    updated_at: new Date(m.updatedUnixMs ?? 0).toISOString(),
    replicas: (plan?.replicas ?? []).map((r) => {
      const reported = registry.reported(r.executorId, m.name);
      return {
        executor_id: r.executorId,
        device: `${kindName(r.deviceKind) ?? '?'}:${r.deviceIndex ?? 0}`,
        state: reported ? stateName(reported.state) : 'placed',
        ...(reported?.error ? { error: reported.error } : {}),
        memory_bytes: Number(reported?.memoryBytes || r.memoryBytes || 0),
        tokens_per_second: reported?.tokensPerSecond ?? 0,
        load_ms: Math.round(reported?.loadMs ?? 0),
        placed_at: new Date(r.placedUnixMs ?? 0).toISOString(),
        placed_by: r.placedBy,
        reason: r.reason,
      };
    }),
  };
}

export function createCatalogAdmin(
  catalog: KvCollection<ICatalogModel>, plan: KvCollection<IReplicaSet>, registry: ExecutorRegistry, defaults: DefinitionDefaults,
): CatalogAdmin {
  return {
    list: () => catalog.values().sort((a, b) => (a.name! < b.name! ? -1 : 1)),
    get: (name) => catalog.get(name),
    async put(entry) {
      const model = await toCatalogModel(entry, defaults, 'api');
      const replaced = catalog.has(entry.name);
      await catalog.put(entry.name, model);
      return { model, replaced };
    },
    delete: (name) => catalog.delete(name),
    view: (m) => catalogModelView(m, plan.get(m.name!), registry),
  };
}
