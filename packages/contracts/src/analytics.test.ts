import { describe, expect, it } from 'vitest';
import {
  checkAnalyticsRange,
  defaultAnalyticsRange,
  locationBucket,
  normaliseTitle,
  type TitleFamily,
  titleFamily,
} from './analytics.js';

describe('normaliseTitle', () => {
  it('folds case and accents and turns punctuation into single spaces', () => {
    expect(normaliseTitle('  Sr. Front-End Engineer (React) ')).toBe('sr. front end engineer react');
    expect(normaliseTitle('Développeur Back-End — Node.js')).toBe('developpeur back end node.js');
    expect(normaliseTitle('UI/UX Designer, C# & C++')).toBe('ui/ux designer c# c++');
  });
});

describe('titleFamily', () => {
  const examples: [string, TitleFamily][] = [
    ['Frontend Engineer', 'Frontend'],
    ['Senior Front-End Developer', 'Frontend'],
    ['front end engineer', 'Frontend'],
    ['React Developer', 'Frontend'],
    ['UI Engineer', 'Frontend'],
    ['JavaScript Developer', 'Frontend'],
    ['Backend Engineer', 'Backend'],
    ['Back-End Developer (Node.js)', 'Backend'],
    ['Java Developer', 'Backend'],
    ['Golang Engineer', 'Backend'],
    ['API Engineer', 'Backend'],
    ['.NET Developer', 'Backend'],
    ['Site Reliability Engineer', 'DevOps'],
    ['SRE', 'DevOps'],
    ['DevOps Engineer', 'DevOps'],
    ['Platform Engineer', 'DevOps'],
    ['Cloud Infrastructure Engineer', 'DevOps'],
    ['Data Engineer', 'Data'],
    ['Data Platform Engineer', 'Data'],
    ['Machine Learning Engineer', 'Data'],
    ['ML Engineer', 'Data'],
    ['Data Scientist', 'Data'],
    ['Product Designer', 'Design'],
    ['UX Researcher', 'Design'],
    ['UI/UX Designer', 'Design'],
    ['Product Manager', 'Product'],
    ['Product Manager, API Platform', 'Product'],
    ['Technical PM', 'Product'],
    ['Full-Stack Developer', 'Full-stack'],
    ['Fullstack Engineer (React/Node)', 'Full-stack'],
    ['Mobile Developer (iOS)', 'Mobile'],
    ['Android Engineer', 'Mobile'],
    ['React Native Developer', 'Mobile'],
    ['Engineering Manager', 'Other'],
    ['Senior Software Engineer', 'Other'],
    ['Go-to-market Manager', 'Other'],
    ['Database Administrator', 'Other'],
  ];
  it.each(examples)('%s → %s', (title, family) => {
    expect(titleFamily(title)).toBe(family);
  });

  it('matches whole words only ("java" is not "javascript", "pm" is not "pmo")', () => {
    expect(titleFamily('Javascript Engineer')).toBe('Frontend');
    expect(titleFamily('PMO Lead')).toBe('Other');
    expect(titleFamily('Maintainer')).toBe('Other');
  });
});

describe('locationBucket', () => {
  it('counts every mention of remote work as Remote', () => {
    for (const location of ['Remote', 'remote (EU)', 'Berlin or Remote', 'Anywhere', 'Home-based', 'WFH']) {
      expect(locationBucket(location)).toEqual({ key: 'remote', label: 'Remote', kind: 'remote' });
    }
  });

  it('uses the first comma-separated part, case folded, without work-mode words', () => {
    expect(locationBucket('New York, NY')).toEqual({ key: 'new york', label: 'New York', kind: 'place' });
    expect(locationBucket('  berlin , Germany')).toEqual({ key: 'berlin', label: 'Berlin', kind: 'place' });
    expect(locationBucket('BERLIN (Hybrid)')).toEqual({ key: 'berlin', label: 'Berlin', kind: 'place' });
    expect(locationBucket('Hybrid - London')).toEqual({ key: 'london', label: 'London', kind: 'place' });
    expect(locationBucket('São Paulo, Brazil').label).toBe('São Paulo');
  });

  it('puts empty locations under Not specified', () => {
    for (const location of [null, '', '   ', '(hybrid)']) {
      expect(locationBucket(location)).toEqual({ key: '', label: 'Not specified', kind: 'unset' });
    }
  });
});

describe('analytics range', () => {
  it('defaults to 12 whole calendar months ending today', () => {
    expect(defaultAnalyticsRange('2026-03-15')).toEqual({ from: '2025-04-01', to: '2026-03-15' });
    expect(defaultAnalyticsRange('2026-12-31')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(defaultAnalyticsRange('2026-01-01')).toEqual({ from: '2025-02-01', to: '2026-01-01' });
  });

  it('rejects a start after the end and ranges of 5 years or more', () => {
    expect(checkAnalyticsRange('2026-01-01', '2026-01-01')).toBeNull();
    expect(checkAnalyticsRange('2021-01-02', '2026-01-01')).toBeNull();
    expect(checkAnalyticsRange('2026-02-01', '2026-01-31')).toMatchObject({ field: 'from' });
    expect(checkAnalyticsRange('2021-01-01', '2026-01-01')).toEqual({
      field: 'to',
      message: 'Choose a range of at most 5 years',
    });
  });
});
