// Chooses the executor for a request among those serving its model: one
// with a free slot and the least outstanding work relative to its slots.
import type { ModelSlot } from './registry.ts';

export function pickExecutor(slots: readonly ModelSlot[]): ModelSlot | undefined {
  let best: ModelSlot | undefined;
  let bestLoad = Infinity;
  for (const s of slots) {
    if (s.busy >= s.slotsTotal) continue;
    const load = s.busy / s.slotsTotal;
    if (load < bestLoad) {
      best = s;
      bestLoad = load;
    }
  }
  return best;
}
