import { readFileSync } from 'node:fs';
import { atsReportSchema } from '@jobpilot/contracts';
import { describe, expect, it } from 'vitest';
import { parseResume } from '../parser/parse-resume.ts';
import { atsReport } from './ats-report.ts';
import { loadSpellChecker } from './spelling.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

describe('atsReport on what the parser read from real PDFs', () => {
  it.each(['john_doe.pdf', 'barry_allen_fe.pdf', 'harvey_dent_mle.pdf'])(
    'reports on %s with every finding pointing into the document or the file',
    async (name) => {
      const bytes = fixture(name);
      const parsed = await parseResume({ bytes });
      const spelling = await loadSpellChecker();
      const report = atsReportSchema.parse(
        atsReport(
          {
            document: parsed.document,
            file: {
              kind: parsed.kind,
              bytes: bytes.length,
              pages: parsed.pages,
              confidence: parsed.confidence,
              unplaced: parsed.unplaced,
            },
          },
          { spelling, now: new Date('2026-12-01T00:00:00Z') },
        ),
      );
      expect(report.categories.every((c) => c.applies)).toBe(true);
      expect(report.score).toBeGreaterThan(40);
      expect(report.score).toBeLessThanOrEqual(100);
      expect(report.stats.pages).toBe(parsed.pages);
      for (const finding of report.findings) {
        expect(finding.message.length).toBeGreaterThan(20);
        if (finding.where.path?.startsWith('file.')) continue;
        const [, section, entry] = finding.where.path?.match(/^(\w+)(?:\[(\d+)\])?/) ?? [];
        if (section && section in parsed.document && finding.where.text && entry !== undefined) {
          // The quoted text is really there, in the entry the path names.
          const entryJson = JSON.stringify(
            (parsed.document as Record<string, unknown[]>)[section]?.[Number(entry)] ?? null,
          );
          expect(entryJson).toContain(JSON.stringify(finding.where.text).slice(1, -1));
        }
      }
    },
  );
});
