import type { ResumeDocument, ResumeEducation, ResumeSkill, ResumeWork } from '@jobpilot/contracts';
import { readContact } from './contact.ts';
import { findDateRange } from './dates.ts';
import { type Entry, positionAndCompany, splitEntries } from './entries.ts';
import { type SectionName, sectionOf } from './headings.ts';
import type { ResumeLine } from './lines.ts';

/** A parsed résumé: the document, how sure the parser is of each field (0–1), and lines it could not place. */
export interface ParsedResume {
  document: ResumeDocument;
  confidence: Record<string, number>;
  unplaced: string[];
  /** The lines taken for section headings, as written (the ATS report checks they are standard ones). */
  headings: string[];
}

const DEGREE =
  /\b(bachelor(?:'s)?|master(?:'s)?|ph\.?d\.?|doctorate|associate(?:'s)?|diploma|certificate|mba|b\.?\s?s\.?c?\.?|m\.?\s?s\.?c?\.?|b\.?a\.?|m\.?a\.?|b\.?eng\.?|m\.?eng\.?|b\.?tech|m\.?tech|high school|a-levels?)(?=\s|,|$|\))/i;
const SCHOOL = /\b(university|college|institute|school|academy|polytechnic|universit[äé])\b/i;
const GPA = /\b(?:gpa|grade|cgpa)\s*[:-]?\s*(\d{1,2}(?:[.,]\d{1,2})?(?:\s*\/\s*\d{1,3}(?:\.\d{1,2})?)?)/i;
/** A level written after a skill group's name: "Web Development (Master)". */
const GROUP_LEVEL = /^(.{2,40}?)\s*\(([^()]{2,30})\)$/;

function work(entries: Entry[], confidence: Record<string, number>): ResumeWork[] {
  let sure = 0;
  const out = entries.map((entry) => {
    const { position, company, location } = positionAndCompany(entry.headers);
    const item: ResumeWork = {};
    if (company) item.name = company;
    if (position) item.position = position;
    if (location) item.location = location;
    if (entry.startDate) item.startDate = entry.startDate;
    if (entry.endDate) item.endDate = entry.endDate;
    if (entry.highlights.length > 0) item.highlights = entry.highlights;
    sure += (company ? 1 : 0) + (position ? 1 : 0) + (entry.startDate ? 1 : 0);
    return item;
  });
  confidence.work = out.length === 0 ? 0 : Math.round((sure / (out.length * 3)) * 0.9 * 100) / 100;
  return out;
}

function education(entries: Entry[], confidence: Record<string, number>): ResumeEducation[] {
  let sure = 0;
  const out = entries.map((entry) => {
    const item: ResumeEducation = {};
    for (const header of entry.headers.flatMap((h) => h.split(/\s+[|–—]\s+|,\s+/))) {
      const gpa = header.match(GPA);
      if (gpa?.[1]) item.score = gpa[1].replace(/\s+/g, '');
      const text = header
        .replace(GPA, '')
        .replace(/[,;]\s*$/, '')
        .trim();
      if (!text) continue;
      const degree = text.match(DEGREE);
      if (!item.studyType && degree && !SCHOOL.test(text.slice(0, degree.index))) {
        const [type, area] = / in /i.test(text) ? text.split(/\s+in\s+/i) : text.split(/\s+of\s+/i);
        item.studyType = (type ?? text).trim();
        if (area) item.area = area.trim();
      } else if (SCHOOL.test(text) && !item.institution) item.institution = text;
      else if (item.studyType && !item.area) item.area = text;
      else if (!item.institution && !degree) item.institution = text;
    }
    for (const line of entry.highlights) {
      const gpa = line.match(GPA);
      if (gpa?.[1] && !item.score) item.score = gpa[1].replace(/\s+/g, '');
    }
    if (entry.startDate) item.startDate = entry.startDate;
    if (entry.endDate) item.endDate = entry.endDate;
    else if (entry.startDate && !entry.current && entry.headers.length > 0) {
      // A lone year on an education entry is the year it ended.
      item.endDate = entry.startDate;
      delete item.startDate;
    }
    sure += (item.institution ? 1 : 0) + (item.studyType ? 1 : 0) + (item.startDate || item.endDate ? 1 : 0);
    return item;
  });
  confidence.education = out.length === 0 ? 0 : Math.round((sure / (out.length * 3)) * 0.9 * 100) / 100;
  return out;
}

/** "Languages: JavaScript, Go" → a group with keywords; a bare list → one skill per name. */
function skills(
  lines: string[],
  canonical: (name: string) => string | string[],
  confidence: Record<string, number>,
): ResumeSkill[] {
  const out: ResumeSkill[] = [];
  // A comma-separated list that wrapped ("…, Google Cloud" / "Platform, Firebase") is one line again.
  const joined: string[] = [];
  for (const line of lines) {
    const last = joined.at(-1);
    if (last !== undefined && /,/.test(last) && !/[,;:]\s*$/.test(last) && !/^[^:,]{2,40}:/.test(line)) {
      joined[joined.length - 1] = `${last} ${line}`;
    } else joined.push(line);
  }
  for (const line of joined) {
    const text = line.replace(/^\s*[•●▪◦\-–*]\s*/, '');
    const group = text.match(/^([^:]{2,40}):\s*(.+)$/);
    const names = (group?.[2] ?? text)
      .split(/\s*[,;|•·]\s*|\s{2,}/)
      .map((n) =>
        n
          .replace(/[.\s]+$/, '')
          .replace(/^(?:and|&)\s+/i, '')
          .trim(),
      )
      .filter((n) => n.length > 0 && n.length <= 60)
      .flatMap(canonical);
    if (group?.[1]) {
      const leveled = group[1].trim().match(GROUP_LEVEL);
      const name = leveled?.[1] ?? group[1].trim();
      out.push({ name, ...(leveled?.[2] ? { level: leveled[2] } : {}), keywords: [...new Set(names)] });
    } else for (const name of names) out.push({ name });
  }
  confidence.skills = out.length > 0 ? 0.8 : 0;
  return out;
}

interface Section {
  name: SectionName;
  lines: string[];
}

/**
 * Turns lines in reading order into a JSON Resume document: the lines above the first heading are the
 * header (name, contact), each heading opens a section; lines no rule claims are returned as unplaced.
 */
export function assembleResume(
  lines: ResumeLine[],
  canonical: (name: string) => string | string[] = (n) => n,
): ParsedResume {
  const header: ResumeLine[] = [];
  const sections: Section[] = [];
  const unplaced: string[] = [];
  const headings: string[] = [];
  for (const line of lines) {
    const name = line.text.length <= 50 ? sectionOf(line.text, line.emphasis) : undefined;
    if (name) {
      sections.push({ name, lines: [] });
      headings.push(line.text);
      continue;
    }
    const section = sections.at(-1);
    if (section) section.lines.push(line.text);
    else header.push(line);
  }
  const contact = readContact(header);
  const confidence: Record<string, number> = { ...contact.confidence };
  unplaced.push(...contact.rest);
  const document: ResumeDocument = { basics: contact.basics };
  const linesOf = (name: SectionName) => sections.filter((s) => s.name === name).flatMap((s) => s.lines);
  for (const name of new Set(sections.map((s) => s.name))) {
    const body = linesOf(name);
    if (body.length === 0) continue;
    switch (name) {
      case 'summary':
        document.basics = { ...document.basics, summary: body.join(' ').slice(0, 5000) };
        confidence['basics.summary'] = 0.85;
        break;
      case 'work':
        document.work = work(splitEntries(body), confidence);
        break;
      case 'volunteer':
        document.volunteer = work(splitEntries(body), {}).map(({ name: organization, ...rest }) => ({
          ...(organization ? { organization } : {}),
          ...rest,
        }));
        break;
      case 'education':
        document.education = education(splitEntries(body), confidence);
        break;
      case 'skills':
        document.skills = skills(body, canonical, confidence);
        break;
      case 'projects':
        document.projects = splitEntries(body).map((entry) => ({
          ...(entry.headers[0] ? { name: entry.headers[0] } : {}),
          ...(entry.headers.length > 1 ? { description: entry.headers.slice(1).join(' ') } : {}),
          ...(entry.startDate ? { startDate: entry.startDate } : {}),
          ...(entry.endDate ? { endDate: entry.endDate } : {}),
          ...(entry.highlights.length > 0 ? { highlights: entry.highlights } : {}),
        }));
        confidence.projects = 0.7;
        break;
      case 'certificates':
        document.certificates = body.map((line) => {
          const range = findDateRange(line);
          const name = (range ? line.replace(range.matched, '') : line)
            .replace(/^\s*[•\-–*]\s*|[\s,–—-]+$/g, '')
            .trim();
          return { name, ...(range?.startDate ? { date: range.startDate } : {}) };
        });
        confidence.certificates = 0.75;
        break;
      case 'languages':
        document.languages = body
          .flatMap((line) => line.split(/\s*[,;|•]\s*/))
          .filter(Boolean)
          .map((part) => {
            const [, language, fluency] = part.match(/^(.+?)\s*[(:–-]\s*([^)]+)\)?$/) ?? [];
            return language && fluency
              ? { language: language.trim(), fluency: fluency.trim() }
              : { language: part.trim() };
          });
        confidence.languages = 0.75;
        break;
      case 'awards':
        document.awards = body.map((line) => ({ title: line.replace(/^\s*[•\-–*]\s*/, '') }));
        break;
      case 'interests':
        document.interests = body
          .flatMap((l) => l.split(/\s*[,;•]\s*/))
          .filter(Boolean)
          .map((n) => ({ name: n }));
        break;
      default:
        unplaced.push(...body);
    }
  }
  return { document, confidence, unplaced, headings };
}
