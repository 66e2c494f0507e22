// The structured résumés the evaluation renders and scores against: the JSON Resume sample, Resume-Matcher's
// master.json converted to JSON Resume, and the fictional fixtures in ./fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { type ResumeDocument, resumeDocumentSchema } from '@jobpilot/contracts';

export interface TruthFile {
  id: string;
  document: ResumeDocument;
}

const here = (path: string) => new URL(path, import.meta.url);
const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Jan 2021" → "2021-01", "2014" → "2014", "Present" → undefined. */
function monthYear(text: string | undefined): string | undefined {
  const match = text?.trim().match(/^(?:([A-Za-z]{3})\w*\s+)?(\d{4})$/);
  if (!match?.[2]) return undefined;
  const month = match[1] ? MONTHS.indexOf(match[1].toLowerCase()) + 1 : 0;
  return month > 0 ? `${match[2]}-${String(month).padStart(2, '0')}` : match[2];
}

function range(years: string | undefined): { startDate?: string; endDate?: string } {
  const [start, end] = (years ?? '').split(/\s+[-–]\s+/);
  const startDate = monthYear(start);
  const endDate = monthYear(end);
  return { ...(startDate ? { startDate } : {}), ...(endDate ? { endDate } : {}) };
}

interface MatcherResume {
  personalInfo: Record<string, string>;
  summary?: string;
  workExperience: { title: string; company: string; location?: string; years: string; description: string[] }[];
  education: { institution: string; degree: string; years: string; description?: string }[];
  personalProjects: { name: string; role: string; years: string; description: string[] }[];
  additional: { technicalSkills: string[]; languages: string[]; certificationsTraining: string[]; awards: string[] };
}

/** Resume-Matcher's own structure (personalInfo, workExperience, …) as a JSON Resume document. */
export function matcherToJsonResume(source: MatcherResume): ResumeDocument {
  const info = source.personalInfo;
  const [city, region] = (info.location ?? '').split(/\s*,\s*/);
  const profile = (network: string, url: string | undefined) =>
    url ? [{ network, url: `https://${url.replace(/^https?:\/\//, '')}`, username: url.split('/').at(-1) }] : [];
  return resumeDocumentSchema.parse({
    basics: {
      name: info.name,
      label: info.title,
      email: info.email,
      phone: info.phone,
      url: info.website,
      summary: source.summary,
      location: { city, region },
      profiles: [...profile('LinkedIn', info.linkedin), ...profile('GitHub', info.github)],
    },
    work: source.workExperience.map((w) => ({
      name: w.company,
      position: w.title,
      location: w.location,
      ...range(w.years),
      highlights: w.description,
    })),
    education: source.education.map((e) => {
      const [studyType, ...area] = e.degree.split(' ');
      return { institution: e.institution, studyType, area: area.join(' '), ...range(e.years) };
    }),
    projects: source.personalProjects.map((p) => ({
      name: p.name,
      roles: [p.role],
      ...range(p.years),
      highlights: p.description,
    })),
    skills: source.additional.technicalSkills.map((name) => ({ name })),
    languages: source.additional.languages.map((l) => {
      const [, language, fluency] = l.match(/^(.+?)\s*\((.+)\)$/) ?? [];
      return language ? { language, fluency } : { language: l };
    }),
    certificates: source.additional.certificationsTraining.map((name) => ({ name })),
    awards: source.additional.awards.map((title) => ({ title })),
  });
}

/** Every structured résumé of the evaluation, validated by the contracts' schema. */
export function truthFiles(): TruthFile[] {
  const files: TruthFile[] = [
    {
      id: 'jsonresume-sample',
      document: resumeDocumentSchema.parse(
        readJson(here('../../../packages/contracts/src/fixtures/jsonresume-sample.json')),
      ),
    },
    {
      id: 'resume-matcher-master',
      document: matcherToJsonResume(readJson(here('./fixtures/resume-matcher-master.json')) as MatcherResume),
    },
  ];
  for (const name of readdirSync(here('./fixtures')).sort()) {
    if (!name.endsWith('.json') || name === 'resume-matcher-master.json') continue;
    files.push({
      id: name.replace(/\.json$/, ''),
      document: resumeDocumentSchema.parse(readJson(here(`./fixtures/${name}`))),
    });
  }
  return files;
}
