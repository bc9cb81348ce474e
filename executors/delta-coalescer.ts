// Coalesces one stream's text deltas into fewer chunks. Every chunk costs a
// wake-up at each hop (gRPC, NATS, SSE), so tokens that come close together
// travel together; but a delta is never held back from a stream that is
// otherwise idle: it goes out on the next tick (where it may still meet the
// rest of its decode batch, or the finish of a 1-token answer) when the
// stream's last chunk left `intervalMs` ago or more, and otherwise waits
// until `intervalMs` after that chunk. So a stream gets at most one chunk per
// interval, and a slow stream (a big model, a busy engine) gets each token
// as soon as it exists. Token logprobs (when a request asks for them) ride
// with their text: a chunk carries the entries of exactly its tokens.
import type { ITokenLogprob } from '../proto/index.ts';

export interface CoalescerTimers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  setImmediate(fn: () => void): unknown;
  clear(handle: unknown): void;
}

const realTimers: CoalescerTimers = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  setImmediate: (fn) => setImmediate(fn),
  clear: (h) => {
    clearTimeout(h as NodeJS.Timeout);
    clearImmediate(h as NodeJS.Immediate);
  },
};

export class DeltaCoalescer {
  private text = '';
  private tokens = 0;
  private logprobs: ITokenLogprob[] = [];
  private timer: unknown;
  private lastWriteAt = -Infinity;
  private readonly intervalMs: number;
  private readonly write: (text: string, tokens: number, logprobs: ITokenLogprob[]) => void;
  private readonly timers: CoalescerTimers;

  constructor(intervalMs: number, write: (text: string, tokens: number, logprobs: ITokenLogprob[]) => void, timers: CoalescerTimers = realTimers) {
    this.intervalMs = intervalMs;
    this.write = write;
    this.timers = timers;
  }

  push(text: string, tokens: number, logprobs?: readonly ITokenLogprob[]): void {
    this.text += text;
    this.tokens += tokens;
    if (logprobs) this.logprobs.push(...logprobs);
    if (this.timer !== undefined) return;
    const wait = this.lastWriteAt + this.intervalMs - this.timers.now();
    this.timer = wait <= 0 ? this.timers.setImmediate(() => this.flush()) : this.timers.setTimeout(() => this.flush(), wait);
  }

  /** Writes what is pending now (nothing when nothing is). */
  flush(): void {
    this.cancelTimer();
    if (this.tokens === 0 && this.text === '') return;
    this.write(this.text, this.tokens, this.logprobs);
    this.lastWriteAt = this.timers.now();
    this.text = '';
    this.tokens = 0;
    this.logprobs = [];
  }

  /** Takes what is pending without writing it (it rides on the final chunk); undefined when nothing is. */
  take(): { text: string; tokens: number; logprobs?: ITokenLogprob[] } | undefined {
    this.cancelTimer();
    if (this.tokens === 0 && this.text === '') return undefined;
    const out = { text: this.text, tokens: this.tokens, ...(this.logprobs.length > 0 ? { logprobs: this.logprobs } : {}) };
    this.text = '';
    this.tokens = 0;
    this.logprobs = [];
    return out;
  }

  /** Stops the pending write, if any (the stream ended). */
  cancelTimer(): void {
    if (this.timer === undefined) return;
    this.timers.clear(this.timer);
    this.timer = undefined;
  }
}
