import { z } from 'zod';
import { storableString } from './text.js';

/**
 * A resume as a JSON Resume document (https://jsonresume.org/schema, v1.0.0): the structure JobPilot parses
 * into, stores, edits and exports. Every section is optional, as in the schema; unknown keys are dropped.
 * Limits keep one document small enough to diff and render quickly.
 */

export const RESUME_TEXT_MAX = 200;
export const RESUME_LONG_TEXT_MAX = 5000;
export const RESUME_LIST_MAX = 100;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, the JSON Resume `iso8601` definition. */
export const RESUME_DATE = /^([12]\d{3}-[01]\d-[0-3]\d|[12]\d{3}-[01]\d|[12]\d{3})$/;
export const resumeDateSchema = z
  .string()
  .regex(RESUME_DATE, { message: 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD' });

const text = (max = RESUME_TEXT_MAX) =>
  storableString()
    .trim()
    .max(max, { message: `Must be at most ${max} characters` });
const longText = () => text(RESUME_LONG_TEXT_MAX);
const list = <T extends z.ZodType>(item: T) =>
  z.array(item).max(RESUME_LIST_MAX, { message: `At most ${RESUME_LIST_MAX} entries` });
const url = () => text(2000);

export const resumeLocationSchema = z.object({
  address: text().optional(),
  postalCode: text(20).optional(),
  city: text().optional(),
  countryCode: text(10).optional(),
  region: text().optional(),
});

export const resumeProfileSchema = z.object({
  network: text().optional(),
  username: text().optional(),
  url: url().optional(),
});

export const resumeBasicsSchema = z.object({
  name: text().optional(),
  label: text().optional(),
  image: url().optional(),
  email: text(320).optional(),
  phone: text(50).optional(),
  url: url().optional(),
  summary: longText().optional(),
  location: resumeLocationSchema.optional(),
  profiles: list(resumeProfileSchema).optional(),
});

const dated = {
  startDate: resumeDateSchema.optional(),
  endDate: resumeDateSchema.optional(),
};

export const resumeWorkSchema = z.object({
  name: text().optional(),
  location: text().optional(),
  description: text().optional(),
  position: text().optional(),
  url: url().optional(),
  ...dated,
  summary: longText().optional(),
  highlights: list(longText()).optional(),
});

export const resumeVolunteerSchema = z.object({
  organization: text().optional(),
  position: text().optional(),
  url: url().optional(),
  ...dated,
  summary: longText().optional(),
  highlights: list(longText()).optional(),
});

export const resumeEducationSchema = z.object({
  institution: text().optional(),
  url: url().optional(),
  area: text().optional(),
  studyType: text().optional(),
  ...dated,
  score: text(50).optional(),
  courses: list(text()).optional(),
});

export const resumeAwardSchema = z.object({
  title: text().optional(),
  date: resumeDateSchema.optional(),
  awarder: text().optional(),
  summary: longText().optional(),
});

export const resumeCertificateSchema = z.object({
  name: text().optional(),
  date: resumeDateSchema.optional(),
  url: url().optional(),
  issuer: text().optional(),
});

export const resumePublicationSchema = z.object({
  name: text().optional(),
  publisher: text().optional(),
  releaseDate: resumeDateSchema.optional(),
  url: url().optional(),
  summary: longText().optional(),
});

export const resumeSkillSchema = z.object({
  name: text().optional(),
  level: text().optional(),
  keywords: list(text()).optional(),
});

export const resumeLanguageSchema = z.object({ language: text().optional(), fluency: text().optional() });
export const resumeInterestSchema = z.object({ name: text().optional(), keywords: list(text()).optional() });
export const resumeReferenceSchema = z.object({ name: text().optional(), reference: longText().optional() });

export const resumeProjectSchema = z.object({
  name: text().optional(),
  description: longText().optional(),
  highlights: list(longText()).optional(),
  keywords: list(text()).optional(),
  ...dated,
  url: url().optional(),
  roles: list(text()).optional(),
  entity: text().optional(),
  type: text().optional(),
});

/**
 * The whole document. Sections a person has not filled are absent (not empty arrays).
 *
 * @example
 * resumeDocumentSchema.parse({ basics: { name: 'Ada Lovelace' }, work: [{ name: 'Analytical Engines', startDate: '1842' }] });
 */
export const resumeDocumentSchema = z.object({
  basics: resumeBasicsSchema.optional(),
  work: list(resumeWorkSchema).optional(),
  volunteer: list(resumeVolunteerSchema).optional(),
  education: list(resumeEducationSchema).optional(),
  awards: list(resumeAwardSchema).optional(),
  certificates: list(resumeCertificateSchema).optional(),
  publications: list(resumePublicationSchema).optional(),
  skills: list(resumeSkillSchema).optional(),
  languages: list(resumeLanguageSchema).optional(),
  interests: list(resumeInterestSchema).optional(),
  references: list(resumeReferenceSchema).optional(),
  projects: list(resumeProjectSchema).optional(),
});

export type ResumeDocument = z.infer<typeof resumeDocumentSchema>;
export type ResumeWork = z.infer<typeof resumeWorkSchema>;
export type ResumeEducation = z.infer<typeof resumeEducationSchema>;
export type ResumeSkill = z.infer<typeof resumeSkillSchema>;

/** The sections of a document in the order a resume usually prints them. */
export const RESUME_SECTIONS = [
  'basics',
  'work',
  'education',
  'skills',
  'projects',
  'certificates',
  'awards',
  'publications',
  'volunteer',
  'languages',
  'interests',
  'references',
] as const satisfies readonly (keyof ResumeDocument)[];
export type ResumeSection = (typeof RESUME_SECTIONS)[number];
