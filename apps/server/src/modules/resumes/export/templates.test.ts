import { describe, expect, it } from 'vitest';
import { AppError } from '#platform/errors.ts';
import { RESUME_TEMPLATES, resumeTemplate } from './templates.ts';

describe('resume templates', () => {
  it('takes a known name, defaults to classic and refuses others with a sentence', () => {
    expect(RESUME_TEMPLATES).toEqual(['classic', 'modern', 'compact']);
    expect(resumeTemplate('modern')).toBe('modern');
    expect(resumeTemplate(undefined)).toBe('classic');
    expect(resumeTemplate('')).toBe('classic');
    expect(() => resumeTemplate('fancy')).toThrow(AppError);
    expect(() => resumeTemplate('fancy')).toThrow(
      'There is no résumé template called "fancy". Choose one of: classic, modern, compact.',
    );
  });
});
