// A fixed pool of sequences: acquire waits (abortably) for a free one, in
// arrival order; release hands it to the oldest waiter.

interface Waiter<T> {
  resolve(v: T): void;
  reject(e: unknown): void;
  signal: AbortSignal;
  onAbort(): void;
}

export class SlotPool<T> {
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

  acquire(signal: AbortSignal): Promise<T> {
    if (this.closed !== undefined) return Promise.reject(this.closed);
    if (signal.aborted) return Promise.reject(signal.reason);
    const item = this.free.pop();
    if (item !== undefined) return Promise.resolve(item);
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
