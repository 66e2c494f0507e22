import type { AtsFinding } from '@jobpilot/contracts';
import { describe, expect, it } from 'vitest';
import { editorPath, groupFindings, locationLabel, scoreVerdict } from './ats-report';

const finding = (severity: AtsFinding['severity'], code: string, path?: string): AtsFinding => ({
  code,
  severity,
  category: 'bullets',
  message: `${code} message.`,
  where: { section: 'work', entry: 1, ...(path ? { path } : {}) },
});

describe('editorPath', () => {
  it('maps a report path to the field the editor names', () => {
    expect(editorPath('work[1].highlights[2]')).toBe('sections.work.1.highlights.2');
    expect(editorPath('work[0].position')).toBe('sections.work.0.position');
    expect(editorPath('education[3].endDate')).toBe('sections.education.3.endDate');
    expect(editorPath('basics.email')).toBe('basics.text.email');
    expect(editorPath('basics.summary')).toBe('basics.text.summary');
    expect(editorPath('basics.location.city')).toBe('basics.location.city');
    expect(editorPath('basics.profiles[0].url')).toBe('basics.profiles.0.url');
  });

  it('has no field for file facts, kept sections or a malformed path', () => {
    expect(editorPath('file.columnPages')).toBeNull();
    expect(editorPath('publications[0].summary')).toBeNull();
    expect(editorPath(undefined)).toBeNull();
    expect(editorPath('')).toBeNull();
    expect(editorPath('work[1]].name')).toBeNull();
    expect(editorPath('work["x"]')).toBeNull();
  });
});

describe('groupFindings', () => {
  it('groups errors, warnings then tips, keeping the order within a group and leaving out empty groups', () => {
    const findings = [
      finding('info', 'gap'),
      finding('error', 'date-invalid'),
      finding('info', 'full-stop'),
      finding('error', 'bullet-pronoun'),
    ];
    const groups = groupFindings(findings);
    expect(groups.map((g) => g.title)).toEqual(['Errors', 'Tips']);
    expect(groups[0]?.findings.map((f) => f.code)).toEqual(['date-invalid', 'bullet-pronoun']);
    expect(groups[1]?.findings.map((f) => f.code)).toEqual(['gap', 'full-stop']);
    expect(groupFindings([])).toEqual([]);
  });
});

describe('locationLabel', () => {
  it('names the section, the entry and the field for a person', () => {
    expect(locationLabel({ section: 'work', entry: 1, path: 'work[1].highlights[2]' })).toBe(
      'Work experience 2 · Highlights, line 3',
    );
    expect(locationLabel({ section: 'basics', path: 'basics.email' })).toBe('Basics · Email');
    expect(locationLabel({ section: 'file', path: 'file.columnPages' })).toBe('File');
    expect(locationLabel({ section: 'education', entry: 0 })).toBe('Education 1');
  });
});

describe('scoreVerdict', () => {
  it('says what a score means with its colour', () => {
    expect(scoreVerdict(92)).toEqual({ color: 'teal', sentence: 'An ATS will read most of this résumé well.' });
    expect(scoreVerdict(80).color).toBe('teal');
    expect(scoreVerdict(79).color).toBe('yellow');
    expect(scoreVerdict(59).color).toBe('red');
  });
});
