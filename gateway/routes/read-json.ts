import type { Context } from 'hono';
import { errors } from '../../proto/index.ts';
import { HttpError } from '../errors.ts';

/** Reads a JSON body within the size limit; 413 when larger, 400 when not JSON. */
export async function readJson(c: Context, maxBytes: number): Promise<unknown> {
  const declared = Number(c.req.header('content-length'));
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const buf = await c.req.arrayBuffer();
  if (buf.byteLength > maxBytes) throw tooLarge(maxBytes);
  if (buf.byteLength === 0) throw errors.invalid('The request body is empty; expected a JSON object.');
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(buf));
  } catch (err) {
    throw errors.invalid(`We could not parse the JSON body of your request: ${(err as Error).message}`);
  }
}

function tooLarge(maxBytes: number) {
  return new HttpError(413, `The request body is larger than the limit of ${maxBytes} bytes.`, { code: 'request_too_large' });
}
