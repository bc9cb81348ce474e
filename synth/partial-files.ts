// Files are written as `<name>.<pid>-<hex>.partial` and renamed into place,
// so a crash leaves only partials; these are swept by the next writer.
import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** Removes the partials in `dir` (those whose name starts with `prefix`) left by writers that are gone. */
export async function removeStalePartials(dir: string, prefix = ''): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /(?:^|\.)(\d+)-[0-9a-f]+\.partial$/.exec(name.slice(prefix.length));
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
