// Files are written to `<path>.<pid>-<hex>.partial` and renamed into place,
// so a crash leaves only partials; these are swept by the next writer.
import { randomBytes } from 'node:crypto';
import { readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A unique place to write `path` before the rename: this process's, so a sweep can tell when its writer is gone. */
export function partialPath(path: string): string {
  return `${path}.${process.pid}-${randomBytes(4).toString('hex')}.partial`;
}

/** Removes the partials of `path` left by writers that are gone. */
export async function removeStalePartials(path: string): Promise<void> {
  const dir = dirname(path);
  const prefix = basename(path) + '.';
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.partial')) continue;
    const m = /^(\d+)-[0-9a-f]+\.partial$/.exec(name.slice(prefix.length));
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || isAlive(pid)) continue;
    await unlink(join(dir, name)).catch(() => {});
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
