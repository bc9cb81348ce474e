// An engine's events as an async iterable. `run` emits events; when its
// promise resolves the stream ends, when it rejects the stream fails with a
// WeftError. The signal `run` gets aborts when the caller's does, and also
// when the caller stops reading early, so no engine works for nobody.
import { Readable } from 'node:stream';
import { errors, WeftError } from '../../proto/index.ts';

export type Emit<T> = (event: T) => void;

export function eventStream<T>(signal: AbortSignal, run: (emit: Emit<T>, signal: AbortSignal) => Promise<void>): AsyncIterable<T> {
  // A Readable is the queue between the engine's callbacks and the reader.
  const out = new Readable({ objectMode: true, read() {} });
  // Errors reach the reader through its iterator; the listener keeps an
  // error nobody iterates any more from crashing the process.
  out.on('error', () => {});
  const gone = new AbortController();
  out.once('close', () => gone.abort(errors.cancelled('the stream was closed')));
  run((event) => void out.push(event), AbortSignal.any([signal, gone.signal])).then(
    () => out.push(null),
    (err) => out.destroy(WeftError.is(err) ? err : errors.internal(`generation failed: ${(err as Error).message}`, err)),
  );
  return out;
}
