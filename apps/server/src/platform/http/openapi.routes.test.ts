import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';

type Operation = {
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, { format?: string }> } }> };
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string; type?: string } }> }>;
};

describe('OpenAPI document', () => {
  let t: TestApp;
  let paths: Record<string, Record<string, Operation>>;
  let components: { schemas: Record<string, unknown> };
  beforeAll(async () => {
    t = await createTestApp();
    const doc = (await t.app.inject('/api/openapi.json')).json();
    paths = doc.paths;
    components = doc.components;
  });
  afterAll(() => t.close());

  it('answers every operation with 2xx and the one shared error envelope on 4XX and 5XX', () => {
    expect(components.schemas.ErrorEnvelope).toMatchObject({ type: 'object', required: expect.any(Array) });
    const operations = Object.values(paths).flatMap((methods) => Object.values(methods));
    expect(operations.length).toBeGreaterThan(50);
    for (const op of operations) {
      for (const range of ['4XX', '5XX']) {
        expect(op.responses[range]?.content?.['application/json']?.schema).toEqual({
          $ref: '#/components/schemas/ErrorEnvelope',
        });
      }
      expect(Object.keys(op.responses).some((code) => code.startsWith('2'))).toBe(true);
    }
  });

  it('describes each upload as multipart/form-data with a binary file field', () => {
    for (const [path, method] of [
      ['/api/v1/contacts/import', 'post'],
      ['/api/v1/applications/import', 'post'],
      ['/api/v1/applications/import/preview', 'post'],
      ['/api/v1/profile/resume', 'put'],
    ] as const) {
      const body = paths[path]?.[method]?.requestBody?.content;
      expect(body?.['multipart/form-data']?.schema.properties?.file?.format, path).toBe('binary');
    }
    const contacts = paths['/api/v1/contacts/import']?.post?.requestBody?.content;
    expect(Object.keys(contacts ?? {})).toEqual(['multipart/form-data', 'application/json']);
    expect(contacts?.['multipart/form-data']?.schema.properties).toHaveProperty('format');
  });

  it('describes each download by its content types', () => {
    const types = (path: string) => Object.keys(paths[path]?.get?.responses[200]?.content ?? {});
    expect(types('/api/v1/contacts/export')).toEqual(['text/vcard; charset=utf-8', 'text/csv; charset=utf-8']);
    expect(types('/api/v1/applications/export')).toEqual(['text/csv; charset=utf-8']);
    expect(types('/api/v1/export')).toEqual(['application/json; charset=utf-8']);
    expect(types('/api/v1/interviews/calendar.ics')).toEqual(['text/calendar; charset=utf-8']);
    expect(types('/api/v1/calendar/{file}')).toEqual(['text/calendar; charset=utf-8']);
    const resume = paths['/api/v1/users/{id}/resume']?.get?.responses[200]?.content;
    expect(resume?.['application/pdf']?.schema).toEqual({ type: 'string', format: 'binary' });
  });
});
