// A streaming multipart/form-data reader (RFC 7578), for file uploads: a
// part's content is handed on chunk by chunk as it arrives, so a 200 MB
// upload never sits in memory. Small fields are read whole (bounded).
import { errors } from '../proto/index.ts';

export interface Part {
  name: string;
  filename: string | undefined;
  /** The part's content; read it (or skip it) before asking for the next part. */
  data: AsyncGenerator<Uint8Array>;
}

/** Bytes of a part's headers we read before deciding the request is malformed. */
const MAX_HEADER_BYTES = 16 * 1024;

/** The boundary of a multipart/form-data content type; undefined when it is not one. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) return undefined;
  const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m?.[1] ?? m?.[2];
}

const malformed = (why: string) => errors.invalid(`The multipart body is malformed: ${why}.`);

export async function* readParts(body: ReadableStream<Uint8Array>, boundary: string): AsyncGenerator<Part> {
  const reader = body.getReader();
  let buf = Buffer.alloc(0);
  let eof = false;
  const fill = async (): Promise<boolean> => {
    if (eof) return false;
    const r = await reader.read();
    if (r.done) {
      eof = true;
      return false;
    }
    buf = buf.length === 0 ? Buffer.from(r.value) : Buffer.concat([buf, r.value]);
    return true;
  };
  /** Consumes through `delim`, yielding what came before it. */
  async function* until(delim: Buffer): AsyncGenerator<Uint8Array> {
    for (;;) {
      const i = buf.indexOf(delim);
      if (i >= 0) {
        if (i > 0) yield buf.subarray(0, i);
        buf = buf.subarray(i + delim.length);
        return;
      }
      // Keep what could be the start of the delimiter.
      const keep = delim.length - 1;
      if (buf.length > keep) {
        const out = buf.subarray(0, buf.length - keep);
        buf = buf.subarray(buf.length - keep);
        yield out;
      }
      if (!(await fill())) throw malformed('it ends inside a part');
    }
  }
  const need = async (n: number) => {
    while (buf.length < n) if (!(await fill())) throw malformed('it ends early');
  };

  try {
    // The preamble, up to the first boundary.
    for await (const _ of until(Buffer.from(`--${boundary}`))) { /* skipped */ }
    const delim = Buffer.from(`\r\n--${boundary}`);
    for (;;) {
      await need(2);
      if (buf[0] === 0x2d && buf[1] === 0x2d) return; // "--": the last boundary
      // Transport padding, then CRLF.
      let headerText = '';
      for await (const piece of until(Buffer.from('\r\n\r\n'))) {
        headerText += Buffer.from(piece).toString('latin1');
        if (headerText.length > MAX_HEADER_BYTES) throw malformed('a part\'s headers are too long');
      }
      const disposition = /^content-disposition:\s*form-data(.*)$/im.exec(headerText)?.[1] ?? '';
      const param = (key: string) => {
        const m = new RegExp(`;\\s*${key}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(disposition) ?? new RegExp(`;\\s*${key}=([^;\\s]+)`, 'i').exec(disposition);
        return m ? Buffer.from(m[1]!.replace(/\\(.)/g, '$1'), 'latin1').toString('utf8') : undefined;
      };
      const name = param('name');
      if (name === undefined) throw malformed('a part has no name');
      const data = until(delim);
      yield { name, filename: param('filename'), data };
      // Whatever the consumer left unread is skipped.
      for await (const _ of data) { /* skipped */ }
    }
  } finally {
    reader.releaseLock();
  }
}

/** A small field's value as text (at most `max` bytes). */
export async function readField(part: Part, max = 64 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of part.data) {
    size += c.length;
    if (size > max) throw errors.invalid(`The form field '${part.name}' is longer than ${max} bytes.`, part.name);
    chunks.push(Buffer.from(c));
  }
  return Buffer.concat(chunks).toString('utf8');
}
