import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { parseResume } from '../parser/parse-resume.ts';
import { renderPdf } from './pdf.ts';
import { sampleResume } from './sample.test-helper.ts';
import { RESUME_TEMPLATES, TEMPLATE_STYLES } from './templates.ts';

/** The text items of page one with their position, as pdf.js reads them. */
async function firstPageItems(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(bytes);
  const page = await pdf.getPage(1);
  const { items } = await page.getTextContent();
  const width = page.getViewport({ scale: 1 }).width;
  await pdf.destroy();
  return {
    width,
    items: items.flatMap((item) =>
      'str' in item
        ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, w: item.width }]
        : [],
    ),
  };
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('PDF export', () => {
  it('embeds its TrueType fonts and uses none of the standard 14', async () => {
    for (const template of RESUME_TEMPLATES) {
      const pdf = latin1(await renderPdf(sampleResume(), { template, paper: 'A4' }));
      expect(pdf.startsWith('%PDF-')).toBe(true);
      expect(pdf).toMatch(/\/FontFile2 \d+ 0 R/);
      expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVu/);
      expect(pdf).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier|Symbol|ZapfDingbats)/);
    }
  });

  it('sets the page size from the paper', async () => {
    const a4 = latin1(await renderPdf(sampleResume(), { template: 'classic', paper: 'A4' }));
    const letter = latin1(await renderPdf(sampleResume(), { template: 'classic', paper: 'Letter' }));
    expect(a4).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(letter).toContain('/MediaBox [0 0 612 792]');
  });

  it('gives each template its own typeface', async () => {
    const fonts = await Promise.all(
      RESUME_TEMPLATES.map(
        async (template) =>
          latin1(await renderPdf(sampleResume(), { template, paper: 'A4' })).match(/\/BaseFont \/[A-Z]{6}\+(\S+)/)?.[1],
      ),
    );
    expect(new Set(fonts).size).toBe(3);
  });

  for (const template of RESUME_TEMPLATES) {
    it(`round-trips through the résumé parser (${template})`, async () => {
      const doc = sampleResume();
      const { document } = await parseResume({ bytes: await renderPdf(doc, { template, paper: 'A4' }) });
      expect(document.basics?.name).toBe(doc.basics?.name);
      expect(document.basics?.email).toBe(doc.basics?.email);
      expect(document.basics?.phone).toBe(doc.basics?.phone);
      expect(document.work?.map((w) => [w.name, w.position])).toEqual(doc.work?.map((w) => [w.name, w.position]));
      expect(document.work?.[0]).toMatchObject({ startDate: '2013-12', endDate: '2014-12' });
      expect(document.education?.map((e) => e.institution)).toEqual(doc.education?.map((e) => e.institution));
      expect(document.education?.[0]).toMatchObject({ studyType: 'Bachelor', area: 'Information Technology' });
      expect(document.work?.[0]?.highlights).toContain('Successfully won Techcrunch Disrupt');
    });
  }

  it('sets the dates on the title line, against the right margin, and bullets as text', async () => {
    for (const template of RESUME_TEMPLATES) {
      const { width, items } = await firstPageItems(await renderPdf(sampleResume(), { template, paper: 'A4' }));
      const title = items.find((i) => i.text === 'CEO/President | Pied Piper');
      const dates = items.find((i) => i.text === 'Dec 2013 – Dec 2014');
      expect(title && dates).toBeTruthy();
      expect(Math.abs((title?.y ?? 0) - (dates?.y ?? 1))).toBeLessThan(0.5);
      expect((dates?.x ?? 0) + (dates?.w ?? 0)).toBeCloseTo(width - TEMPLATE_STYLES[template].margin, 0);
      expect(items.map((i) => i.text)).toContain('• Successfully won Techcrunch Disrupt');
      const heading = TEMPLATE_STYLES[template].upperHeadings ? 'EXPERIENCE' : 'Experience';
      expect(items.some((i) => i.text === heading)).toBe(true);
    }
  });

  it('prints Latin, Greek and Cyrillic letters the fonts carry, and reads them back', async () => {
    const bytes = await renderPdf(
      { basics: { name: 'Łukasz Żółć', summary: 'Дмитрий Ωμέγα — Straße, naïve café' } },
      { template: 'compact', paper: 'A4' },
    );
    const text = (await firstPageItems(bytes)).items.map((i) => i.text).join(' ');
    expect(text).toContain('Łukasz Żółć');
    expect(text).toContain('Дмитрий Ωμέγα — Straße, naïve café');
  });

  it('keeps a long résumé readable across pages, with every entry found again', async () => {
    const work = Array.from({ length: 20 }, (_, i) => ({
      name: `Company ${String.fromCharCode(65 + i)} Ltd`,
      position: 'Software Engineer',
      startDate: `${2000 + i}-01`,
      endDate: `${2001 + i}-01`,
      highlights: [
        'Designed and shipped the billing system that 40 product teams now use to charge customers in 30 currencies',
        'Cut the continuous-integration build time from 20 minutes to 4 by caching dependencies between runs',
      ],
    }));
    const bytes = await renderPdf(
      { basics: { name: 'Ann Lee', email: 'ann@example.org' }, work },
      {
        template: 'classic',
        paper: 'Letter',
      },
    );
    const { document, pages } = await parseResume({ bytes });
    expect(pages).toBeGreaterThan(1);
    expect(document.work?.map((w) => [w.name, w.startDate])).toEqual(work.map((w) => [w.name, w.startDate]));
  });
});
