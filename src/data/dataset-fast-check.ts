/**
 * A quicker yes-or-no answer to "does this value pass the schema unchanged?", built from the zod schema itself
 * so that `schema.ts` stays the only statement of the rules. zod's parse copies every object it checks (to
 * strip unknown keys) and keeps the issues' paths on the way; for 100,000 records that is most of a load's
 * checking time and garbage. Here the containers (objects, arrays, nullables) are walked directly; plain strings,
 * booleans, enums and literals get zod's own type test and their checks run by zod's code; every other schema
 * (numbers, formats, refinements) is run through zod whole; and a value passes only if zod would hand back the same
 * value. Anything else, and anything this walk does not know, gets "no", and the caller asks zod, which then names
 * the problems as it always has.
 */
import type * as z from 'zod/mini';

/** True when the value passes `schema` and zod's result would equal it, so the value can be kept as it is. */
export type FastCheck = (value: unknown) => boolean;

type Schema = z.core.$ZodType;
type Check = z.core.$ZodCheck;
type Payload = z.core.ParsePayload;

const syncContext = { async: false } as const;

/**
 * Builds the quick check for `schema`, or returns null when the schema holds something the walk cannot vouch
 * for (a transform, a default, an object keeping unknown keys): then every value goes to zod.
 */
export function compileFastCheck(schema: Schema): FastCheck | null {
  const def = schema._zod.def;
  switch (def.type) {
    case 'object':
      return compileObject(schema as z.core.$ZodObject);
    case 'array':
      return compileArray(schema as z.core.$ZodArray);
    case 'nullable': {
      const inner = compileFastCheck((schema as z.core.$ZodNullable)._zod.def.innerType);
      return inner && ((value) => value === null || inner(value));
    }
    case 'string':
    case 'number':
    case 'boolean':
    case 'enum':
    case 'literal':
      return compileLeaf(schema);
    default:
      return null;
  }
}

function compileObject(schema: z.core.$ZodObject): FastCheck | null {
  const { shape, catchall } = schema._zod.def;
  if (catchall !== undefined) return null;
  const fields: [key: string, check: FastCheck, optional: boolean][] = [];
  for (const [key, field] of Object.entries(shape)) {
    // An optional field may be absent; present, it is checked as its inner schema. Other ways of being optional
    // (a default fills the value in) change the record: leave such objects to zod.
    const optional = field._zod.optin === 'optional' || field._zod.optout === 'optional';
    if (optional && field._zod.def.type !== 'optional') return null;
    const check = compileFastCheck(optional ? (field as z.core.$ZodOptional)._zod.def.innerType : field);
    if (check === null) return null;
    fields.push([key, check, optional]);
  }
  const checks = ownChecks(schema);
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    let present = 0;
    for (const [key, check, optional] of fields) {
      if (!Object.hasOwn(record, key)) {
        if (optional) continue;
        return false;
      }
      if (!check(record[key])) return false;
      present += 1;
    }
    // Only the schema's keys: zod drops any other, so a value with more would not come back the same.
    let keys = 0;
    for (const key in record) if (Object.hasOwn(record, key)) keys += 1;
    if (keys !== present) return false;
    return passesChecks(checks, value);
  };
}

function compileArray(schema: z.core.$ZodArray): FastCheck | null {
  const element = compileFastCheck(schema._zod.def.element);
  if (element === null) return null;
  const checks = ownChecks(schema);
  return (value) => {
    if (!Array.isArray(value)) return false;
    for (const item of value) if (!element(item)) return false;
    return passesChecks(checks, value);
  };
}

/**
 * A schema without parts. The plain ones (strings, booleans, enums, literals) are tested as zod's own parse tests
 * them, then given their checks (an id's pattern): 100,000 records hold millions of them, and zod's run allocates
 * for each. Any other leaf is run through zod, and passes if zod found nothing and changed nothing.
 */
function compileLeaf(schema: Schema): FastCheck {
  const isType = plainTypeTest(schema);
  if (isType !== null) {
    const checks = ownChecks(schema);
    return (value) => isType(value) && passesChecks(checks, value);
  }
  return (value) => {
    let payload: Payload | Promise<Payload>;
    try {
      payload = schema._zod.run({ value, issues: [] }, syncContext);
    } catch {
      // An asynchronous refinement: zod's own parse reports what it makes of it.
      return false;
    }
    return !(payload instanceof Promise) && payload.issues.length === 0 && Object.is(payload.value, value);
  };
}

/** The type test of zod's parse (`$ZodString` and the rest, in zod's core), or null where there is more to it. */
function plainTypeTest(schema: Schema): ((value: unknown) => boolean) | null {
  // A schema that is itself a check (a format such as `z.iso.date()`, `z.url()`, `z.int()`) runs that check first,
  // and a coercing one changes the value: both go to zod.
  if (schema._zod.traits.has('$ZodCheck')) return null;
  const def = schema._zod.def as { type: string; coerce?: boolean };
  if (def.coerce) return null;
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'enum':
    case 'literal': {
      const values = schema._zod.values as ReadonlySet<unknown> | undefined;
      return values ? (value) => values.has(value) : null;
    }
    default:
      return null;
  }
}

/** The checks attached to a schema (`minLength` on a list, an id's pattern), as zod would run them on a valid value. */
function ownChecks(schema: Schema): Check[] {
  return [...(schema._zod.def.checks ?? [])];
}

// One payload for every check: checks run one at a time, synchronously, and keep nothing of it.
const checkPayload: Payload = { value: undefined, issues: [] };

function passesChecks(checks: readonly Check[], value: unknown): boolean {
  if (checks.length === 0) return true;
  const payload = checkPayload;
  payload.value = value;
  payload.issues.length = 0;
  for (const check of checks) {
    const { when } = check._zod.def;
    if (when && !when(payload)) continue;
    const result = check._zod.check(payload as z.core.ParsePayload<never>) as unknown;
    if (result instanceof Promise || payload.issues.length > 0) return false;
  }
  return Object.is(payload.value, value);
}
