/**
 * The month a charge belongs to: the UTC month of its ChargePeriodStart. FOCUS writes
 * date-times in UTC ("2025-05-01T00:00:00Z"); an offset is converted to UTC, and a
 * date-time without one is read as UTC, as FOCUS requires of the value.
 */

// Date, then optionally a time (seconds and fraction optional), then optionally Z or ±hh:mm.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * "YYYY-MM" of the instant, or `null` when the text is not an ISO 8601 date-time
 * (a day/month order cannot be told apart, so other forms are refused, not guessed).
 *
 * @example
 * chargeMonth("2025-05-01T00:00:00Z"); //=> "2025-05"
 * chargeMonth("2025-06-01T01:00:00+02:00"); //=> "2025-05"
 * chargeMonth("01/05/2025"); //=> null
 */
export function chargeMonth(text: string): string | null {
  const match = DATE_TIME.exec(text.trim());
  if (match === null) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0", zone = "Z"] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  const offsetMinutes = zone.toUpperCase() === "Z" ? 0 : zoneMinutes(zone);
  if (offsetMinutes === 0) return `${y}-${mo}`;
  const instant = new Date(Date.UTC(year, month - 1, day, Number(h), Number(mi) - offsetMinutes, Number(s)));
  return `${String(instant.getUTCFullYear()).padStart(4, "0")}-${String(instant.getUTCMonth() + 1).padStart(2, "0")}`;
}

function zoneMinutes(zone: string): number {
  const digits = zone.replace(":", "");
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits[0] === "-" ? -minutes : minutes;
}
