import { describe, expect, it } from 'vitest';
import { normalizeLabel, statusOfValue, suggestMapping } from './import-synonyms.ts';

describe('suggestMapping', () => {
  it('recognises a Huntr export', () => {
    const headers = [
      'Company',
      'Job Title',
      'List',
      'Location',
      'URL',
      'Salary',
      'Date Applied',
      'Date Created',
      'Description',
      'Board',
    ];
    expect(suggestMapping(headers)).toEqual([
      'company',
      'position',
      'status',
      'location',
      'jobUrl',
      'salary',
      'appliedAt',
      null,
      'jobDescription',
      null,
    ]);
  });

  it('recognises a Teal export', () => {
    const headers = [
      'Company',
      'Job Position',
      'Job Link',
      'Location',
      'Salary',
      'Status',
      'Date Saved',
      'Date Applied',
      'Excitement',
      'Notes',
    ];
    expect(suggestMapping(headers)).toEqual([
      'company',
      'position',
      'jobUrl',
      'location',
      'salary',
      'status',
      null,
      'appliedAt',
      null,
      'notes',
    ]);
  });

  it('recognises spreadsheet words, ignoring case and punctuation', () => {
    expect(
      suggestMapping(['EMPLOYER', 'role', 'Stage', 'posting_url', 'Applied on', 'Pay', 'city', 'Comments:']),
    ).toEqual(['company', 'position', 'status', 'jobUrl', 'appliedAt', 'salary', 'location', 'notes']);
  });

  it('gives a field to the most specific column only', () => {
    expect(suggestMapping(['Date', 'Company', 'Title', 'Date Applied', 'Job Title'])).toEqual([
      null,
      'company',
      null,
      'appliedAt',
      'position',
    ]);
  });

  it("recognises JobPilot's own export", () => {
    const headers = [
      'Company',
      'Position',
      'Status',
      'Date applied',
      'Location',
      'Salary min',
      'Salary max',
      'Salary currency',
      'Salary period',
      'Job URL',
      'Source',
      'Notes',
      'Job description',
      'Created',
      'Updated',
      'ID',
    ];
    expect(suggestMapping(headers)).toEqual([
      'company',
      'position',
      'status',
      'appliedAt',
      'location',
      'salaryMin',
      'salaryMax',
      'salaryCurrency',
      'salaryPeriod',
      'jobUrl',
      'source',
      'notes',
      'jobDescription',
      null,
      null,
      null,
    ]);
  });
});

describe('statusOfValue', () => {
  it.each([
    ['Wishlist', 'saved'],
    ['Bookmarked', 'saved'],
    ['Applying', 'saved'],
    ['Applied', 'applied'],
    ['No Response', 'applied'],
    ['Phone Screen', 'interview'],
    ['Interviewing', 'interview'],
    ['Offer', 'offer'],
    ['Negotiating', 'offer'],
    ['Rejected', 'rejected'],
    ['Declined', 'rejected'],
    ['Not Selected', 'rejected'],
    ['I Withdrew', 'withdrawn'],
    ['Accepted', 'accepted'],
    ['  INTERVIEW ', 'interview'],
  ])('%s means %s', (value, status) => {
    expect(statusOfValue(value)).toBe(status);
  });

  it('does not guess unknown words', () => {
    expect(statusOfValue('Beworben')).toBeUndefined();
  });
});

describe('normalizeLabel', () => {
  it('drops case, accents and punctuation', () => {
    expect(normalizeLabel('  Développeur_React (Senior)* ')).toBe('developpeur react senior');
  });
});
