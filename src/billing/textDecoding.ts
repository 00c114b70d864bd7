/**
 * Bytes of an export in, text out, piece by piece. The encoding is read from the
 * byte-order mark: UTF-16 when a UTF-16 mark opens the file (some Windows tools save
 * CSV that way), UTF-8 otherwise (FOCUS exports are UTF-8, with or without a mark).
 * The mark itself is dropped. A character split across two pieces is kept whole.
 */
export class TextDecoding {
  private decoder: TextDecoder | null = null;
  private head = new Uint8Array(0);

  /** Decodes the next piece; text may lag by up to three bytes until the next one. */
  push(bytes: Uint8Array): string {
    if (this.decoder === null) {
      // Two bytes are enough to tell; wait for them if the first piece is tinier.
      const joined = new Uint8Array(this.head.length + bytes.length);
      joined.set(this.head);
      joined.set(bytes, this.head.length);
      if (joined.length < 2) {
        this.head = joined;
        return "";
      }
      this.decoder = new TextDecoder(encodingOf(joined));
      return this.decoder.decode(joined, { stream: true });
    }
    return this.decoder.decode(bytes, { stream: true });
  }

  /** Ends the text; a truncated character at the very end becomes U+FFFD. */
  end(): string {
    if (this.decoder === null) return new TextDecoder("utf-8").decode(this.head);
    return this.decoder.decode();
  }
}

function encodingOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}
