/**
 * Options that weaken verification or signing (`ignoreExpiration: true`, hono's
 * `verification: { exp: false }`, a huge `clockTolerance`, `allowInsecureKeySizes: true`), read
 * from the models' weakening flags. Only values the engine can resolve count: a flag computed at
 * runtime is "can't tell" and never reported.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '../ast-utils.js';
import type { Place, WeakeningFlag } from '../libraries/index.js';
import type { JwtFile } from './file.js';
import { lookupPlace } from './options.js';
import { removeItemFix } from './removal.js';

export type WeakeningEffect = WeakeningFlag['effect'];

export interface Weakening {
  /** The value that sets the option, where a report goes. */
  readonly node: TSESTree.Node;
  /** The API, for messages: `jsonwebtoken.verify()`. */
  readonly api: string;
  readonly effect: WeakeningEffect;
  /** The option as users write it: `ignoreExpiration`, `verification.exp`, `verifyOptions.clockTolerance`. */
  readonly option: string;
  /** For `clock-tolerance`: the tolerance in seconds. */
  readonly seconds?: number;
  /** The edit that deletes the option from the object literal that sets it, when there is one. */
  readonly remove?: TSESLint.ReportFixFunction;
}

/** A place as users write it: `verifyOptions.ignoreExpiration`, or `argument 3`. */
function optionName(place: Place): string {
  const path = (place.path ?? []).filter((step) => step !== '()');
  return path.length > 0 ? path.join('.') : `argument ${place.arg + 1}`;
}

const UNIT_SECONDS: Readonly<Record<string, number>> = {
  ms: 0.001,
  msec: 0.001,
  msecs: 0.001,
  millisecond: 0.001,
  milliseconds: 0.001,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86_400,
  day: 86_400,
  days: 86_400,
  w: 604_800,
  week: 604_800,
  weeks: 604_800,
  y: 31_557_600,
  yr: 31_557_600,
  yrs: 31_557_600,
  year: 31_557_600,
  years: 31_557_600,
};

/** A duration as the libraries write it (`'30s'`, `'2 minutes'`, `'1h'`), in seconds; a bare number string is seconds. */
function durationSeconds(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/iu.exec(text);
  if (!match) return undefined;
  const factor = match[2] ? UNIT_SECONDS[match[2].toLowerCase()] : 1;
  return factor === undefined ? undefined : Number(match[1]) * factor;
}

/** A tolerance in seconds: a number in the flag's unit, or a duration string. */
function toleranceSeconds(value: unknown, unit: WeakeningFlag['unit']): number | undefined {
  if (typeof value === 'number' && !Number.isNaN(value)) return unit === 'milliseconds' ? value / 1000 : value;
  return typeof value === 'string' ? durationSeconds(value) : undefined;
}

/** The object-literal property whose value is `node`, if the option is written that way. */
function propertyOf(node: TSESTree.Node): TSESTree.Property | undefined {
  const parent = node.parent;
  return parent?.type === 'Property' && parent.value === node && parent.kind === 'init' && parent.parent.type === 'ObjectExpression'
    ? parent
    : undefined;
}

/**
 * Every weakening option in force in the file, for the given effects, once per value: a boolean
 * flag set to the value that turns its check off, or a clock tolerance (with its seconds).
 */
export function weakeningsOf(file: JwtFile, effects: readonly WeakeningEffect[]): Weakening[] {
  const { sourceCode } = file;
  const found = new Map<string, Weakening>();
  for (const site of file.sites) {
    for (const flag of site.model.weakening ?? []) {
      if (!effects.includes(flag.effect)) continue;
      const lookup = lookupPlace(sourceCode, site.args, flag.place);
      if (lookup.status !== 'present') continue;
      const evaluated = ASTUtils.staticValue(sourceCode, lookup.value);
      if (!evaluated) continue;
      const key = `${lookup.value.range[0]}:${flag.effect}`;
      if (found.has(key)) continue;
      const base = { node: lookup.value, api: site.model.api, effect: flag.effect, option: optionName(flag.place) };
      if (flag.effect === 'clock-tolerance') {
        const seconds = toleranceSeconds(evaluated.value, flag.unit);
        if (seconds !== undefined) found.set(key, { ...base, seconds });
        continue;
      }
      if (Boolean(evaluated.value) !== (flag.disabledWhen ?? true)) continue;
      const property = propertyOf(lookup.value);
      const remove = property && property.parent.type === 'ObjectExpression' ? removeItemFix(sourceCode, property.parent, property) : undefined;
      found.set(key, { ...base, ...(remove ? { remove } : {}) });
    }
  }
  return [...found.values()].sort((a, b) => a.node.range[0] - b.node.range[0]);
}
