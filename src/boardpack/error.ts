/** Thrown when a board-pack step cannot be done; the message says what to do. */
export class BoardPackError extends Error {}
