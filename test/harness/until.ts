// Waiting on a condition instead of a fixed sleep: `probe` is asked again
// every `intervalMs` until it returns something other than undefined, null
// or false, which `until` resolves with; past `timeoutMs` it rejects naming
// `what` (and the last value the probe saw, when it gives one).
export async function until<T>(
  what: string,
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = 15_000,
  intervalMs = 100,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== null && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
