// Keeps the catalog in step with one models file: the file's entries are
// written to the catalog (source "file") when they differ, and entries this
// file put there and no longer lists are removed. Run by every scheduler at
// start and whenever its file changes; the writes are idempotent.
//
// Who may delete what. Schedulers of one cluster may read different models
// files (one per machine, or WEFT_MODELS set differently), so "file-sourced
// and not in my file" does not mean "removed": it may be another file's
// model. Each file entry therefore records the file that last wrote it
// (`sourceFile`, "<host>:<absolute path>", the host because two machines'
// ~/.weft/models.json are different files), and an import removes only
// entries whose sourceFile is its own file. Entries of the admin API
// (source "api") are never removed.
//
// Two files may list the same model. The file imported last owns it (an
// import claims every model it lists, even an unchanged one: a scheduler
// that comes back on another host name must own its models again, or
// models later dropped from its file would linger). When the owner drops
// the model it is deleted, and every other scheduler whose file still
// lists it sees the deletion in the catalog watch and writes it back: the
// model stays served as long as any file lists it (with a gap of one KV
// round trip). Only deletions trigger that, never changes, so two files
// defining a model differently cannot make their schedulers overwrite each
// other in a loop: the last import wins, with a warning.
//
// A file that no scheduler reads any more (its host is gone, WEFT_MODELS
// moved) leaves its entries behind: removing a model because nobody
// vouches for it now would also remove it while its scheduler restarts.
// A missing file changes nothing (a scheduler whose file is not there yet
// must not empty the catalog).
import { existsSync, unwatchFile, watchFile } from 'node:fs';
import { hostname } from 'node:os';
import type { ICatalogModel } from '../proto/index.ts';
import type { Logger } from '../observability/logger.ts';
import { sameDefinition, toCatalogModel, type DefinitionDefaults } from './definition.ts';
import type { KvCollection } from '../cluster/kv-collection.ts';
import { readModelsFile } from './models-file.ts';

/** How a models file is named in the entries it owns: the same file on another host is another file. */
export function modelsFileOwner(file: string, host = hostname()): string {
  return `${host}:${file}`;
}

export interface ModelsFileSyncOptions {
  file: string;
  catalog: KvCollection<ICatalogModel>;
  defaults: DefinitionDefaults;
  log: Logger;
  /** Defaults to modelsFileOwner(file). */
  owner?: string;
  /** How often the file is polled for changes. */
  pollMs?: number;
}

export class ModelsFileSync {
  private readonly o: Required<ModelsFileSyncOptions>;
  /** Names the file listed at its last successful read. */
  private listed = new Set<string>();
  private running: Promise<void> = Promise.resolve();
  private readonly stopWatchingCatalog: () => void;
  private closed = false;

  private constructor(o: ModelsFileSyncOptions) {
    this.o = { ...o, owner: o.owner ?? modelsFileOwner(o.file), pollMs: o.pollMs ?? 1000 };
    watchFile(this.o.file, { interval: this.o.pollMs }, () => void this.sync());
    this.stopWatchingCatalog = this.o.catalog.onChange((name, value) => {
      // A model the file lists was deleted: by another file's import that
      // owned it (see above), or by hand. The file still says to serve it.
      if (value === undefined && this.listed.has(name)) void this.sync();
    });
  }

  /** Imports the file once and keeps importing it whenever it changes. */
  static async start(o: ModelsFileSyncOptions): Promise<ModelsFileSync> {
    const s = new ModelsFileSync(o);
    await s.sync();
    return s;
  }

  /** One import; imports never overlap. */
  sync(): Promise<void> {
    if (this.closed) return this.running;
    this.running = this.running.then(() => this.importOnce()).catch((err) => this.o.log.error('models file import failed', { file: this.o.file, err }));
    return this.running;
  }

  async close(): Promise<void> {
    this.closed = true;
    unwatchFile(this.o.file);
    this.stopWatchingCatalog();
    await this.running;
  }

  private async importOnce(): Promise<void> {
    const { file, catalog, defaults, log, owner } = this.o;
    if (!existsSync(file)) return;
    let entries;
    try {
      entries = readModelsFile(file);
    } catch (err) {
      log.error('models file unreadable; catalog unchanged', { file, err });
      return;
    }
    // Set before any write: our own deletions below must not look like
    // another import deleting a model we list.
    this.listed = new Set(entries.map((e) => e.name));
    for (const entry of entries) {
      let next: ICatalogModel;
      try {
        next = { ...(await toCatalogModel(entry, defaults, 'file')), sourceFile: owner };
      } catch (err) {
        log.error('model entry skipped', { file, model: entry.name, err });
        continue;
      }
      const prev = catalog.get(entry.name);
      if (prev && sameDefinition(prev, next)) continue;
      if (prev?.source === 'file' && sameDefinition({ ...prev, sourceFile: owner }, next)) {
        // Same model, listed by another file too (or by this one under an
        // earlier host name): claim it, keeping what engines measured.
        await catalog.put(entry.name, { ...prev, sourceFile: owner });
        log.info('catalog entry claimed by this models file', { model: entry.name, from: prev.sourceFile, owner });
        continue;
      }
      if (prev?.source === 'api') log.warn('models file entry shadows an admin API entry; the file wins', { model: entry.name });
      else if (prev?.source === 'file' && prev.sourceFile !== owner) {
        log.warn('another models file defines this model differently; this file was imported last and wins', { model: entry.name, other: prev.sourceFile, owner });
      }
      await catalog.put(entry.name, next);
      log.info(prev ? 'catalog entry updated' : 'catalog entry added', { model: entry.name, source: 'file', owner });
    }
    for (const m of catalog.values()) {
      if (m.source === 'file' && m.sourceFile === owner && m.name && !this.listed.has(m.name)) {
        await catalog.delete(m.name);
        log.info('catalog entry removed', { model: m.name, source: 'file', owner });
      }
    }
  }
}
