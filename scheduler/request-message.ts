// Reads an InferenceRequest off a NATS message. A message that cannot be
// decoded, or lacks what the scheduler needs to answer it, still gets an
// answer wherever one can be sent: the NATS reply subject the gateway
// publishes with, and the request id from its header. Dropping it instead
// leaves its client waiting out the gateway's accept timeout, then a 503
// that a retrying client repeats forever.
import type { Msg, NatsConnection } from '@nats-io/transport-node';
import { Objm, type ObjectStore } from '@nats-io/obj';
import { CONTRACT_VERSION, errors, headers as H, InferenceRequest, type InferenceRequest as InferenceRequestT, type WeftError } from '../proto/index.ts';

export type RequestMessage =
  | { ok: true; req: InferenceRequestT }
  /** Not servable: answer `error` on `replySubject` when there is one. */
  | { ok: false; error: WeftError; replySubject: string | undefined; requestId: string };

export function readRequestMessage(msg: Pick<Msg, 'data' | 'reply' | 'headers'>): RequestMessage {
  const headerId = msg.headers?.get(H.requestId) ?? '';
  let req: InferenceRequestT;
  try {
    req = InferenceRequest.decode(msg.data);
  } catch (err) {
    return {
      ok: false, replySubject: msg.reply || undefined, requestId: headerId,
      error: errors.invalid(`The scheduler could not decode the request message: ${(err as Error).message}.`),
    };
  }
  if (!req.requestId || !req.replySubject) {
    return {
      ok: false, replySubject: req.replySubject || msg.reply || undefined, requestId: req.requestId || headerId,
      error: errors.invalid(`The request message has no ${req.requestId ? 'reply subject' : 'request id'}.`),
    };
  }
  if (req.contractVersion > CONTRACT_VERSION) {
    return {
      ok: false, replySubject: msg.reply || req.replySubject, requestId: req.requestId,
      error: errors.unsupported(`The request speaks contract v${req.contractVersion}; this scheduler speaks v${CONTRACT_VERSION}. Upgrade the schedulers.`),
    };
  }
  return { ok: true, req };
}

/**
 * The encoded request a message carries: its payload, or, for a request too
 * large for one message, the object its Weft-Body-Ref header names in the
 * cluster's `bodies` store (the gateway put it there: gateway/large-requests.ts).
 * A body that cannot be read is an error to answer, like an undecodable one.
 */
export class RequestBodies {
  private store: Promise<ObjectStore> | undefined;
  private readonly nc: NatsConnection;
  private readonly bucket: string;

  constructor(nc: NatsConnection, bucket: string) {
    this.nc = nc;
    this.bucket = bucket;
  }

  /** undefined: the payload is the body (no reference); else the body, or why it could not be read. */
  read(msg: Pick<Msg, 'headers'>): Promise<Uint8Array | WeftError> | undefined {
    const ref = msg.headers?.get(H.bodyRef);
    if (!ref) return undefined;
    this.store ??= new Objm(this.nc).open(this.bucket);
    const store = this.store;
    return store.then((s) => s.getBlob(ref)).then(
      (data) => data ?? errors.invalid(`The request body '${ref}' is no longer in the object store '${this.bucket}'.`),
      (err) => {
        if (this.store === store) this.store = undefined; // open again next time
        return errors.internal(`Reading the request body '${ref}' from the object store '${this.bucket}' failed: ${(err as Error).message}`, err);
      },
    );
  }
}
