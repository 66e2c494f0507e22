import { readdirSync, readFileSync } from 'node:fs';
import { contactInputSchema } from '@jobpilot/contracts';
import { describe, expect, it } from 'vitest';
import { type RawContact, toDraft } from './contact-draft.ts';
import { decodeText } from './contact-import.service.ts';
import { cardToRaw } from './vcard-map.ts';
import { parseVcards } from './vcard-parse.ts';

const raw = (overrides: Partial<RawContact>): RawContact => ({
  name: null,
  position: null,
  company: null,
  emails: [],
  phones: [],
  links: [],
  notes: null,
  ...overrides,
});

const fixtures = readdirSync(new URL('./fixtures/', import.meta.url)).filter((f) => f.endsWith('.vcf'));

/**
 * `toDraft` checks each field on its own and does not run `contactInputSchema` over the whole contact
 * (it doubled the cost of an import); these hold that a valid draft is exactly what the schema returns.
 */
describe('a valid draft is what the contact schema returns', () => {
  it.each(fixtures)('for every card of %s', (name) => {
    const text = decodeText(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
    const results = parseVcards(text).map((card) => toDraft(cardToRaw(card)));
    expect(results.filter((r) => !r.error).length).toBeGreaterThan(0);
    for (const result of results.filter((r) => !r.error)) {
      expect(contactInputSchema.parse(result.draft)).toEqual(result.draft);
    }
  });

  it('when shortening cuts text just before a space', () => {
    const result = toDraft(
      raw({
        name: `${'a'.repeat(199)} b`,
        company: `${'c'.repeat(199)} d`,
        position: `${'p'.repeat(199)}\te`,
        notes: `${'n'.repeat(19_999)} end`,
        emails: ['Ann@Example.com', 'ann@example.com', 'not an address'],
        links: ['www.acme.example', 'https://acme.example/x'],
      }),
    );
    expect(result.error).toBeNull();
    expect(result.draft).toEqual(contactInputSchema.parse(result.draft));
    expect(result.draft).toMatchObject({
      name: 'a'.repeat(199),
      company: 'c'.repeat(199),
      position: 'p'.repeat(199),
      notes: 'n'.repeat(19_999),
      emails: ['ann@example.com'],
      links: ['https://www.acme.example', 'https://acme.example/x'],
    });
    expect(result.warnings).toContain('Shortened the name to 200 characters');
  });
});
