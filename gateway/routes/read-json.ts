import type { Context } from 'hono';
import { errors } from '../../proto/index.ts';

/** Reads a JSON body (its size is already bounded by the bodyLimit middleware); 400 when not JSON. */
export async function readJson(c: Context): Promise<unknown> {
  const buf = await c.req.arrayBuffer();
  if (buf.byteLength === 0) throw errors.invalid('The request body is empty; expected a JSON object.');
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(buf));
  } catch (err) {
    throw errors.invalid(`We could not parse the JSON body of your request: ${(err as Error).message}`);
  }
}
