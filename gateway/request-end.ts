// The one way a gateway request ends: its span, and what it held for its
// tenant (a concurrency slot, gateway/tenant-limits.ts). app.ts calls it when
// the handler returns; a streaming answer (routes/fabric-call.ts) when its
// stream ends.
import type { Context } from 'hono';
import type { GatewayEnv } from './app.ts';

export function endRequest(c: Context<GatewayEnv>): void {
  c.get('span').end();
  const release = c.get('release');
  c.set('release', undefined);
  release?.();
}
