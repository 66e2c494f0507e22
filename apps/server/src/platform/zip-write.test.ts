import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeZip } from './zip-write.ts';

/** Reads every entry back through the central directory, the way unzip and Word do. */
function readZip(zip: Buffer): { name: string; method: number; data: Buffer }[] {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  expect(at + zip.readUInt32LE(end + 12)).toBe(end);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const packedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const packed = zip.subarray(start, start + packedSize);
    const data = method === 8 ? inflateRawSync(packed) : Buffer.from(packed);
    expect(data.length).toBe(size);
    expect(crc32(data)).toBe(crc);
    out.push({ name, method, data });
    at += 46 + nameLength;
  }
  return out;
}

describe('writeZip', () => {
  it('deflates entries by default and stores them when asked, with sizes and CRC-32 a reader checks', () => {
    const text = Buffer.from('résumé '.repeat(200));
    const zip = writeZip([
      { name: 'word/document.xml', data: text },
      { name: 'mimetype', data: Buffer.from('text/plain'), store: true },
      { name: 'dossier/é.txt', data: new Uint8Array(0) },
    ]);
    const entries = readZip(zip);
    expect(entries.map((e) => [e.name, e.method])).toEqual([
      ['word/document.xml', 8],
      ['mimetype', 0],
      ['dossier/é.txt', 8],
    ]);
    expect(entries[0]?.data.equals(text)).toBe(true);
    expect(entries[1]?.data.toString()).toBe('text/plain');
    expect(entries[2]?.data.length).toBe(0);
    expect(zip.length).toBeLessThan(text.length);
  });

  it('writes the same bytes for the same entries', () => {
    const entries = [{ name: 'a.txt', data: Buffer.from('same') }];
    expect(writeZip(entries).equals(writeZip(entries))).toBe(true);
  });

  it('writes an empty archive as the end record alone', () => {
    const zip = writeZip([]);
    expect(zip.length).toBe(22);
    expect(readZip(zip)).toEqual([]);
  });
});
