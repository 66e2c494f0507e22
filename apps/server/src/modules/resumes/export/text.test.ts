import { resumeDocumentSchema } from '@jobpilot/contracts';
import { describe, expect, it } from 'vitest';
import { sampleResume } from './sample.test-helper.ts';
import { JSON_RESUME_SCHEMA_URL, renderJsonResume, renderMarkdown, renderText } from './text.ts';

describe('markdown export', () => {
  it('prints the name, sections as ## headings, entries with dates and bullets', () => {
    const md = renderMarkdown(sampleResume());
    expect(md.startsWith('# Richard Hendriks\n\n**Programmer**\n')).toBe(true);
    expect(md).toContain('\n## Experience\n\n### CEO/President \\| Pied Piper — Dec 2013 – Dec 2014\n');
    expect(md).toContain('\n- Successfully won Techcrunch Disrupt\n');
    expect(md).toContain('\n## Education\n\n### University of Oklahoma — Jun 2011 – Jan 2014\n');
    expect(md).toContain('\n## Skills\n\n- Web Development (Master): HTML, CSS, Javascript\n');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('escapes Markdown characters in what the person wrote', () => {
    const md = renderMarkdown({
      basics: { name: 'Ada *Countess* Lovelace' },
      work: [{ highlights: ['# not a heading'] }],
    });
    expect(md).toContain('# Ada \\*Countess\\* Lovelace');
    expect(md).toContain('- \\# not a heading');
  });
});

describe('plain-text export', () => {
  it('prints headings in capitals, dates on the title line and • bullets', () => {
    const text = renderText(sampleResume());
    const lines = text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Richard Hendriks', 'Programmer']);
    expect(lines).toContain('EXPERIENCE');
    expect(lines).toContain('CEO/President | Pied Piper  Dec 2013 – Dec 2014');
    expect(lines).toContain('• Successfully won Techcrunch Disrupt');
    expect(lines).toContain('University of Oklahoma  Jun 2011 – Jan 2014');
    expect(lines).toContain('Bachelor in Information Technology | GPA: 4.0 | https://www.ou.edu/');
  });
});

describe('JSON Resume export', () => {
  it('is the validated document with the schema URL, and reads back equal', () => {
    const doc = sampleResume();
    const json = JSON.parse(renderJsonResume(doc));
    expect(json.$schema).toBe(JSON_RESUME_SCHEMA_URL);
    expect(Object.keys(json)[0]).toBe('$schema');
    const { $schema: _, ...rest } = json;
    expect(resumeDocumentSchema.parse(rest)).toEqual(doc);
  });

  it('drops keys the schema does not know', () => {
    const json = JSON.parse(renderJsonResume({ basics: { name: 'Ada', secret: 'x' } } as never));
    expect(json).toEqual({ $schema: JSON_RESUME_SCHEMA_URL, basics: { name: 'Ada' } });
  });
});
