// Per-tenant rate limits: requests per minute, tokens per minute and
// concurrent requests, declared per tenant in the keys file. Requests and
// tokens are token buckets that hold a minute's worth and refill
// continuously (a tenant may burst up to its per-minute limit, then gets its
// rate); a request is admitted while a request and at least one token are
// left, and its real token count (prompt + completion, known when it ends)
// is taken from the bucket then, which may run it below zero: the tenant
// then waits until the bucket refills. Every gateway of a cluster reports
// what it counted to the others (gateway/tenant-usage-sync.ts), so a
// tenant's limit holds across gateways, within one report interval.
import { HttpError } from '../openai/errors.ts';
import type { PolicyLookup } from './tenant-policy.ts';

/** Which limit refused a request. */
export type RateLimitKind = 'requests' | 'tokens' | 'concurrent';

/** A bucket holding up to `capacity`, refilled at capacity per minute. */
class Bucket {
  level: number;
  private at: number;
  private capacity: number;
  constructor(capacity: number, now: number) {
    this.capacity = capacity;
    this.level = capacity;
    this.at = now;
  }

  /** The level at `now` under `capacity` (a limit changed in the keys file takes effect at once). */
  refill(capacity: number, now: number): number {
    if (capacity !== this.capacity) {
      this.level = Math.min(this.level, capacity);
      this.capacity = capacity;
    }
    this.level = Math.min(this.capacity, this.level + (Math.max(0, now - this.at) * this.capacity) / 60_000);
    this.at = now;
    return this.level;
  }

  /** Milliseconds until the level reaches `need` again. */
  msUntil(need: number): number {
    return this.level >= need ? 0 : Math.ceil(((need - this.level) * 60_000) / this.capacity);
  }
}

interface TenantState {
  requests?: Bucket;
  tokens?: Bucket;
  /** Requests this gateway holds now. */
  inFlight: number;
  /** Counted here since the last report to other gateways. */
  unreported: { requests: number; tokens: number };
  /** Whether inFlight changed since the last report. */
  inFlightChanged: boolean;
}

/** What this gateway counted for one tenant since its last report. */
export interface UsageReport {
  tenant: string;
  requests: number;
  tokens: number;
  inFlight: number;
}

/** An admitted request: the rate-limit headers to send, and its release when it ends (once). */
export interface Admission {
  headers: Record<string, string>;
  release(): void;
}

/** How long a gateway's reported in-flight count stays counted without a newer report. */
export const REMOTE_IN_FLIGHT_TTL_MS = 2_000;

/** OpenAI's spelling of a reset time: "1s", "6m0s", "120ms". */
export function resetText(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.ceil(ms))}ms`;
  const s = Math.ceil(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${s % 60}s`;
}

export class TenantLimiter {
  private readonly tenants = new Map<string, TenantState>();
  /** Other gateways' in-flight counts: gateway → tenant → count, with when it was reported. */
  private readonly remote = new Map<string, { at: number; inFlight: Map<string, number> }>();

  private readonly policies: PolicyLookup;
  private readonly opts: { now?: () => number; onRefused?: (tenant: string, limit: RateLimitKind) => void };

  /** `onRefused` sees each refusal (the gateway's /metrics counts them). */
  constructor(policies: PolicyLookup, opts: { now?: () => number; onRefused?: (tenant: string, limit: RateLimitKind) => void } = {}) {
    this.policies = policies;
    this.opts = opts;
  }

  private now(): number {
    return this.opts.now?.() ?? Date.now();
  }

  private state(tenant: string): TenantState {
    let s = this.tenants.get(tenant);
    if (!s) {
      s = { inFlight: 0, unreported: { requests: 0, tokens: 0 }, inFlightChanged: false };
      this.tenants.set(tenant, s);
    }
    return s;
  }

  private bucket(s: TenantState, which: 'requests' | 'tokens', capacity: number | undefined, now: number): Bucket | undefined {
    if (capacity === undefined) return undefined;
    s[which] ??= new Bucket(capacity, now);
    s[which].refill(capacity, now);
    return s[which];
  }

  private inFlightElsewhere(tenant: string, now: number): number {
    let n = 0;
    for (const [gateway, r] of this.remote) {
      if (now - r.at > REMOTE_IN_FLIGHT_TTL_MS) this.remote.delete(gateway);
      else n += r.inFlight.get(tenant) ?? 0;
    }
    return n;
  }

  /**
   * Admits one request of `tenant`, or throws the 429 that says which limit
   * it hit and when to retry. Returns undefined when the tenant has no limits.
   */
  admit(tenant: string): Admission | undefined {
    const limits = this.policies.policyOf(tenant);
    if (!limits || (limits.requestsPerMinute === undefined && limits.tokensPerMinute === undefined && limits.maxConcurrent === undefined)) return undefined;
    const now = this.now();
    const s = this.state(tenant);
    const requests = this.bucket(s, 'requests', limits.requestsPerMinute, now);
    const tokens = this.bucket(s, 'tokens', limits.tokensPerMinute, now);
    const headers = (): Record<string, string> => ({
      ...(requests ? {
        'x-ratelimit-limit-requests': String(limits.requestsPerMinute),
        'x-ratelimit-remaining-requests': String(Math.max(0, Math.floor(requests.level))),
        'x-ratelimit-reset-requests': resetText(requests.msUntil(limits.requestsPerMinute!)),
      } : {}),
      ...(tokens ? {
        'x-ratelimit-limit-tokens': String(limits.tokensPerMinute),
        'x-ratelimit-remaining-tokens': String(Math.max(0, Math.floor(tokens.level))),
        'x-ratelimit-reset-tokens': resetText(tokens.msUntil(limits.tokensPerMinute!)),
      } : {}),
    });
    // OpenAI's 429 names the limit in `type`: "requests" or "tokens".
    const refuse = (limit: RateLimitKind, message: string, retryMs: number): never => {
      this.opts.onRefused?.(tenant, limit);
      throw new HttpError(429, message, {
        type: limit === 'tokens' ? 'tokens' : 'requests', code: 'rate_limit_exceeded',
        headers: { ...headers(), 'retry-after': String(Math.max(1, Math.ceil(retryMs / 1000))), 'retry-after-ms': String(Math.max(1, Math.ceil(retryMs))) },
      });
    };
    if (requests && requests.level < 1) {
      const ms = requests.msUntil(1);
      refuse('requests', `Rate limit reached for tenant ${tenant} on requests per minute: limit ${limits.requestsPerMinute}. Please try again in ${resetText(ms)}.`, ms);
    }
    if (tokens && tokens.level < 1) {
      const ms = tokens.msUntil(1);
      refuse('tokens', `Rate limit reached for tenant ${tenant} on tokens per minute: limit ${limits.tokensPerMinute}, used ${Math.round(limits.tokensPerMinute! - tokens.level)}. Please try again in ${resetText(ms)}.`, ms);
    }
    if (limits.maxConcurrent !== undefined && s.inFlight + this.inFlightElsewhere(tenant, now) >= limits.maxConcurrent) {
      // Nothing refills on a clock: a slot frees when a running request ends.
      refuse('concurrent', `Rate limit reached for tenant ${tenant} on concurrent requests: limit ${limits.maxConcurrent}. Please try again when a running request has finished.`, 1000);
    }
    if (requests) requests.level -= 1;
    s.unreported.requests++;
    s.inFlight++;
    s.inFlightChanged = true;
    let released = false;
    return {
      headers: headers(),
      release: () => {
        if (released) return;
        released = true;
        s.inFlight--;
        s.inFlightChanged = true;
      },
    };
  }

  /** Takes `tokens` (a request's prompt and completion) from `tenant`'s bucket. */
  spend(tenant: string, tokens: number): void {
    const limits = this.policies.policyOf(tenant);
    if (!(tokens > 0) || limits?.tokensPerMinute === undefined) return;
    const s = this.state(tenant);
    s.unreported.tokens += tokens;
    this.bucket(s, 'tokens', limits.tokensPerMinute, this.now())!.level -= tokens;
  }

  /** Another gateway's report: its requests and tokens come off the buckets here too; its in-flight counts replace its last. */
  applyReport(gatewayId: string, reports: readonly UsageReport[]): void {
    const now = this.now();
    const inFlight = new Map<string, number>();
    for (const r of reports) {
      if (r.inFlight > 0) inFlight.set(r.tenant, r.inFlight);
      const limits = this.policies.policyOf(r.tenant);
      if (!limits) continue;
      const s = this.state(r.tenant);
      const requests = this.bucket(s, 'requests', limits.requestsPerMinute, now);
      const tokens = this.bucket(s, 'tokens', limits.tokensPerMinute, now);
      if (requests) requests.level -= r.requests;
      if (tokens) tokens.level -= r.tokens;
    }
    this.remote.set(gatewayId, { at: now, inFlight });
  }

  /**
   * What to report to the other gateways: each tenant's requests and tokens
   * since the last report, and its in-flight count (sent again while it is
   * not zero, so that others keep counting it). Empty: nothing to send.
   */
  takeReport(): UsageReport[] {
    const out: UsageReport[] = [];
    for (const [tenant, s] of this.tenants) {
      if (s.unreported.requests === 0 && s.unreported.tokens === 0 && s.inFlight === 0 && !s.inFlightChanged) continue;
      out.push({ tenant, requests: s.unreported.requests, tokens: s.unreported.tokens, inFlight: s.inFlight });
      s.unreported = { requests: 0, tokens: 0 };
      s.inFlightChanged = false;
    }
    return out;
  }
}
