// The Files API (what the Batch API reads and writes): uploads streamed
// from the multipart body into the NATS object store, downloads streamed
// back. A file belongs to the uploader's tenant: to another it is a 404.
import type { Hono } from 'hono';
import { errors } from '../../proto/index.ts';
import type { FileStore } from '../../batch/file-store.ts';
import { fileObject, newFileId, UPLOAD_PURPOSES, type FileRecord } from '../../batch/records.ts';
import { streamFrom } from '../../batch/streams.ts';
import type { GatewayEnv } from '../app.ts';
import { HttpError } from '../../openai/errors.ts';
import { boundaryOf, readField, readParts } from '../multipart.ts';
import { listPage } from './list-page.ts';

export interface FilesDeps {
  files: FileStore;
  maxFileBytes: number;
}

export const noSuchFile = (id: string) => new HttpError(404, `No such File object: ${id}`, { param: 'file_id', code: 'file_not_found' });

export function fileRoutes(app: Hono<GatewayEnv>, deps: FilesDeps): void {
  const { files, maxFileBytes } = deps;

  app.post('/v1/files', async (c) => {
    const boundary = boundaryOf(c.req.header('content-type'));
    const body = c.req.raw.body;
    if (!boundary || !body) throw errors.invalid("Expected a multipart/form-data body with the fields 'file' and 'purpose'.");
    const id = newFileId();
    let purpose: string | undefined;
    let upload: { bytes: number; filename: string } | undefined;
    let tooLarge = false;
    try {
      for await (const part of readParts(body, boundary)) {
        if (part.name === 'purpose') purpose = await readField(part);
        else if (part.name === 'file' && !upload) {
          const limited = async function* () {
            let size = 0;
            for await (const chunk of part.data) {
              size += chunk.length;
              if (size > maxFileBytes) {
                tooLarge = true;
                throw new Error('file too large');
              }
              yield chunk;
            }
          };
          const bytes = await files.putContent(id, streamFrom(limited())).catch((err) => {
            if (tooLarge) throw new HttpError(413, `The file is larger than the limit of ${maxFileBytes} bytes (WEFT_MAX_FILE_BYTES).`, { code: 'file_too_large', param: 'file' });
            throw err;
          });
          upload = { bytes, filename: part.filename || 'upload.jsonl' };
        }
      }
      if (!upload) throw errors.invalid("Missing required parameter: 'file'.", 'file');
      if (purpose === undefined) throw errors.invalid("Missing required parameter: 'purpose'.", 'purpose');
      if (!(UPLOAD_PURPOSES as readonly string[]).includes(purpose)) {
        throw errors.invalid(`Invalid value for 'purpose': '${purpose}' is not supported here; expected one of ${UPLOAD_PURPOSES.map((p) => `'${p}'`).join(', ')}.`, 'purpose');
      }
      const record: FileRecord = {
        id, tenant: c.get('principal').tenant, bytes: upload.bytes, created_at: Math.floor(Date.now() / 1000),
        filename: upload.filename, purpose: 'batch',
      };
      await files.saveRecord(record);
      return c.json(fileObject(record));
    } catch (err) {
      await files.discard(id);
      throw err;
    }
  });

  app.get('/v1/files', async (c) => {
    const purpose = c.req.query('purpose');
    const order = c.req.query('order') ?? 'desc';
    if (order !== 'asc' && order !== 'desc') throw errors.invalid("Invalid value for 'order': expected 'asc' or 'desc'.", 'order');
    let list = (await files.list(c.get('principal').tenant)).filter((f) => !purpose || f.purpose === purpose);
    if (order === 'asc') list = list.reverse();
    return c.json(listPage(list.map(fileObject), c.req.query('after'), c.req.query('limit'), 10_000));
  });

  app.get('/v1/files/:id', async (c) => {
    const f = await files.get(c.req.param('id'), c.get('principal').tenant);
    if (!f) throw noSuchFile(c.req.param('id'));
    return c.json(fileObject(f));
  });

  app.get('/v1/files/:id/content', async (c) => {
    const f = await files.get(c.req.param('id'), c.get('principal').tenant);
    const content = f && await files.content(f.id);
    if (!f || !content) throw noSuchFile(c.req.param('id'));
    return c.body(content, 200, { 'content-type': 'application/octet-stream', 'content-length': String(f.bytes) });
  });

  app.delete('/v1/files/:id', async (c) => {
    const f = await files.get(c.req.param('id'), c.get('principal').tenant);
    if (!f) throw noSuchFile(c.req.param('id'));
    await files.delete(f.id);
    return c.json({ id: f.id, object: 'file', deleted: true });
  });
}
