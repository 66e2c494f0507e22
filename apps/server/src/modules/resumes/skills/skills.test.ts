import { describe, expect, it } from 'vitest';
import { canonicalSkill, extractSkills, skillKey, skillNames } from './skills.ts';

describe('canonicalSkill', () => {
  it.each([
    ['js', 'JavaScript'],
    ['JS', 'JavaScript'],
    ['k8s', 'Kubernetes'],
    ['postgres', 'PostgreSQL'],
    ['Postgres', 'PostgreSQL'],
    ['node.js', 'Node.js'],
    ['NodeJS', 'Node.js'],
    ['Node JS', 'Node.js'],
    ['React.js', 'React'],
    ['c#', 'C#'],
    ['C++', 'C++'],
    ['c', 'C'],
    ['.NET', '.NET'],
    ['dotnet', '.NET'],
    ['golang', 'Go'],
    ['Go', 'Go'],
    ['python', 'Python'],
    ['Ruby on Rails', 'Ruby on Rails'],
    ['  typescript. ', 'TypeScript'],
    ['HTML5', 'HTML'],
    ['Hypertext markup language', 'HTML'],
    ['Atlassian JIRA', 'Jira'],
    ['MS Excel', 'Microsoft Excel'],
    ['Amazon Web Services', 'AWS'],
    ['objective-c', 'Objective-C'],
    ['PL/SQL', 'PL/SQL'],
  ])('%s → %s', (written, name) => {
    expect(canonicalSkill(written)).toBe(name);
  });

  it('keeps C, C# and C++ apart, and knows nothing of a skill it has never heard of', () => {
    expect(new Set([canonicalSkill('C'), canonicalSkill('C#'), canonicalSkill('C++')]).size).toBe(3);
    expect(canonicalSkill('Underwater basket weaving')).toBeUndefined();
    expect(canonicalSkill('')).toBeUndefined();
    expect(canonicalSkill('---')).toBeUndefined();
  });

  it('keys ignore case, spacing and punctuation but not + and #', () => {
    expect(skillKey('Node.JS')).toBe(skillKey('node js'));
    expect(skillKey('C#')).not.toBe(skillKey('C'));
  });
});

describe('extractSkills', () => {
  const names = (text: string) => extractSkills(text).map((s) => s.name);

  it('finds skills in running text by their canonical names, once each, with what was written', () => {
    const found = extractSkills('Built APIs in Node.js and Postgres on k8s; moved the Node.js workers to Go.');
    expect(found.map((s) => s.name)).toEqual(['Node.js', 'PostgreSQL', 'Kubernetes', 'Go']);
    expect(found[1]).toMatchObject({ text: 'Postgres' });
    const text = 'Built APIs in Node.js and Postgres';
    const pg = extractSkills(text)[1];
    expect(pg && text.slice(pg.start, pg.end)).toBe('Postgres');
  });

  it('takes the longest match: Ruby on Rails, not Ruby; Google Cloud Platform, not Google', () => {
    expect(names('Five years of Ruby on Rails and Google Cloud Platform')).toEqual([
      'Ruby on Rails',
      'Google Cloud Platform',
    ]);
  });

  it('reads lists with slashes, commas and brackets', () => {
    expect(names('Python/Django, TypeScript (React, Redux), C#, C++ and CI/CD')).toEqual([
      'Python',
      'Django',
      'TypeScript',
      'React',
      'Redux',
      'C#',
      'C++',
      'CI/CD',
    ]);
  });

  it('does not take ordinary words for skills', () => {
    expect(names('I will go to the shell and make it swift, then rust away and express my thanks')).toEqual([]);
    expect(names('how to ml')).toEqual([]);
    expect(names('We net a profit in the spring')).toEqual([]);
  });

  it('is linear: 50,000 words take well under a second', () => {
    const text = 'Shipped features in TypeScript and PostgreSQL with the team every week. '.repeat(5000);
    const started = performance.now();
    const found = extractSkills(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(found.map((s) => s.name)).toEqual(['TypeScript', 'PostgreSQL']);
  });
});

describe('skillNames (one item of a skills list)', () => {
  it.each([
    ['k8s', ['Kubernetes']],
    ['Java and J2EE', ['Java', 'Java EE']],
    ['Git and GitHub', ['Git', 'GitHub']],
    ['Angular (versions 2+)', ['Angular']],
    ['JavaScript (ES6+)', ['JavaScript']],
    ['SQL and NoSQL databases', ['SQL', 'NoSQL']],
    ['Underwater basket weaving', ['Underwater basket weaving']],
    ['Junit and Mockito', ['Junit and Mockito']],
    ['Data analysis in Excel', ['Data analysis in Excel']],
  ])('%s → %j', (item, names) => {
    expect(skillNames(item)).toEqual(names);
  });
});
