// Whether the gateway's port is free, asked before the launcher starts
// anything: a second `npm start` on a taken port then stops at once with one
// line naming it, instead of finding the other program's answers there.
import { createServer } from 'node:net';

/** Resolves undefined when `port` on `host` can be listened on now, else the error listening gave. */
export function listenError(host: string, port: number): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (err: NodeJS.ErrnoException) => resolve(err));
    server.listen({ host, port }, () => server.close(() => resolve(undefined)));
  });
}
