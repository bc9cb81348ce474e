// Gateways of one cluster tell each other what they counted against
// tenants' rate limits: every REPORT_MS each publishes its TenantUsageReport
// (when it has anything to say) and applies the others'. A tenant's limit so
// holds across gateways, overshooting by at most what other gateways admit
// within one interval. Core NATS, no stream: a lost report costs accuracy,
// never a request.
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { TenantUsageReport, type Subjects } from '../proto/index.ts';
import type { Logger } from '../observability/logger.ts';
import type { TenantLimiter } from './tenant-limits.ts';

/** How often a gateway reports; also how stale its view of other gateways' counts may be. */
export const REPORT_MS = 250;

export function syncTenantUsage(nc: NatsConnection, subjects: Pick<Subjects, 'tenantUsage'>, gatewayId: string, limiter: TenantLimiter, log: Logger): { stop(): void } {
  const sub: Subscription = nc.subscribe(subjects.tenantUsage, {
    callback: (err, msg) => {
      if (err) return;
      try {
        const r = TenantUsageReport.decode(msg.data);
        if (!r.gatewayId || r.gatewayId === gatewayId) return;
        limiter.applyReport(r.gatewayId, r.tenants.map((t) => ({ tenant: t.tenant ?? '', requests: t.requests ?? 0, tokens: Number(t.tokens ?? 0), inFlight: t.inFlight ?? 0 })));
      } catch (e) {
        log.warn('tenant usage report dropped: not a TenantUsageReport', { err: (e as Error).message });
      }
    },
  });
  const timer = setInterval(() => {
    if (nc.isClosed()) return;
    const tenants = limiter.takeReport();
    if (tenants.length === 0) return;
    try {
      nc.publish(subjects.tenantUsage, TenantUsageReport.encode({ gatewayId, tenants }).finish());
    } catch {
      // Draining or reconnecting: this interval's counts stay with this gateway only.
    }
  }, REPORT_MS);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sub.unsubscribe();
    },
  };
}
