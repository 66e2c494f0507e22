/** The sections the parser fills, and what résumés call them. */
export type SectionName =
  | 'summary'
  | 'work'
  | 'education'
  | 'skills'
  | 'projects'
  | 'certificates'
  | 'awards'
  | 'languages'
  | 'volunteer'
  | 'interests'
  | 'publications'
  | 'references';

const SYNONYMS: Record<SectionName, string[]> = {
  summary: [
    'summary',
    'profile',
    'professional summary',
    'about me',
    'about',
    'objective',
    'career objective',
    'personal statement',
    'professional profile',
    'overview',
  ],
  work: [
    'experience',
    'work experience',
    'professional experience',
    'work history',
    'employment',
    'employment history',
    'career history',
    'relevant experience',
    'experience & achievements',
  ],
  education: [
    'education',
    'academic background',
    'education and training',
    'qualifications',
    'academic qualifications',
  ],
  skills: [
    'skills',
    'technical skills',
    'core skills',
    'key skills',
    'skills & abilities',
    'competencies',
    'core competencies',
    'technologies',
    'tech stack',
    'tools',
    'expertise',
    'skills and interests',
  ],
  projects: ['projects', 'personal projects', 'selected projects', 'key projects', 'side projects', 'open source'],
  certificates: [
    'certifications',
    'certificates',
    'licenses',
    'licenses & certifications',
    'licenses and certifications',
    'certifications & licenses',
  ],
  awards: ['awards', 'honors', 'honours', 'achievements', 'awards & honors', 'honors & awards'],
  languages: ['languages', 'spoken languages'],
  volunteer: ['volunteer', 'volunteering', 'volunteer experience', 'community'],
  interests: ['interests', 'hobbies', 'hobbies & interests'],
  publications: ['publications', 'papers'],
  references: ['references'],
};

const BY_NAME = new Map<string, SectionName>();
/** The same names without spaces: letter-spaced headings come out of PDFs as "PROFE SS IONALEXPERIENCE". */
const BY_LETTERS = new Map<string, SectionName>();
for (const [section, names] of Object.entries(SYNONYMS) as [SectionName, string[]][]) {
  for (const name of names) {
    BY_NAME.set(name, section);
    BY_LETTERS.set(name.replace(/\s+/g, ''), section);
  }
}

/**
 * The section a line names when it is a heading: a standard name or synonym, written alone on its line
 * (a trailing colon allowed), in any case. `emphasised` (bold, larger or ALL-CAPS) lets a longer
 * "Experience in …" style heading count too.
 *
 * @example
 * sectionOf('WORK HISTORY') // 'work'
 * sectionOf('Skills:') // 'skills'
 */
export function sectionOf(line: string, emphasised = false): SectionName | undefined {
  const key = line
    .toLowerCase()
    .replace(/[:|•·\-–—_]+\s*$/, '')
    .replace(/^[\s•·\-–—_#]+/, '')
    .replace(/\band\b/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  if (key.length === 0 || key.length > 40) return undefined;
  const direct = BY_NAME.get(key) ?? BY_NAME.get(key.replace(/&/g, 'and'));
  if (direct) return direct;
  if (!emphasised) return undefined;
  const letters =
    BY_LETTERS.get(key.replace(/\s+/g, '')) ?? BY_LETTERS.get(key.replace(/\s+/g, '').replace(/&/g, 'and'));
  if (letters) return letters;
  const words = key.split(' ');
  if (words.length > 4) return undefined;
  for (let n = words.length - 1; n >= 1; n--) {
    const hit = BY_NAME.get(words.slice(0, n).join(' ')) ?? BY_NAME.get(words.slice(-n).join(' '));
    if (hit) return hit;
  }
  return undefined;
}
