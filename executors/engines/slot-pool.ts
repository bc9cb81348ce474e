// A fixed pool of sequences: acquire waits (abortably) for a free one, in
// arrival order; release hands it to the oldest waiter.
//
// Which free item acquire takes: with no preference, the most recently
// released one (LIFO). With a `prefer` score (the llama.cpp engine scores a
// sequence by how much of the new prompt its KV cache already holds), the
// highest-scoring free item; among equal scores, the one free the longest
// (least recently released), so an item nobody prefers is taken from the
// oldest, least likely to be wanted again, cache. A waiter gets whatever item
// is released next: scores only choose among items that are free now, and
// never make a request wait longer.

interface Waiter<T> {
  resolve(v: T): void;
  reject(e: unknown): void;
  signal: AbortSignal;
  onAbort(): void;
}

/** How much a request wants a free item; higher is better. Called once per free item, synchronously. */
export type Preference<T> = (item: T) => number;

export class SlotPool<T> {
  /** Free items, least recently released first. */
  private readonly free: T[];
  private readonly waiters: Waiter<T>[] = [];
  private closed: unknown = undefined;
  readonly size: number;

  constructor(items: T[]) {
    this.free = [...items];
    this.size = items.length;
  }

  get busy(): number {
    return this.size - this.free.length;
  }

  get waiting(): number {
    return this.waiters.length;
  }

  /** The free items now, least recently released first (a copy). */
  freeItems(): T[] {
    return [...this.free];
  }

  acquire(signal: AbortSignal, prefer?: Preference<T>): Promise<T> {
    if (this.closed !== undefined) return Promise.reject(this.closed);
    if (signal.aborted) return Promise.reject(signal.reason);
    if (this.free.length > 0) {
      try {
        return Promise.resolve(this.free.splice(prefer ? this.best(prefer) : this.free.length - 1, 1)[0]!);
      } catch (err) {
        return Promise.reject(err); // a throwing preference takes nothing
      }
    }
    return new Promise<T>((resolve, reject) => {
      const w: Waiter<T> = {
        resolve, reject, signal,
        onAbort: () => {
          const i = this.waiters.indexOf(w);
          if (i >= 0) this.waiters.splice(i, 1);
          reject(signal.reason);
        },
      };
      signal.addEventListener('abort', w.onAbort, { once: true });
      this.waiters.push(w);
    });
  }

  /** Index of the free item `prefer` scores highest; the first (longest free) among equals. */
  private best(prefer: Preference<T>): number {
    let best = 0;
    let bestScore = -Infinity;
    for (let i = 0; i < this.free.length; i++) {
      const score = prefer(this.free[i]!);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  release(item: T): void {
    const w = this.waiters.shift();
    if (w) {
      w.signal.removeEventListener('abort', w.onAbort);
      w.resolve(item);
    } else {
      this.free.push(item);
    }
  }

  /** Fails every waiter and every later acquire with `reason`. */
  close(reason: unknown): void {
    this.closed = reason;
    for (const w of this.waiters.splice(0)) {
      w.signal.removeEventListener('abort', w.onAbort);
      w.reject(reason);
    }
  }
}
