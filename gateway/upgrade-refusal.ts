// A refused WebSocket upgrade (401 bad key, 404 unknown model, 429 session
// limit) gets its OpenAI error object like any HTTP error. @hono/node-server
// answers a refused upgrade with the status alone (Content-Length: 0), so
// this fetch wrapper writes the whole response to the socket itself and
// closes it; the server then sees a destroyed socket and leaves it be.
import { STATUS_CODES, type IncomingMessage } from 'node:http';

type Fetch = (req: Request, env: any) => Response | Promise<Response>;

/** Headers a refusal never forwards (hop-by-hop, or set here). */
const SKIP = new Set(['connection', 'content-length', 'keep-alive', 'transfer-encoding', 'upgrade']);

export function withUpgradeRefusals(fetch: Fetch): Fetch {
  return async (req, env) => {
    const res = await fetch(req, env);
    const incoming = (env as { incoming?: IncomingMessage; outgoing?: unknown } | undefined)?.incoming;
    const socket = incoming?.socket;
    if (res.status < 400 || !socket || (env as { outgoing?: unknown }).outgoing !== undefined
      || req.headers.get('upgrade')?.toLowerCase() !== 'websocket' || socket.destroyed) return res;
    const body = Buffer.from(await res.arrayBuffer());
    const lines = [`HTTP/1.1 ${res.status} ${STATUS_CODES[res.status] ?? ''}`, 'Connection: close', `Content-Length: ${body.length}`];
    res.headers.forEach((v, k) => {
      if (!SKIP.has(k.toLowerCase())) lines.push(`${k}: ${v}`);
    });
    await new Promise<void>((resolve) => {
      socket.once('error', () => resolve());
      socket.end(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), body]), () => resolve());
    });
    socket.destroy();
    return res;
  };
}
