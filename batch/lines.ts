// The lines of a JSONL file as it streams in: only the current line is held,
// so a 200 MB file is read in constant memory (bounded by the longest line).

export type Line =
  | { n: number; text: string }
  /** The line could not be read as text: too long, or not UTF-8. */
  | { n: number; error: 'too_long' | 'not_utf8' };

const NL = 0x0a;

/** The longest input file line a batch may have (a line is one request body); longer ones are `too_long`. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

/** Lines numbered from 1; blank lines are left out (they keep their number). */
export async function* readLines(data: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Uint8Array[] = [];
  let size = 0;
  let n = 0;
  let tooLong = false;
  const end = (): Line | undefined => {
    n++;
    const chunks = parts;
    parts = [];
    const long = tooLong;
    tooLong = false;
    size = 0;
    if (long) return { n, error: 'too_long' };
    let text: string;
    try {
      text = decoder.decode(Buffer.concat(chunks));
    } catch {
      return { n, error: 'not_utf8' };
    }
    if (text.endsWith('\r')) text = text.slice(0, -1);
    return text.trim() === '' ? undefined : { n, text };
  };
  for await (const chunk of data) {
    let from = 0;
    for (let i = chunk.indexOf(NL); i >= 0; i = chunk.indexOf(NL, from)) {
      take(chunk.subarray(from, i));
      const line = end();
      if (line) yield line;
      from = i + 1;
    }
    take(chunk.subarray(from));
  }
  if (size > 0 || tooLong) {
    const line = end();
    if (line) yield line;
  }

  function take(piece: Uint8Array): void {
    if (piece.length === 0 || tooLong) return;
    size += piece.length;
    if (size > maxLineBytes) {
      tooLong = true;
      parts = [];
      return;
    }
    parts.push(piece);
  }
}
