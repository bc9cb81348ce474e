// Keeps the catalog in step with the models file: entries of the file are
// written to the catalog (source "file") when they differ, and file-sourced
// entries no longer in the file are removed. Entries made through the admin
// API (source "api") are never touched. Run by every scheduler; the writes
// are idempotent.
import { existsSync } from 'node:fs';
import type { ICatalogModel } from '../proto/index.ts';
import type { Logger } from '../observability/logger.ts';
import { sameDefinition, toCatalogModel, type DefinitionDefaults } from './definition.ts';
import type { KvCollection } from './kv-collection.ts';
import { readModelsFile } from './models-file.ts';

export async function syncModelsFile(file: string, catalog: KvCollection<ICatalogModel>, defaults: DefinitionDefaults, log: Logger): Promise<void> {
  // A scheduler without the file (another host) must not empty the catalog.
  if (!existsSync(file)) return;
  let entries;
  try {
    entries = readModelsFile(file);
  } catch (err) {
    log.error('models file unreadable; catalog unchanged', { file, err });
    return;
  }
  const names = new Set<string>();
  for (const entry of entries) {
    names.add(entry.name);
    let next: ICatalogModel;
    try {
      next = await toCatalogModel(entry, defaults, 'file');
    } catch (err) {
      log.error('model entry skipped', { file, model: entry.name, err });
      continue;
    }
    const prev = catalog.get(entry.name);
    if (prev && sameDefinition(prev, next)) continue;
    if (prev?.source === 'api') {
      log.warn('models file entry shadows an admin API entry; the file wins', { model: entry.name });
    }
    await catalog.put(entry.name, next);
    log.info(prev ? 'catalog entry updated' : 'catalog entry added', { model: entry.name, source: 'file' });
  }
  for (const m of catalog.values()) {
    if (m.source === 'file' && m.name && !names.has(m.name)) {
      await catalog.delete(m.name);
      log.info('catalog entry removed', { model: m.name, source: 'file' });
    }
  }
}
