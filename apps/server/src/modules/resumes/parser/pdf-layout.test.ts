import { describe, expect, it } from 'vitest';
import { type PositionedItem, pdfLayout } from './pdf-lines.ts';

const item = (text: string, x: number, y: number): PositionedItem => ({
  text,
  x,
  y,
  width: text.length * 5,
  size: 10,
  font: 'F1',
});

describe('pdfLayout', () => {
  it('counts the text, names the two-column pages and the pages without text', () => {
    const single = Array.from({ length: 20 }, (_, i) =>
      item(`A full-width line of body text, number ${i}`, 50, 700 - i * 14),
    );
    const columns = Array.from({ length: 20 }, (_, i) => [
      item(`Left column line ${i}`, 40, 700 - i * 14),
      item(`Right column line ${i}`, 360, 700 - i * 14),
    ]).flat();
    const layout = pdfLayout({ pages: [single, columns, []], pageWidths: [612, 612, 612] });
    expect(layout.columnPages).toEqual([2]);
    expect(layout.pagesWithoutText).toEqual([3]);
    expect(layout.textLength).toBe([...single, ...columns].reduce((n, i) => n + i.text.length, 0));
  });
});
