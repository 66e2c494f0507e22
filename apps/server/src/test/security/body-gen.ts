import { randomUUID } from 'node:crypto';
import { type JsonSchema, referencedResource } from './openapi-walk.ts';

export interface GenOptions {
  /** The id to put in a field that names another resource (`applicationId` → an application's id). */
  idFor(resource: string): string | undefined;
  /** Fill optional fields too, not only required ones. */
  optional: boolean;
}

/** A field that names another resource by id, found anywhere in a body schema. */
export interface Reference {
  field: string;
  resource: string;
  required: boolean;
}

/** A field whose value the generator cannot make: the message says which and why. */
export class UnfillableField extends Error {}

/**
 * A value valid for `schema`: every required field, with values meeting type, format, enum, bounds and
 * pattern; fields such as `applicationId` get ids from `idFor`.
 *
 * @example generate({ type: 'object', properties: { n: { type: 'integer', minimum: 5 } }, required: ['n'] }, '', opts) // { n: 5 }
 */
export function generate(schema: JsonSchema, name: string, opts: GenOptions): unknown {
  const s = pick(schema);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum.find((v) => v !== '') ?? s.enum[0];
  const resource = referencedResource(name);
  if (resource && isUuid(s.type === 'array' ? pick(s.items ?? {}) : s)) {
    const id = opts.idFor(resource);
    if (id === undefined) throw new UnfillableField(`${name}: no ${resource} to refer to`);
    return s.type === 'array' ? [id] : id;
  }
  switch (typeOf(s)) {
    case 'object':
      return object(s, opts);
    case 'array': {
      const count = Math.max(s.minItems ?? 0, opts.optional ? 1 : 0);
      return Array.from({ length: count }, () => generate(s.items ?? {}, singular(name), opts));
    }
    case 'integer':
    case 'number':
      return number(s);
    case 'boolean':
      return s.default ?? false;
    case 'null':
      return null;
    default:
      return string(s, name);
  }
}

/** Every field of `schema` (at any depth) that names another resource. */
export function referencesIn(schema: JsonSchema | undefined, required = true): Reference[] {
  if (!schema) return [];
  const s = pick(schema);
  const out: Reference[] = [];
  for (const [field, sub] of Object.entries(s.properties ?? {})) {
    const isRequired = required && (s.required ?? []).includes(field);
    const resource = referencedResource(field);
    const p = pick(sub);
    if (resource && isUuid(p.type === 'array' ? pick(p.items ?? {}) : p)) {
      out.push({ field, resource, required: isRequired });
    } else {
      out.push(...referencesIn(p.type === 'array' ? p.items : p, isRequired));
    }
  }
  return out;
}

function object(s: JsonSchema, opts: GenOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const required = new Set(s.required ?? []);
  for (const [field, sub] of Object.entries(s.properties ?? {})) {
    const linkable = referencedResource(field) !== undefined && opts.idFor(referencedResource(field) ?? '');
    if (!required.has(field) && !opts.optional && !linkable) continue;
    try {
      out[field] = generate(sub, field, opts);
    } catch (err) {
      if (required.has(field) || !(err instanceof UnfillableField)) throw err;
    }
  }
  return out;
}

/** The branch to generate from: the first one that is neither `null` nor the "clear it" empty string. */
function pick(schema: JsonSchema): JsonSchema {
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    const useful = branches.find((b) => typeOf(pick(b)) !== 'null' && !(b.enum?.length === 1 && b.enum[0] === ''));
    return pick(useful ?? branches[0] ?? {});
  }
  if (schema.allOf?.length) return Object.assign({}, ...schema.allOf.map(pick), { allOf: undefined });
  return schema;
}

function typeOf(s: JsonSchema): string {
  if (Array.isArray(s.type)) return s.type.find((t) => t !== 'null') ?? 'null';
  if (s.type) return s.type;
  return s.properties ? 'object' : 'string';
}

const isUuid = (s: JsonSchema) => s.format === 'uuid';
const singular = (name: string) => name.replace(/s$/, '');

function number(s: JsonSchema): number {
  if (typeof s.default === 'number') return s.default;
  let value = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
  if (s.maximum !== undefined) value = Math.min(value, s.maximum);
  if (s.exclusiveMaximum !== undefined && value >= s.exclusiveMaximum) value = s.exclusiveMaximum - 1;
  return s.type === 'integer' ? Math.ceil(value) : value;
}

const FORMATS: Record<string, () => string> = {
  uuid: () => randomUUID(),
  date: () => '2031-05-12',
  'date-time': () => '2031-05-12T14:00:00Z',
  email: () => 'person@example.com',
  uri: () => 'https://example.com/page',
  url: () => 'https://example.com/page',
};

/** Values by field name, for strings whose meaning the schema does not carry (zod refinements). */
const BY_NAME: [RegExp, string][] = [
  [/time_?zone/i, 'Europe/Berlin'],
  [/e_?mail/i, 'person@example.com'],
  [/url|link|website/i, 'https://example.com/page'],
  [/phone/i, '+1 555 0100'],
  [/currency/i, 'USD'],
  [/password/i, 'correct-horse-battery'],
  [/token/i, 'not-a-real-token'],
];

const FALLBACKS = ['Sample text', 'USD', 'abc', 'a', '1', '+1 555 0100', 'sample-value'];

function string(s: JsonSchema, name: string): string {
  if (typeof s.default === 'string') return s.default;
  const byFormat = s.format ? FORMATS[s.format] : undefined;
  if (byFormat) return byFormat();
  const byName = BY_NAME.find(([re]) => re.test(name))?.[1];
  const candidates = [...(byName ? [byName] : []), ...FALLBACKS].map((c) => fit(c, s));
  const pattern = s.pattern ? new RegExp(s.pattern, 'u') : undefined;
  const found = candidates.find((c) => !pattern || pattern.test(c));
  if (found === undefined) {
    throw new UnfillableField(`${name}: no sample value matches /${s.pattern}/; add one to body-gen.ts`);
  }
  return found;
}

/** `text` cut to maxLength and padded to minLength. */
function fit(text: string, s: JsonSchema): string {
  const cut = s.maxLength !== undefined ? text.slice(0, s.maxLength) : text;
  return s.minLength !== undefined && cut.length < s.minLength ? cut.padEnd(s.minLength, 'x') : cut;
}
