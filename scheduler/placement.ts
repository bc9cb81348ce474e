// Chooses the replica for a request among those serving its model: one
// with a free slot and the least outstanding work for its capacity, where
// capacity is its slots times its measured speed (tokens/s per sequence,
// relative to the fastest replica; a replica not measured yet counts as
// fast as the fastest, so it gets traffic and a measurement).
import type { ModelSlot } from '../cluster/registry.ts';

/**
 * A replica preferred for prefix affinity. `remembered`: it served this
 * conversation's last turn and holds its KV cache, which is worth more than
 * measured speed: it wins while its share of busy slots is within
 * AFFINITY_SLACK of the best replica's. Otherwise it is a hash guess, which
 * wins only when its load score is within GUESS_SLACK of the best one's.
 */
export interface Preferred {
  executorId: string;
  remembered: boolean;
}

export const AFFINITY_SLACK = 0.5;
/** About even only: measured speeds never tie exactly. */
export const GUESS_SLACK = 0.1;

function usableSlots(s: ModelSlot, reserve: number): number {
  return s.slotsTotal - Math.min(reserve, s.slotsTotal - 1);
}

/**
 * Replicas at least this share of the fastest count as equally fast. The
 * per-sequence speed a replica measures varies up to about 2× with how many
 * sequences it batches and with short answers; routing must not swing on
 * that. Real differences between devices (a GPU and a CPU) are far larger.
 */
export const SAME_SPEED = 0.5;

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
 * one-slot replica entirely. `preferred` (prefix affinity, see Preferred)
 * needs a free slot too.
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
  if (!affine || !best || affine === best) return best;
  const close = preferred!.remembered
    ? affine.busy / affine.slotsTotal - best.busy / best.slotsTotal <= AFFINITY_SLACK + 1e-9
    : affineScore - bestScore <= GUESS_SLACK + 1e-9;
  return close ? affine : best;
}
