// The pieces that read a batch's input as it streams: lines split across
// chunks, the structural checks OpenAI applies before running anything,
// and the streaming multipart reader behind POST /v1/files.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readLines, type Line } from '../../batch/lines.ts';
import { MAX_LISTED_ERRORS, Validator } from '../../batch/validate.ts';
import { boundaryOf, readField, readParts } from '../../gateway/multipart.ts';

async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield typeof p === 'string' ? Buffer.from(p) : p;
}

async function all(it: AsyncIterable<Line>): Promise<Line[]> {
  const out: Line[] = [];
  for await (const l of it) out.push(l);
  return out;
}

describe('readLines', () => {
  test('joins lines split across chunks, numbers them from 1 and skips blank ones', async () => {
    const got = await all(readLines(chunks('{"a":', '1}\n\n{"b"', ':2}\r\n', 'last'), 1024));
    assert.deepEqual(got, [{ n: 1, text: '{"a":1}' }, { n: 3, text: '{"b":2}' }, { n: 4, text: 'last' }]);
  });

  test('a multi-byte character split between chunks stays whole; invalid UTF-8 and overlong lines are reported', async () => {
    const e = Buffer.from('é');
    const got = await all(readLines(chunks(Buffer.from('x'), e.subarray(0, 1), Buffer.concat([e.subarray(1), Buffer.from('\n')]), Buffer.from([0xff, 0x0a]), 'y'.repeat(20), '\nok'), 10));
    assert.deepEqual(got, [{ n: 1, text: 'xé' }, { n: 2, error: 'not_utf8' }, { n: 3, error: 'too_long' }, { n: 4, text: 'ok' }]);
  });
});

const line = (n: number, v: unknown): Line => ({ n, text: typeof v === 'string' ? v : JSON.stringify(v) });
const ok = (id: string, model = 'm') => ({ custom_id: id, method: 'POST', url: '/v1/chat/completions', body: { model, messages: [] } });

describe('Validator', () => {
  test('a valid file: its line count and model', () => {
    const v = new Validator('/v1/chat/completions', 10);
    v.add(line(1, ok('a')));
    v.add(line(2, ok('b')));
    assert.deepEqual(v.verdict(), { ok: true, total: 2, model: 'm' });
  });

  test('too many lines and an empty file fail the whole file', () => {
    const v = new Validator('/v1/chat/completions', 2);
    for (let i = 1; i <= 3; i++) v.add(line(i, ok(`id${i}`)));
    const r = v.verdict();
    assert.ok(!r.ok && r.errors[0]!.code === 'too_many_requests' && r.errors[0]!.line === 3);
    const e = new Validator('/v1/chat/completions', 2).verdict();
    assert.ok(!e.ok && e.errors[0]!.code === 'empty_file');
  });

  test('errors are listed up to a cap, then counted', () => {
    const v = new Validator('/v1/chat/completions', 1000);
    for (let i = 1; i <= MAX_LISTED_ERRORS + 5; i++) v.add(line(i, 'nope'));
    const r = v.verdict();
    assert.ok(!r.ok);
    assert.equal(r.errors.length, MAX_LISTED_ERRORS + 1);
    assert.equal(r.errors.at(-1)!.code, 'too_many_errors');
    assert.match(r.errors.at(-1)!.message, /5 more/);
  });
});

function body(text: string): ReadableStream<Uint8Array> {
  const bytes = Buffer.from(text);
  let at = 0;
  // Seven bytes at a time: every delimiter is split somewhere.
  return new ReadableStream({ pull(c) { if (at >= bytes.length) c.close(); else { c.enqueue(bytes.subarray(at, at + 7)); at += 7; } } });
}

describe('multipart', () => {
  test('boundaryOf reads plain and quoted boundaries, and nothing from other types', () => {
    assert.equal(boundaryOf('multipart/form-data; boundary=abc'), 'abc');
    assert.equal(boundaryOf('multipart/form-data; boundary="a b"'), 'a b');
    assert.equal(boundaryOf('application/json'), undefined);
  });

  test('streams a file part and reads a field, whatever their order and however the bytes arrive', async () => {
    const content = 'line 1\r\n--not-the-boundary\r\nline 2';
    const text = `preamble\r\n--XyZ\r\nContent-Disposition: form-data; name="file"; filename="in.jsonl"\r\nContent-Type: application/octet-stream\r\n\r\n${content}\r\n--XyZ\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n--XyZ--\r\n`;
    const seen: Record<string, string> = {};
    for await (const p of readParts(body(text), 'XyZ')) {
      if (p.name === 'file') assert.equal(p.filename, 'in.jsonl');
      seen[p.name] = await readField(p);
    }
    assert.deepEqual(seen, { file: content, purpose: 'batch' });
  });

  test('a body cut off inside a part is an invalid request', async () => {
    await assert.rejects(async () => {
      for await (const p of readParts(body('--b\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc'), 'b')) await readField(p);
    }, (e: any) => /malformed/.test(e.message));
  });
});
