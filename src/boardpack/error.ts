/** Thrown when a board-pack step cannot be done; the message says what to do. */
export class BoardPackError extends Error {}

/**
 * Thrown when Excel refused an in-place refresh part-way: the sheet may be part-written,
 * and running the same refresh again puts it in its complete state (the pane offers that
 * as one button).
 */
export class PartWrittenError extends BoardPackError {
  constructor(
    message: string,
    readonly sheet: string,
  ) {
    super(message);
  }
}
