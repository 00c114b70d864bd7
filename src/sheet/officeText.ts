/**
 * Text as Office.js must be given it so it stays text: a leading =, +, - or @ would
 * make a formula, and digits would make a number, so such text gets Excel's quote prefix.
 */
export function officeText(text: string): string {
  return /^[=+\-@']/.test(text) || (text.trim() !== "" && !Number.isNaN(Number(text))) ? `'${text}` : text;
}
