// Chooses the replica for a request among those serving its model: one
// with a free slot and the least outstanding work for its capacity, where
// capacity is its slots times its measured speed (tokens/s per sequence,
// relative to the fastest replica; a replica not measured yet counts as
// fast as the fastest, so it gets traffic and a measurement).
import type { ModelSlot } from './registry.ts';

/** A replica preferred for affinity, and how much worse (in load score) than the best it may be and still be chosen. */
export interface Preferred {
  executorId: string;
  slack: number;
}

function usableSlots(s: ModelSlot, reserve: number): number {
  return s.slotsTotal - Math.min(reserve, s.slotsTotal - 1);
}

/**
 * Replicas within this share of the fastest count as equally fast: speeds
 * measured from short answers are noisy, and routing must not swing on noise.
 * Real differences between devices (a GPU and a CPU) are far larger.
 */
export const SAME_SPEED = 2 / 3;

/** Work per unit of capacity once one more request is placed; lower is better. */
export function loadScore(s: ModelSlot, fastest: number): number {
  const relative = fastest > 0 && s.tokensPerSecond > 0 ? s.tokensPerSecond / fastest : 1;
  const speed = relative >= SAME_SPEED ? 1 : relative;
  return (s.busy + 1) / (s.slotsTotal * speed);
}

/**
 * The best replica with a free slot. `reserve` slots of each replica stay
 * free for realtime work (batch placement passes it); a replica always
 * keeps at least one slot usable, so batch work is never locked out of a
 * one-slot replica entirely. `preferred` (prefix affinity: the replica that
 * holds this conversation's KV cache) wins while it has a free slot and its
 * load score is within `slack` of the best one's.
 */
export function pickExecutor(slots: readonly ModelSlot[], reserve = 0, preferred?: Preferred): ModelSlot | undefined {
  let fastest = 0;
  for (const s of slots) fastest = Math.max(fastest, s.tokensPerSecond);
  let best: ModelSlot | undefined;
  let bestScore = Infinity;
  let affine: ModelSlot | undefined;
  let affineScore = Infinity;
  for (const s of slots) {
    if (s.busy >= usableSlots(s, reserve)) continue;
    const score = loadScore(s, fastest);
    if (score < bestScore || (score === bestScore && best && s.busy / s.slotsTotal < best.busy / best.slotsTotal)) {
      best = s;
      bestScore = score;
    }
    if (preferred !== undefined && s.executor.info.executorId === preferred.executorId) {
      affine = s;
      affineScore = score;
    }
  }
  if (affine && affineScore - bestScore <= preferred!.slack + 1e-9) return affine;
  return best;
}
