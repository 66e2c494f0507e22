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

  // A role word anywhere in the title beats every technology word, whatever family the technology belongs to.
  const roleBeforeTechnology: [string, TitleFamily][] = [
    ['Backend Web Developer', 'Backend'],
    ['JavaScript Backend Engineer', 'Backend'],
    ['Senior Backend Engineer, Platform', 'Backend'],
    ['Software Engineer, Backend (Data)', 'Backend'],
    ['Backend Engineer (Kubernetes, AWS Cloud)', 'Backend'],
    ['Frontend Engineer (React/Node)', 'Frontend'],
    ['Front-End Developer, Data Visualisation', 'Frontend'],
    ['Frontend Engineer, Design Systems', 'Frontend'],
    ['Full Stack Engineer (React, Java)', 'Full-stack'],
    ['Data Engineer (Java, Kubernetes)', 'Data'],
    ['Machine Learning Engineer, Platform', 'Data'],
    ['DevOps Engineer (Java)', 'DevOps'],
    ['iOS Engineer', 'Mobile'],
    ['Android Developer (Kotlin, Java)', 'Mobile'],
    ['Web Designer', 'Design'],
    ['Product Designer', 'Design'],
    ['Technical Product Manager', 'Product'],
    ['Product Owner, Data Platform', 'Product'],
  ];
  it.each(roleBeforeTechnology)('role words first: %s → %s', (title, family) => {
    expect(titleFamily(title)).toBe(family);
  });

  // Without a role word, technology words decide, in rule order.
  const technologyOnly: [string, TitleFamily][] = [
    ['Platform Engineer', 'DevOps'],
    ['Kubernetes Engineer', 'DevOps'],
    ['Data Platform Engineer', 'Data'],
    ['SQL Developer', 'Data'],
    ['Analytics Lead', 'Data'],
    ['Node.js Developer', 'Backend'],
    ['Ruby on Rails Developer', 'Backend'],
    ['Vue Developer', 'Frontend'],
    ['Flutter Developer', 'Mobile'],
    ['Design Systems Lead', 'Design'],
  ];
  it.each(technologyOnly)('then technology words: %s → %s', (title, family) => {
    expect(titleFamily(title)).toBe(family);
  });

  it('matches whole words only ("java" is not "javascript", "pm" is not "pmo")', () => {
    expect(titleFamily('Javascript Engineer')).toBe('Frontend');
    expect(titleFamily('PMO Lead')).toBe('Other');
    expect(titleFamily('Maintainer')).toBe('Other');
  });
});

describe('locationBucket', () => {
  const remote = { key: 'remote', label: 'Remote', kind: 'remote' };
  const place = (label: string) => ({ key: label.toLowerCase(), label, kind: 'place' });

  it('counts every mention of remote work as Remote', () => {
    for (const location of [
      'Remote',
      'remote (EU)',
      'Berlin or Remote',
      'Anywhere',
      'Home-based',
      'home based',
      'Home office',
      'Homeoffice, Germany',
      'Munich (home-office possible)',
      'Work from home',
      'work-from-home',
      'Working from home',
      'WFH',
      'Distributed team',
    ]) {
      expect(locationBucket(location), location).toEqual(remote);
    }
  });

  it('uses the first part, case folded, without work-mode words', () => {
    expect(locationBucket('New York, NY')).toEqual(place('New York'));
    expect(locationBucket('  berlin , Germany')).toEqual(place('Berlin'));
    expect(locationBucket('BERLIN (Hybrid)')).toEqual(place('Berlin'));
    expect(locationBucket('Hybrid - London')).toEqual(place('London'));
    expect(locationBucket('São Paulo, Brazil').label).toBe('São Paulo');
    expect(locationBucket('Sa\u0303o Paulo')).toEqual(locationBucket('São Paulo'));
  });

  it('skips parts that are empty once work-mode words are dropped', () => {
    for (const location of [
      'On-site, Munich',
      'Onsite, Munich, Germany',
      'on site; Munich',
      'Hybrid, Munich',
      'Hybrid (Munich)',
      'In office | Munich',
      'In-person, Munich',
      'Office-based, Munich',
      'Fully on-site, Munich',
      ', Munich',
      'Munich (Hybrid, 3 days a week)',
    ]) {
      expect(locationBucket(location), location).toEqual(place('Munich'));
    }
  });

  it('keeps abbreviations written in 2–4 capitals as written', () => {
    expect(locationBucket('US')).toEqual({ key: 'us', label: 'US', kind: 'place' });
    expect(locationBucket('NYC')).toEqual({ key: 'nyc', label: 'NYC', kind: 'place' });
    expect(locationBucket('NYC, NY')).toEqual({ key: 'nyc', label: 'NYC', kind: 'place' });
    expect(locationBucket('On-site, UK')).toEqual({ key: 'uk', label: 'UK', kind: 'place' });
    expect(locationBucket('Washington DC')).toEqual({ key: 'washington dc', label: 'Washington DC', kind: 'place' });
    expect(locationBucket('Washington, D.C.')).toEqual(place('Washington'));
    expect(locationBucket('D.C.')).toEqual({ key: 'd.c.', label: 'D.C.', kind: 'place' });
    // Lower case is not an abbreviation; it groups with the capitals all the same.
    expect(locationBucket('nyc')).toEqual({ key: 'nyc', label: 'Nyc', kind: 'place' });
    // Longer words, and places written wholly in capitals, are capitalised as usual.
    expect(locationBucket('MUNICH')).toEqual(place('Munich'));
    expect(locationBucket('NEW YORK, NY')).toEqual(place('New York'));
    expect(locationBucket('SAN JOSE')).toEqual(place('San Jose'));
  });

  it('puts empty locations under Not specified', () => {
    for (const location of [null, '', '   ', '(hybrid)', 'On-site', 'Hybrid, on-site', ' - ', ', ,']) {
      expect(locationBucket(location), String(location)).toEqual({ key: '', label: 'Not specified', kind: 'unset' });
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
