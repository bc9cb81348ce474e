// Server VAD turn detection from speech probabilities (one per window):
// speech starts at the first window at or above `threshold`; it stops once
// the probability stayed below threshold - 0.15 (Silero's hysteresis) for
// `silence_duration_ms`. Times are milliseconds of session input audio.

export interface TurnDetection {
  threshold: number;
  prefixPaddingMs: number;
  silenceDurationMs: number;
}

/** `decidedAtMs`: the end of the window that decided it (ms of session audio): the decision could not come before that audio arrived. */
export type TurnEvent =
  | { type: 'speech_started'; audioStartMs: number; decidedAtMs: number }
  | { type: 'speech_stopped'; audioEndMs: number; decidedAtMs: number };

export class TurnDetector {
  speaking = false;
  private startMs = 0;
  private lastSpeechEndMs = 0;
  private silentMs = 0;

  /** Feeds windows of `windowMs` starting at `atMs`; returns what happened, in order. */
  push(probabilities: readonly number[], windowMs: number, atMs: number, cfg: TurnDetection): TurnEvent[] {
    const out: TurnEvent[] = [];
    const low = Math.max(0.01, cfg.threshold - 0.15);
    probabilities.forEach((p, i) => {
      const t = atMs + i * windowMs;
      if (!this.speaking) {
        if (p >= cfg.threshold) {
          this.speaking = true;
          this.startMs = Math.max(0, t - cfg.prefixPaddingMs);
          this.lastSpeechEndMs = t + windowMs;
          this.silentMs = 0;
          out.push({ type: 'speech_started', audioStartMs: this.startMs, decidedAtMs: t + windowMs });
        }
        return;
      }
      if (p >= low) {
        this.silentMs = 0;
        this.lastSpeechEndMs = t + windowMs;
        return;
      }
      this.silentMs += windowMs;
      if (this.silentMs >= cfg.silenceDurationMs) {
        this.speaking = false;
        out.push({ type: 'speech_stopped', audioEndMs: this.lastSpeechEndMs, decidedAtMs: t + windowMs });
      }
    });
    return out;
  }

  reset(): void {
    this.speaking = false;
    this.silentMs = 0;
  }
}
