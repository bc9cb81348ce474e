// How a Weft process that cannot start says so: one line a person can act
// on and an exit status a supervisor can act on, for the failures that have
// a plain cause (a taken port, NATS not answering). Anything else keeps its
// stack trace: it is a bug to report.

/** Exit statuses of a process that could not start. */
export const EXIT = {
  /** A setting is invalid. */
  badConfig: 2,
  /** NATS did not answer (EX_UNAVAILABLE): it may later, so restarting can help. */
  natsUnreachable: 69,
  /** The port to listen on is taken, not permitted or not on this machine (EX_CONFIG). */
  cannotListen: 78,
} as const;

/**
 * After these statuses, starting the process again cannot succeed until a
 * person changes something: a supervisor stops instead of restarting it in a loop.
 */
export const NO_RESTART: ReadonlySet<number> = new Set([EXIT.badConfig, EXIT.cannotListen]);

/** The one-line explanation and exit status of a failure to listen; undefined for any other error. */
export function explainListenFailure(err: unknown): { message: string; exitCode: number } | undefined {
  const e = err as NodeJS.ErrnoException & { address?: string; port?: number };
  if (!e || e.syscall !== 'listen') return undefined;
  const where = `port ${e.port} on ${e.address}`;
  const message =
    e.code === 'EADDRINUSE' ? `${where} is already in use (by another Weft, or another program): set PORT to a free port, or stop what holds it`
    : e.code === 'EACCES' ? `no permission to listen on ${where} (ports below 1024 need privileges): set PORT to a port from 1024`
    : e.code === 'EADDRNOTAVAIL' ? `cannot listen on ${where}: ${e.address} is not an address of this machine (WEFT_HOST)`
    : `cannot listen on ${where}: ${e.message}`;
  return { message, exitCode: EXIT.cannotListen };
}
