import { describe, expect, it } from 'vitest';
import { align, diffResumes } from './resume-diff.ts';

describe('align', () => {
  it('matches equal keys in order and pairs what is between them', () => {
    expect(align(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])).toEqual([
      { a: 0, b: 0 },
      { a: 1, b: 1 },
      { a: 2, b: 2 },
      { b: 3 },
    ]);
    expect(align([], ['a'])).toEqual([{ b: 0 }]);
    expect(align(['a'], [])).toEqual([{ a: 0 }]);
  });
});

describe('diffResumes', () => {
  it('reads a reordered section as moves, with the moved entry’s own edits', () => {
    const acme = { name: 'Acme', position: 'Engineer' };
    const globex = { name: 'Globex', position: 'Lead' };
    const changes = diffResumes({ work: [acme, globex] }, { work: [{ ...globex, location: 'Berlin' }, acme] });
    expect(changes).toEqual([
      {
        change: 'changed',
        section: 'work',
        path: 'work[0]',
        label: 'Work · Globex — Lead · position',
        before: 'position 2',
        after: 'position 1',
      },
      {
        change: 'added',
        section: 'work',
        path: 'work[0].location',
        label: 'Work · Globex — Lead · location',
        before: null,
        after: 'Berlin',
      },
    ]);
  });

  it('labels nested lists and untitled entries, and finds nothing between equal documents', () => {
    const before = {
      basics: { profiles: [{ network: 'GitHub', url: 'https://github.com/ada' }] },
      skills: [{ name: 'TypeScript', keywords: ['Node.js'] }],
      languages: [{ fluency: 'Native' }],
    };
    expect(diffResumes(before, structuredClone(before))).toEqual([]);
    const changes = diffResumes(before, {
      basics: { profiles: [{ network: 'GitHub', url: 'https://github.com/ada-l' }] },
      skills: [{ name: 'TypeScript', keywords: ['Node.js', 'Deno'] }],
      languages: [{ fluency: 'Fluent' }],
    });
    expect(changes.map((c) => [c.change, c.path, c.label, c.before, c.after])).toEqual([
      [
        'changed',
        'basics.profiles[0].url',
        'Basics · profile · GitHub · url',
        'https://github.com/ada',
        'https://github.com/ada-l',
      ],
      ['added', 'skills[0].keywords[1]', 'Skills · TypeScript · keyword 2', null, 'Deno'],
      ['changed', 'languages[0].fluency', 'Languages · entry 1 · fluency', 'Native', 'Fluent'],
    ]);
  });

  it('treats empty values as absent', () => {
    expect(diffResumes({ basics: { name: 'Ada', label: '' }, work: [] }, { basics: { name: 'Ada' } })).toEqual([]);
  });
});
