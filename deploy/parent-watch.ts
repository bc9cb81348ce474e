// Notices that the process which started this one is gone, so that nothing
// Weft starts outlives what started it (a launcher killed by its process
// manager, an `npm start` whose shell died).
//
// It compares process.ppid, which Node reads live from the OS, with the
// parent expected: an orphan is re-parented at once (to PID 1 or a
// subreaper). Signalling the parent's pid with kill(pid, 0) instead keeps
// succeeding while the parent is an unreaped zombie, or once its pid is
// reused by another process.

/**
 * Calls `onGone` once, soon after this process's parent is no longer
 * `expected` (at once if it already is not). The timer does not keep the
 * process alive. Returns a function that stops watching.
 */
export function watchParent(expected: number, onGone: () => void, intervalMs = 500): () => void {
  let done = false;
  const check = () => {
    if (done || process.ppid === expected) return;
    done = true;
    clearInterval(timer);
    onGone();
  };
  const timer = setInterval(check, intervalMs).unref();
  setImmediate(check);
  return () => {
    done = true;
    clearInterval(timer);
  };
}
