import type { TimeWindow, Weekday } from '../policy/model.js';

const WEEKDAYS: Record<string, Weekday> = { Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun' };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    // Throws RangeError for an unknown zone: compilePolicy calls this once per window to reject it early.
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: timezone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

export function isValidTimezone(timezone: string): boolean {
  try {
    formatterFor(timezone);
    return true;
  } catch {
    return false;
  }
}

/** Whether `now` falls inside the window, in the window's time zone (UTC by default). Pure. */
export function inWindow(window: TimeWindow, now: Date): boolean {
  const parts = formatterFor(window.timezone ?? 'UTC').formatToParts(now);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  const day = WEEKDAYS[part('weekday')];
  const minutes = Number(part('hour')) * 60 + Number(part('minute'));
  const toMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
  return day !== undefined && window.days.includes(day) && minutes >= toMinutes(window.from) && minutes < toMinutes(window.to);
}

export function inPeriod(period: { from: string; to: string }, now: Date): boolean {
  const time = now.getTime();
  return time >= Date.parse(period.from) && time < Date.parse(period.to);
}

export function describeWindow(window: TimeWindow): string {
  return `${window.days.join(',')} ${window.from}-${window.to} ${window.timezone ?? 'UTC'}`;
}
