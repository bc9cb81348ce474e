// Cuts streamed text into pieces worth speaking: text-to-speech starts on
// the first sentence or clause instead of waiting for the whole reply. A
// piece ends at . ! ? ; : or a newline followed by a space (or at a comma
// once it is long enough to be a clause); very long runs are cut at a space.

const SENTENCE_END = /[.!?;:\n]["')\]]*\s/;
const CLAUSE_END = /,\s/;
const MIN_CLAUSE = 24;
const MAX_PIECE = 200;

export class SentenceSplitter {
  private buf = '';

  /** Pieces complete after adding `text`. */
  push(text: string): string[] {
    this.buf += text;
    const out: string[] = [];
    for (;;) {
      const cut = this.nextCut();
      if (cut <= 0) break;
      const piece = this.buf.slice(0, cut).trim();
      this.buf = this.buf.slice(cut);
      if (piece) out.push(piece);
    }
    return out;
  }

  /** What is left (the end of the reply). */
  end(): string[] {
    const rest = this.buf.trim();
    this.buf = '';
    return rest ? [rest] : [];
  }

  private nextCut(): number {
    const s = SENTENCE_END.exec(this.buf);
    if (s) return s.index + s[0].length;
    const c = CLAUSE_END.exec(this.buf.slice(MIN_CLAUSE));
    if (c) return MIN_CLAUSE + c.index + c[0].length;
    if (this.buf.length > MAX_PIECE) {
      const space = this.buf.lastIndexOf(' ', MAX_PIECE);
      return space > 0 ? space + 1 : MAX_PIECE;
    }
    return 0;
  }
}
