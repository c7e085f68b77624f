/**
 * Lifetimes as code writes them: `ms`-style strings (`'1h'`, `'7 days'`, `'3600'`) and numbers in a
 * unit. jsonwebtoken (through `ms`), fast-jwt and @fastify/jwt (through @lukeed/ms) and jose all
 * accept these spellings; a year is 365.25 days in all of them.
 */

const SECOND = 1;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const UNITS: readonly (readonly [RegExp, number])[] = [
  [/^(?:milliseconds?|msecs?|ms)$/u, 0.001],
  [/^(?:seconds?|secs?|s)$/u, SECOND],
  [/^(?:minutes?|mins?|m)$/u, MINUTE],
  [/^(?:hours?|hrs?|h)$/u, HOUR],
  [/^(?:days?|d)$/u, DAY],
  [/^(?:weeks?|wks?|w)$/u, 7 * DAY],
  [/^(?:years?|yrs?|y)$/u, 365.25 * DAY],
];

const DURATION = /^\s*\+?\s*(\d+(?:\.\d+)?|\.\d+) *([a-z]*)(?: from now)?\s*$/u;

/** A numeric string without a unit: `'3600'`, `'1.5'`. */
export function isUnitlessNumber(text: string): boolean {
  return /^\s*(?:\d+(?:\.\d+)?|\.\d+)\s*$/u.test(text);
}

/**
 * The number of seconds a duration string spells, or `undefined` when it is not one. `unitless`
 * says what a bare number means to the API that reads it (`undefined`: the API rejects it).
 */
export function durationSeconds(text: string, unitless?: 'seconds' | 'milliseconds'): number | undefined {
  const match = DURATION.exec(text.toLowerCase());
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = match[2] ?? '';
  if (unit === '') return unitless === undefined ? undefined : unitless === 'seconds' ? amount : amount / 1000;
  const factor = UNITS.find(([pattern]) => pattern.test(unit))?.[1];
  return factor === undefined ? undefined : amount * factor;
}

/** A lifetime for messages: `30 days`, `12 hours`, `45 minutes`, `20 seconds`. */
export function describeSeconds(seconds: number): string {
  const pick = (size: number, name: string): string | undefined => {
    if (seconds < size) return undefined;
    const count = Math.round((seconds / size) * 10) / 10;
    return `${count} ${name}${count === 1 ? '' : 's'}`;
  };
  return pick(365.25 * DAY, 'year') ?? pick(DAY, 'day') ?? pick(HOUR, 'hour') ?? pick(MINUTE, 'minute') ?? `${seconds} seconds`;
}
