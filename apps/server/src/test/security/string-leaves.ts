import type { JsonSchema } from './openapi-walk.ts';

/** A string anywhere in a body schema: where it sits (`['phones', 0]`) and its own schema. */
export interface StringLeaf {
  path: (string | number)[];
  schema: JsonSchema;
}

/**
 * Every string a body may hold, through objects, arrays (as their first item) and every branch of
 * `anyOf` / `oneOf` / `allOf`; ids (`format: uuid`) and enums are left out, their checks are not text.
 *
 * @example stringLeaves({ properties: { phones: { type: 'array', items: { type: 'string' } } } }) // [{ path: ['phones', 0], … }]
 */
export function stringLeaves(schema: JsonSchema | undefined, path: (string | number)[] = []): StringLeaf[] {
  if (!schema) return [];
  const branches = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  const out = branches.flatMap((b) => stringLeaves(b, path));
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (schema.properties) {
    for (const [field, sub] of Object.entries(schema.properties)) out.push(...stringLeaves(sub, [...path, field]));
  }
  if (types.includes('array')) out.push(...stringLeaves(schema.items, [...path, 0]));
  if (types.includes('string') && !schema.enum && schema.const === undefined && schema.format !== 'uuid') {
    out.push({ path, schema });
  }
  const seen = new Set<string>();
  return out.filter((leaf) => {
    const id = `${JSON.stringify(leaf.path)} ${leaf.schema.pattern ?? ''}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** A copy of `body` with `value` at `path`, making the objects and arrays on the way when missing. */
export function withValueAt(body: unknown, path: (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (typeof head === 'number') {
    const list = Array.isArray(body) ? [...body] : [];
    list[head] = withValueAt(list[head], rest, value);
    return list;
  }
  const object = body && typeof body === 'object' && !Array.isArray(body) ? { ...body } : {};
  return { ...object, [head]: withValueAt((object as Record<string, unknown>)[head], rest, value) };
}
