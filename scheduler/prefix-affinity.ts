// Prefix affinity: the turns of one conversation should reach the replica
// that holds its KV cache. A conversation is identified by its messages up
// to and including the first user message (every later turn repeats them).
// The preferred replica is the one that served the conversation's last turn
// here, which may be somewhat busier than the best replica, or measured
// slower, and still win (its cache saves the prompt's prefill). Failing that (a first turn, or
// another scheduler served the last one) it is the replica that rendezvous
// (highest random weight) hashing picks among the live replicas, which every
// scheduler computes alike without sharing state and which moves only the
// conversations of a replica that leaves; being a guess, it wins only when
// about as good as the best.
import { createHash } from 'node:crypto';
import type { Preferred } from './placement.ts';
import type { ModelSlot } from '../cluster/registry.ts';


/** Conversations remembered (least recently used go first). */
const ENTRIES = 10_000;

export function prefixKey(model: string, messages: readonly { role?: string | null; content?: string | null }[]): string | undefined {
  const firstUser = messages.findIndex((m) => m.role === 'user');
  if (firstUser < 0) return undefined;
  const h = createHash('sha256').update(model);
  for (const m of messages.slice(0, firstUser + 1)) h.update(`\u0000${m.role ?? ''}\u0000${m.content ?? ''}`);
  return h.digest('base64url');
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: every input bit flips about half the output bits. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class PrefixAffinity {
  private readonly last = new Map<string, string>();
  /** Executor id hashes: a decision among a thousand replicas must not rehash a thousand ids. */
  private readonly idHashes = new Map<string, number>();

  private idHash(id: string): number {
    let h = this.idHashes.get(id);
    if (h === undefined) {
      if (this.idHashes.size > 100_000) this.idHashes.clear();
      this.idHashes.set(id, (h = fnv1a(id)));
    }
    return h;
  }

  /** The executor this conversation should go to, among `slots` (a model's replicas). */
  preferred(key: string, slots: readonly ModelSlot[]): Preferred | undefined {
    const remembered = this.last.get(key);
    if (remembered !== undefined && slots.some((s) => s.executor.info.executorId === remembered)) return { executorId: remembered, remembered: true };
    const k = fnv1a(key);
    let best: string | undefined;
    let bestWeight = -1;
    for (const s of slots) {
      const w = mix(k ^ mix(this.idHash(s.executor.info.executorId)));
      if (w > bestWeight) {
        best = s.executor.info.executorId;
        bestWeight = w;
      }
    }
    return best === undefined ? undefined : { executorId: best, remembered: false };
  }

  remember(key: string, executorId: string): void {
    this.last.delete(key);
    this.last.set(key, executorId);
    if (this.last.size > ENTRIES) this.last.delete(this.last.keys().next().value!);
  }
}
