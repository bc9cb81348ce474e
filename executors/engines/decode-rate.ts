// Measured decode speed of one sequence, for ILoadedModel.tokensPerSecond:
// an exponentially weighted moving average over recent requests. Each request
// contributes the rate at which its completion streamed after the first
// token arrived (so the prefill and the time to first token do not count):
// tokens delivered after the first delta ÷ time from the first delta to the
// last. A request contributes only when it produced at least 2 completion
// tokens over a measurable time. Shared by the llama.cpp and synthetic engines.

/** Weight of the newest request in the average. */
export const DECODE_RATE_ALPHA = 0.2;

export class DecodeRate {
  private readonly alpha: number;
  private value = 0;
  private samples = 0;

  constructor(alpha = DECODE_RATE_ALPHA) {
    if (!(alpha > 0 && alpha <= 1)) throw new RangeError(`alpha must be in (0, 1], got ${alpha}`);
    this.alpha = alpha;
  }

  /** Tokens per second of one sequence; 0 until a request was measured. */
  get tokensPerSecond(): number {
    return this.value;
  }

  /** Requests measured so far. */
  get measured(): number {
    return this.samples;
  }

  /** A timer for one request: call tokens() on each delta, finish() once at the end. */
  start(): DecodeTimer {
    return new DecodeTimer((rate) => this.add(rate));
  }

  /** Adds one request's rate. The first sample is taken as is (no ramp up from 0). */
  add(rate: number): void {
    if (!Number.isFinite(rate) || rate <= 0) return;
    this.value = this.samples === 0 ? rate : this.alpha * rate + (1 - this.alpha) * this.value;
    this.samples++;
  }
}

export class DecodeTimer {
  private readonly done: (rate: number) => void;
  private total = 0;
  private first = 0; // tokens in the first delta
  private firstAt = 0;
  private lastAt = 0;
  private finished = false;

  constructor(done: (rate: number) => void) {
    this.done = done;
  }

  /** Records a delta of `n` completion tokens that arrived at `at` (performance.now()). */
  tokens(n: number, at = performance.now()): void {
    if (n <= 0) return;
    if (this.total === 0) {
      this.first = n;
      this.firstAt = at;
    }
    this.total += n;
    this.lastAt = at;
  }

  /** Ends the request; adds its rate when it is measurable. Later calls do nothing. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    const after = this.total - this.first;
    const seconds = (this.lastAt - this.firstAt) / 1000;
    if (this.total >= 2 && after > 0 && seconds > 0) this.done(after / seconds);
  }
}
