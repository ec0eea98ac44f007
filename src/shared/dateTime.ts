/**
 * Parses the DateTime inputs the API accepts: an RFC 3339 date-time with a zone (`2022-11-21T12:00:00Z`,
 * `2022-11-21T14:00:00+02:00`) or a bare date (`2022-11-21`, read as midnight UTC). Returns the instant
 * as a UTC ISO string, or undefined when the text is not one of those shapes or not a real date.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?([Zz]|[+-]\d{2}:\d{2}))?$/;

export function parseDateTime(text: string): string | undefined {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, , zone] = m;
  if (h !== undefined && zone === undefined) return undefined;
  // Reject dates that Date would roll over (2022-02-30 -> March 2).
  const probe = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (probe.getUTCFullYear() !== Number(y) || probe.getUTCMonth() !== Number(mo) - 1 || probe.getUTCDate() !== Number(d)) {
    return undefined;
  }
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59)) return undefined;
  const instant = new Date(h === undefined ? `${y}-${mo}-${d}T00:00:00Z` : text.trim());
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
}
