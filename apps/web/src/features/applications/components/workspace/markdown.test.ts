import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './markdown';

describe('parseMarkdown', () => {
  it('reads headings, lists, code and paragraphs', () => {
    const blocks = parseMarkdown(
      '# Call notes\n- asked about **salary**\n- team of 5\n\n1. first\n2. second\n\n```\nnpm test\n```\nThanks *a lot*',
    );
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'list', 'list', 'code', 'paragraph']);
    expect(blocks[1]).toEqual({
      type: 'list',
      ordered: false,
      items: [
        [
          { type: 'text', text: 'asked about ' },
          { type: 'strong', children: [{ type: 'text', text: 'salary' }] },
        ],
        [{ type: 'text', text: 'team of 5' }],
      ],
    });
    expect(blocks[2]).toMatchObject({ ordered: true });
    expect(blocks[3]).toEqual({ type: 'code', text: 'npm test' });
  });

  it('keeps HTML as plain text', () => {
    expect(parseMarkdown('<script>alert(1)</script> <b>x</b>')).toEqual([
      { type: 'paragraph', lines: [[{ type: 'text', text: '<script>alert(1)</script> <b>x</b>' }]] },
    ]);
  });
});

describe('parseInline', () => {
  it('links only to http(s) and mailto addresses', () => {
    expect(parseInline('[site](https://acme.example)')).toEqual([
      { type: 'link', href: 'https://acme.example', children: [{ type: 'text', text: 'site' }] },
    ]);
    expect(parseInline('[x](javascript:alert(1))')).toEqual([
      { type: 'text', text: '[x](javascript:alert(1)' },
      { type: 'text', text: ')' },
    ]);
  });

  it('leaves the inside of inline code alone', () => {
    expect(parseInline('run `**not bold**` now')).toEqual([
      { type: 'text', text: 'run ' },
      { type: 'code', text: '**not bold**' },
      { type: 'text', text: ' now' },
    ]);
  });
});
