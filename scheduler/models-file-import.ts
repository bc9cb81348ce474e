// Imports the scheduler's models file (WEFT_MODELS) into the cluster's
// catalog at start and whenever the file changes (catalog/models-file-sync.ts
// says who may write and delete what). Its own component, on its own
// connection: the scheduler only reads the catalog, whoever writes it.
import { CatalogModel, fabricNames } from '../proto/index.ts';
import { connectFabric } from '../cluster/connection.ts';
import type { NatsSettings } from '../cluster/nats-options.ts';
import { KvCollection } from '../cluster/kv-collection.ts';
import { ModelsFileSync } from '../catalog/models-file-sync.ts';
import type { Logger } from '../observability/logger.ts';
import type { SchedulerOptions } from './options.ts';

export type ModelsFileImportOptions = NatsSettings & Pick<SchedulerOptions, 'schedulerId' | 'cluster' | 'modelsFile' | 'contextSize' | 'slots' | 'idleTtlMs'>;

export interface ModelsFileImport {
  close(): Promise<void>;
}

/** Resolves once the file's first import is written, so a scheduler started after it sees the file's models. */
export async function startModelsFileImport(config: ModelsFileImportOptions, log: Logger): Promise<ModelsFileImport> {
  const { buckets } = fabricNames(config.cluster);
  const { nc } = await connectFabric(config, `${config.schedulerId}-models-file`, log);
  const catalog = await KvCollection.open(nc, buckets.catalog, CatalogModel);
  const sync = await ModelsFileSync.start({
    file: config.modelsFile, catalog, log,
    defaults: { contextSize: config.contextSize, slots: config.slots, idleTtlMs: config.idleTtlMs },
  });
  return {
    async close() {
      await sync.close();
      catalog.close();
      await nc.drain().catch(() => undefined);
    },
  };
}
