/**
 * Waiver dates as people write them: a calendar date (`2027-03-31`, the whole
 * day in the policy's time zone) or a timestamp with its zone
 * (`2027-03-31T17:00:00+02:00`, that instant). A timestamp without a zone
 * never reaches here: the schema refuses it (whose 17:00?). Pure.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  return CALENDAR_DATE.test(value);
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** When a waiver starts to count: a calendar date's first instant in `zone`, or the timestamp. */
export function startInstant(value: string, zone: string): number {
  const date = CALENDAR_DATE.exec(value);
  return date ? midnightIn(zone, Number(date[1]), Number(date[2]), Number(date[3])) : Date.parse(value);
}

/** When a waiver stops applying: the end of a calendar date (the next day's midnight in `zone`), or the timestamp. */
export function endInstant(value: string, zone: string): number {
  const date = CALENDAR_DATE.exec(value);
  // Date.UTC rolls day 32 into the next month and Feb 29 + 1 into March 1, leap years included.
  return date ? midnightIn(zone, Number(date[1]), Number(date[2]), Number(date[3]) + 1) : Date.parse(value);
}

/**
 * Lifetime in days. Two calendar dates count calendar days (created
 * 2027-01-01, expires 2027-03-31: 90 days, whatever daylight saving did in
 * between); otherwise the time between the two instants.
 */
export function lifetimeDays(created: string, expires: string, zone: string): number {
  const from = CALENDAR_DATE.exec(created);
  const to = CALENDAR_DATE.exec(expires);
  if (from && to) return (Date.UTC(+to[1]!, +to[2]! - 1, +to[3]! + 1) - Date.UTC(+from[1]!, +from[2]! - 1, +from[3]!)) / DAY_MS;
  return (endInstant(expires, zone) - startInstant(created, zone)) / DAY_MS;
}

/** `3 days`, `5 hours`, `12 minutes`, `less than a minute`: how long ago or how soon, for warnings. */
export function describeSpan(ms: number): string {
  const span = Math.abs(ms);
  const unit = (value: number, name: string) => `${value} ${name}${value === 1 ? '' : 's'}`;
  if (span >= DAY_MS) return unit(Math.floor(span / DAY_MS), 'day');
  if (span >= 3_600_000) return unit(Math.floor(span / 3_600_000), 'hour');
  if (span >= 60_000) return unit(Math.floor(span / 60_000), 'minute');
  return 'less than a minute';
}

export { DAY_MS };

/** The instant a calendar day starts in `zone` (day may overflow the month; Date.UTC normalises it). */
function midnightIn(zone: string, year: number, month: number, day: number): number {
  const wall = Date.UTC(year, month - 1, day);
  // The zone's offset at the guess, then again at the corrected instant: right across a DST change.
  let instant = wall - offsetAt(zone, wall);
  instant = wall - offsetAt(zone, instant);
  return instant;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at `instant`, in ms (positive east of Greenwich). */
function offsetAt(zone: string, instant: number): number {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(zone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(instant))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return asUtc - Math.floor(instant / 1000) * 1000;
}
