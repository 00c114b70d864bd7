/**
 * A copy of `text` that owns its characters. V8 cuts a substring of 13 characters or
 * more as a view into the string it came from, and the CSV parser cuts every field from
 * the text of a whole piece of the file (about 1 MB). A field kept for the length of
 * the import — a summary line's key, a remembered date or JSON text — would keep its
 * piece alive, and the pieces pinned that way grew with the file (measured: 129 MB of
 * a 137 MB file still held after a forced GC). Call it only where a string is stored.
 *
 * Prepending a character makes a two-part string; slicing that flattens it into a new
 * string of the text's own length, and the view V8 may cut from it keeps only that.
 *
 * @example
 * groups.set(ownedText(key), sums); // the map no longer holds the piece `key` was cut from
 */
export function ownedText(text: string): string {
  return ` ${text}`.slice(1);
}
