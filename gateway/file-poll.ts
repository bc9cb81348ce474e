// Noticing that files an operator edits have changed (the keys file, the
// TLS certificate and key). They are polled, not watched: editors, `weft
// keys add` and cert-manager replace files by rename, which an inotify
// watch loses. Each poll compares the files' stat with the one they had
// when last read (fs.watchFile compares with its own first stat instead,
// so a change made before that first stat was never seen).
import { statSync } from 'node:fs';

function version(files: readonly string[]): string {
  return files.map((f) => {
    try {
      const st = statSync(f);
      return `${st.ino}:${st.size}:${st.mtimeMs}`;
    } catch {
      return 'missing';
    }
  }).join('|');
}

/** Calls `changed` (at most every `intervalMs`) after any of `files` changed since the last call, or since this was called. */
export function pollFiles(files: readonly string[], intervalMs: number, changed: () => void): { close(): void } {
  let seen = version(files);
  const timer = setInterval(() => {
    const now = version(files);
    if (now === seen) return;
    seen = now;
    changed();
  }, intervalMs).unref();
  return { close: () => clearInterval(timer) };
}
