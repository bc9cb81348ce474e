// Chooses the executor for a request among those serving its model: one
// with a free slot and the least outstanding work relative to its slots.
import type { ModelSlot } from './registry.ts';

/**
 * The least loaded replica with a free slot. `reserve` slots of each replica
 * stay free for realtime work (batch placement passes it); a replica always
 * keeps at least one slot usable, so batch work is never locked out of a
 * one-slot replica entirely.
 */
export function pickExecutor(slots: readonly ModelSlot[], reserve = 0): ModelSlot | undefined {
  let best: ModelSlot | undefined;
  let bestLoad = Infinity;
  for (const s of slots) {
    const usable = s.slotsTotal - Math.min(reserve, s.slotsTotal - 1);
    if (s.busy >= usable) continue;
    const load = s.busy / s.slotsTotal;
    if (load < bestLoad) {
      best = s;
      bestLoad = load;
    }
  }
  return best;
}
