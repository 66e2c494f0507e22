import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateBudget, inflateZipEntry } from './inflate.ts';

describe('inflateZipEntry', () => {
  it('inflates a deflated entry and passes a stored one through', () => {
    const xml = Buffer.from(`<w:document>${'<w:p>Hello</w:p>'.repeat(1000)}</w:document>`);
    expect(inflateZipEntry(deflateRawSync(xml), 8).equals(xml)).toBe(true);
    expect(inflateZipEntry(xml, 0).equals(xml)).toBe(true);
  });

  it('refuses a zip bomb entry at the byte cap without inflating it whole', () => {
    // 50 MB of zeros deflates to about 50 KB: a ratio near 1000, and past the 20 MB cap.
    const bomb = deflateRawSync(Buffer.alloc(50 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(() => inflateZipEntry(bomb, 8, { maxRatio: 10_000 })).toThrow(
      'This file is too complex to read (a part of it unpacks to too many bytes).',
    );
  });

  it('refuses an entry that inflates past the ratio even under the byte cap', () => {
    const dense = deflateRawSync(Buffer.alloc(5 * 1024 * 1024, 'a'));
    expect(() => inflateZipEntry(dense, 8)).toThrow('(a part of it unpacks too far)');
    expect(inflateZipEntry(dense, 8, { maxRatio: 2000 })).toHaveLength(5 * 1024 * 1024);
  });

  it('answers 422 for a damaged entry or an unknown method', () => {
    expect(() => inflateZipEntry(Buffer.from('not deflate at all'), 8)).toThrow('This file is damaged');
    expect(() => inflateZipEntry(Buffer.from('x'), 12)).toThrow('a compression method JobPilot does not read');
  });

  it('caps the bytes all entries of one archive unpack to together, not only each entry', () => {
    // Each part is well under the per-entry cap, but twelve of them pass the archive's 10 MB.
    const part = deflateRawSync(Buffer.alloc(1024 * 1024, 'a'));
    const budget = inflateBudget(10 * 1024 * 1024);
    for (let i = 0; i < 10; i++) expect(inflateZipEntry(part, 8, { budget, maxRatio: 2000 })).toHaveLength(1024 * 1024);
    expect(() => inflateZipEntry(part, 8, { budget, maxRatio: 2000 })).toThrow(
      'This file is too complex to read (its parts together unpack to too many bytes).',
    );
    expect(() => inflateZipEntry(Buffer.alloc(10), 0, { budget })).toThrow(
      'its parts together unpack to too many bytes',
    );
  });
});
