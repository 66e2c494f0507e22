import { describe, expect, it } from 'vitest';
import { generate, referencesIn, UnfillableField } from './body-gen.ts';
import type { JsonSchema } from './openapi-walk.ts';
import { paramResources, referencedResource } from './openapi-walk.ts';

const none = { idFor: () => undefined, optional: false };

describe('body generator for the OpenAPI suites', () => {
  it('meets type, enum, bounds and pattern, skipping null and "clear it" branches', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        name: { type: 'string', minLength: 3, maxLength: 5 },
        currency: { anyOf: [{ type: 'string', pattern: '^[A-Za-z]{3}$' }, { type: 'null' }] },
        url: {
          anyOf: [{ anyOf: [{ type: 'string', format: 'uri' }, { type: 'null' }] }, { type: 'string', enum: [''] }],
        },
        minutes: { type: 'integer', minimum: 5, maximum: 1440 },
        kind: { type: 'string', enum: ['phone', 'onsite'] },
        skipped: { type: 'string' },
      },
      required: ['name', 'currency', 'url', 'minutes', 'kind'],
    };
    expect(generate(schema, '', none)).toEqual({
      name: 'Sampl',
      currency: 'USD',
      url: 'https://example.com/page',
      minutes: 5,
      kind: 'phone',
    });
  });

  it('fills fields that name another resource with its id, and says when there is none', () => {
    const uuid: JsonSchema = { type: 'string', format: 'uuid' };
    const schema: JsonSchema = {
      type: 'object',
      properties: { applicationId: uuid, contactIds: { type: 'array', items: uuid } },
      required: ['applicationId'],
    };
    const ids: Record<string, string> = { applications: 'app-1', contacts: 'contact-1' };
    expect(generate(schema, '', { idFor: (r) => ids[r], optional: false })).toEqual({
      applicationId: 'app-1',
      contactIds: ['contact-1'],
    });
    expect(() => generate(schema, '', none)).toThrow(UnfillableField);
    expect(referencesIn(schema)).toEqual([
      { field: 'applicationId', resource: 'applications', required: true },
      { field: 'contactIds', resource: 'contacts', required: false },
    ]);
  });

  it('names the resource behind each path parameter and body field', () => {
    expect(paramResources('/api/v1/applications/{id}/tasks/{taskId}')).toEqual({ id: 'applications', taskId: 'tasks' });
    expect(referencedResource('companyId')).toBe('companies');
    expect(referencedResource('company')).toBeUndefined();
  });
});
