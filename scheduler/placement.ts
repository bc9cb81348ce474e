// Chooses the replica for a request among those serving its model: one
// with a free slot and the least outstanding work for its capacity, where
// capacity is its slots times its measured speed (tokens/s per sequence,
// relative to the fastest replica; a replica not measured yet counts as
// fast as the fastest, so it gets traffic and a measurement).
import type { ModelSlot } from './registry.ts';

/** How much busier (in share of its slots) an affine replica may be than the best one and still be chosen. */
export const AFFINITY_SLACK = 0.5;

function usableSlots(s: ModelSlot, reserve: number): number {
  return s.slotsTotal - Math.min(reserve, s.slotsTotal - 1);
}

/** Work per unit of capacity once one more request is placed; lower is better. */
export function loadScore(s: ModelSlot, fastest: number): number {
  const speed = fastest > 0 && s.tokensPerSecond > 0 ? s.tokensPerSecond / fastest : 1;
  return (s.busy + 1) / (s.slotsTotal * speed);
}

/**
 * The best replica with a free slot. `reserve` slots of each replica stay
 * free for realtime work (batch placement passes it); a replica always
 * keeps at least one slot usable, so batch work is never locked out of a
 * one-slot replica entirely. `preferred` (prefix affinity: the replica that
 * holds this conversation's KV cache) wins while it has a free slot and is
 * not much busier than the best.
 */
export function pickExecutor(slots: readonly ModelSlot[], reserve = 0, preferred?: string): ModelSlot | undefined {
  let fastest = 0;
  for (const s of slots) fastest = Math.max(fastest, s.tokensPerSecond);
  let best: ModelSlot | undefined;
  let bestScore = Infinity;
  let affine: ModelSlot | undefined;
  for (const s of slots) {
    if (s.busy >= usableSlots(s, reserve)) continue;
    const score = loadScore(s, fastest);
    if (score < bestScore || (score === bestScore && best && s.busy / s.slotsTotal < best.busy / best.slotsTotal)) {
      best = s;
      bestScore = score;
    }
    if (preferred !== undefined && s.executor.info.executorId === preferred) affine = s;
  }
  if (affine && best && affine !== best && affine.busy / affine.slotsTotal - best.busy / best.slotsTotal <= AFFINITY_SLACK) return affine;
  return best;
}
