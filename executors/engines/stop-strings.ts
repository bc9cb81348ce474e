// Stop strings in streamed text: text that may still turn into a stop string
// is held back until the next token says whether it does.

/** The length of the longest end of `text` that is the start of some stop string (a proper prefix of it). */
export function stopPrefixAtEnd(text: string, stops: readonly string[]): number {
  let longest = 0;
  for (const stop of stops) {
    for (let n = Math.min(stop.length - 1, text.length); n > longest; n--) {
      if (text.endsWith(stop.slice(0, n))) {
        longest = n;
        break;
      }
    }
  }
  return longest;
}
