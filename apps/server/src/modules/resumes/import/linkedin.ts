import {
  ErrorCode,
  RESUME_LIST_MAX,
  RESUME_LONG_TEXT_MAX,
  RESUME_TEXT_MAX,
  type ResumeDocument,
  resumeDocumentSchema,
} from '@jobpilot/contracts';
import Papa from 'papaparse';
import { AppError } from '#platform/errors.ts';
import { type CsvRowLimits, scanCsv } from '#platform/untrusted/csv-scan.ts';
import { inflateBudget } from '#platform/untrusted/inflate.ts';
import { toResumeDate } from '../parser/dates.ts';
import { fieldPath } from './json-resume.ts';
import { readZipEntry, zipDirectory } from './zip-entries.ts';

/** The largest export ZIP an import reads; the full archive (with messages) of a busy account is a few MB. */
export const LINKEDIN_ZIP_MAX_BYTES = 30 * 1024 * 1024;
/** Files an export lists: about 40–80 CSVs and a few folders. */
export const LINKEDIN_ZIP_ENTRIES_MAX = 2_000;
/** What the CSVs read may unpack to together, and one of them alone. */
export const LINKEDIN_INFLATED_MAX = 16 * 1024 * 1024;
export const LINKEDIN_CSV_MAX = 4 * 1024 * 1024;
/** Rows read from one CSV: a section keeps at most `RESUME_LIST_MAX` entries. */
const ROWS_MAX = RESUME_LIST_MAX;
/** Highlights one description splits into. */
const HIGHLIGHTS_MAX = 50;
const ROW_LIMITS: CsvRowLimits = { cells: 100, rowChars: 256 * 1024, cellChars: 64 * 1024 };

/** The files read, by the name LinkedIn gives them; every other file of the archive is left unread. */
const FILES = {
  profile: 'profile.csv',
  positions: 'positions.csv',
  education: 'education.csv',
  skills: 'skills.csv',
  emails: 'email addresses.csv',
  phones: 'phonenumbers.csv',
  languages: 'languages.csv',
  certifications: 'certifications.csv',
  projects: 'projects.csv',
} as const;
type FileKey = keyof typeof FILES;

const refuse = (message: string) => new AppError(ErrorCode.ValidationFailed, message, { field: 'file' });

type Row = Record<string, string>;

/** `First Name` → `firstname`: LinkedIn's headers have changed case and spacing between exports. */
const headerKey = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The rows of one CSV as objects keyed by `headerKey`, the first `ROWS_MAX` only; `scanCsv` checks every
 * row's width first, so no row too wide is built. A NUL in the file is a 422 naming the file.
 */
export function readLinkedInCsv(text: string, file: string): Row[] {
  const source = text.replace(/^\uFEFF/, '');
  if (source.includes('\u0000')) {
    throw refuse(`${file} in this ZIP holds NUL characters, so it is not a LinkedIn export file`);
  }
  scanCsv(source, ',', ROW_LIMITS, 'file');
  const parsed = Papa.parse<string[]>(source, { delimiter: ',', skipEmptyLines: 'greedy', preview: ROWS_MAX + 1 });
  const [header, ...rows] = parsed.data;
  if (!header) return [];
  const keys = header.map(headerKey);
  return rows.map((cells) => {
    const row: Row = {};
    keys.forEach((key, i) => {
      const cell = cells[i]?.trim();
      if (key && cell) row[key] = cell;
    });
    return row;
  });
}

/** Text cut to a field's limit at a word boundary, so an over-long LinkedIn headline still imports. */
function clip(text: string | undefined, max = RESUME_TEXT_MAX): string | undefined {
  const clean = text?.replace(/\r\n?/g, '\n').trim();
  if (!clean) return undefined;
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A LinkedIn date (`Jan 2020`, `2020`, `Jan 15, 1990`, `2020-03`) as `YYYY-MM` or `YYYY`. */
export function linkedInDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const text = raw.trim();
  const withDay = text.match(/^([A-Za-z]+)\.?\s+\d{1,2},\s*(\d{4})$/);
  return toResumeDate(withDay ? `${withDay[1]} ${withDay[2]}` : text);
}

const BULLET = /^\s*(?:[•·▪◦●‣∙○■□➢➤►▶✓✔*–—-]|\d{1,2}[.)])\s+/;
/** One space each side, never `\s+`: a run of spaces must not be retried from each of its positions. */
const INLINE_BULLET = /\s[•▪●►]\s/;

/**
 * A description as highlights: one per line, with bullets (`•`, `-`, `*`, `1.`) taken off; a line holding
 * several `•` items is split at them. Linear in the text.
 *
 * @example
 * highlightsOf('• Shipped the app\n• Cut costs 20%') // ['Shipped the app', 'Cut costs 20%']
 */
export function highlightsOf(description: string | undefined): string[] | undefined {
  if (!description) return undefined;
  const out: string[] = [];
  for (const line of description.split(/\r\n?|\n|\u2028/)) {
    for (const piece of line.split(INLINE_BULLET)) {
      const text = clip(piece.replace(BULLET, ''), RESUME_LONG_TEXT_MAX);
      if (text) out.push(text);
      if (out.length >= HIGHLIGHTS_MAX) return out;
    }
  }
  return out.length ? out : undefined;
}

/** `[PERSONAL:https://a.dev,COMPANY:https://b.com]` or a bare URL list: label and URL of each. */
function websites(cell: string | undefined): { label?: string; url: string }[] {
  if (!cell) return [];
  const out: { label?: string; url: string }[] = [];
  for (const part of cell.replace(/^\[|\]$/g, '').split(/,(?=\s*(?:[A-Z_]+:)?\s*(?:https?:\/\/|www\.))/i)) {
    const m = part.trim().match(/^(?:([A-Z_]+):)?\s*(\S+)$/i);
    if (!m?.[2] || !/^(https?:\/\/|www\.)/i.test(m[2])) continue;
    const label = m[1] ? m[1].charAt(0) + m[1].slice(1).toLowerCase().replace(/_/g, ' ') : undefined;
    out.push({ ...(label ? { label } : {}), url: m[2] });
    if (out.length >= RESUME_LIST_MAX) break;
  }
  return out;
}

/** `[ada,ada_dev]` → `['ada', 'ada_dev']`. */
const handles = (cell: string | undefined) =>
  (cell ?? '')
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((h) => h.trim().replace(/^@/, ''))
    .filter((h) => /^\w{1,50}$/.test(h))
    .slice(0, 10);

/** `NATIVE_OR_BILINGUAL` → `Native or bilingual`; `Full professional proficiency` unchanged. */
const humanize = (value: string | undefined) =>
  value && /^[A-Z_]+$/.test(value) ? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ') : value;

/** `Berlin, Berlin, Germany` → city Berlin, region `Berlin, Germany`. */
function locationOf(geo: string | undefined): NonNullable<ResumeDocument['basics']>['location'] {
  if (!geo) return undefined;
  const [city, ...rest] = geo.split(',').map((p) => p.trim());
  const region = rest.filter(Boolean).join(', ');
  return { ...(city ? { city: clip(city) } : {}), ...(region ? { region: clip(region) } : {}) };
}

/** An object without its undefined fields, so absent stays absent. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const nonEmpty = <T>(list: T[]) => (list.length ? list : undefined);

function basicsOf(files: Partial<Record<FileKey, Row[]>>): ResumeDocument['basics'] {
  const profile = files.profile?.[0] ?? {};
  const emails = files.emails ?? [];
  const email = (emails.find((e) => /^y/i.test(e.primary ?? '')) ?? emails[0])?.emailaddress;
  const phone = files.phones?.find((p) => p.number)?.number;
  const sites = websites(profile.websites);
  const personal = sites.find((s) => /personal|portfolio/i.test(s.label ?? '')) ?? sites[0];
  const profiles = [
    ...sites.map((s) => compact({ network: clip(s.label ?? 'Website'), url: clip(s.url, 2000) })),
    ...handles(profile.twitterhandles).map((h) => ({ network: 'Twitter', username: h, url: `https://x.com/${h}` })),
  ];
  const name = [profile.firstname, profile.lastname].filter(Boolean).join(' ');
  const basics = compact({
    name: clip(name),
    label: clip(profile.headline),
    email: clip(email, 320),
    phone: clip(phone, 50),
    url: clip(personal?.url, 2000),
    summary: clip(profile.summary, RESUME_LONG_TEXT_MAX),
    location: locationOf(profile.geolocation ?? profile.location),
    profiles: nonEmpty(profiles.slice(0, RESUME_LIST_MAX)),
  });
  return Object.keys(basics).length ? basics : undefined;
}

/** The document an export's rows make; each section keeps the file's order (LinkedIn's: newest first). */
function documentOf(files: Partial<Record<FileKey, Row[]>>): ResumeDocument {
  const work = (files.positions ?? [])
    .map((p) =>
      compact({
        name: clip(p.companyname),
        position: clip(p.title),
        location: clip(p.location),
        startDate: linkedInDate(p.startedon),
        endDate: linkedInDate(p.finishedon),
        highlights: highlightsOf(p.description),
      }),
    )
    .filter((w) => w.name || w.position);
  const education = (files.education ?? [])
    .map((e) =>
      compact({
        institution: clip(e.schoolname),
        studyType: clip(e.degreename),
        startDate: linkedInDate(e.startdate),
        endDate: linkedInDate(e.enddate),
      }),
    )
    .filter((e) => e.institution || e.studyType);
  const skills = (files.skills ?? []).flatMap((s) => (clip(s.name) ? [{ name: clip(s.name) as string }] : []));
  const languages = (files.languages ?? []).flatMap((l) =>
    l.name ? [compact({ language: clip(l.name), fluency: clip(humanize(l.proficiency)) })] : [],
  );
  const certificates = (files.certifications ?? []).flatMap((c) =>
    c.name
      ? [
          compact({
            name: clip(c.name),
            issuer: clip(c.authority),
            url: clip(c.url, 2000),
            date: linkedInDate(c.startedon),
          }),
        ]
      : [],
  );
  const projects = (files.projects ?? []).flatMap((p) =>
    p.title
      ? [
          compact({
            name: clip(p.title),
            description: clip(p.description, RESUME_LONG_TEXT_MAX),
            url: clip(p.url, 2000),
            startDate: linkedInDate(p.startedon),
            endDate: linkedInDate(p.finishedon),
          }),
        ]
      : [],
  );
  return compact({
    basics: basicsOf(files),
    work: nonEmpty(work),
    education: nonEmpty(education),
    skills: nonEmpty(skills),
    projects: nonEmpty(projects),
    certificates: nonEmpty(certificates),
    languages: nonEmpty(languages),
  });
}

/**
 * A LinkedIn "Get a copy of your data" ZIP as a new résumé: Profile, Positions, Education and Skills, and
 * when the export has them Email Addresses, PhoneNumbers, Languages, Certifications and Projects. Only
 * those entries are inflated, all from one budget (`LINKEDIN_INFLATED_MAX`), each CSV scanned for row width
 * before it is parsed and read up to `RESUME_LIST_MAX` rows: the cost is linear in the bytes read and
 * bounded whatever the archive holds. Dates become `YYYY-MM` or `YYYY`; a position with no Finished On is
 * current and has no end date; a description becomes one highlight per line or bullet.
 *
 * @example
 * importLinkedInExport(readFileSync('Basic_LinkedInDataExport.zip')).work?.[0]?.startDate // '2021-03'
 */
export function importLinkedInExport(zipBytes: Uint8Array): ResumeDocument {
  if (zipBytes.length === 0) throw refuse('The file is empty; choose the ZIP file LinkedIn sent you');
  if (zipBytes.length > LINKEDIN_ZIP_MAX_BYTES) {
    throw new AppError(
      ErrorCode.PayloadTooLarge,
      'The file is larger than 30 MB; request the LinkedIn export again with only Profile, Positions, Education and Skills selected',
      { field: 'file' },
    );
  }
  const data = Buffer.from(zipBytes.buffer, zipBytes.byteOffset, zipBytes.byteLength);
  const directory = zipDirectory(data, LINKEDIN_ZIP_ENTRIES_MAX);
  const wanted = new Map<string, FileKey>(Object.entries(FILES).map(([key, name]) => [name, key as FileKey]));
  const budget = inflateBudget(LINKEDIN_INFLATED_MAX);
  const files: Partial<Record<FileKey, Row[]>> = {};
  let found = 0;
  for (const entry of directory) {
    const base = entry.name.slice(entry.name.lastIndexOf('/') + 1).toLowerCase();
    const key = wanted.get(base);
    if (!key || files[key]) continue;
    const bytes = readZipEntry(data, entry, { maxBytes: LINKEDIN_CSV_MAX, budget });
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw refuse(`${entry.name} in this ZIP is not UTF-8 text, so it is not a LinkedIn export file`);
    }
    files[key] = readLinkedInCsv(text, entry.name);
    found++;
  }
  if (found === 0) {
    throw refuse(
      'This ZIP holds none of the files of a LinkedIn data export (Profile.csv, Positions.csv, Education.csv, Skills.csv); choose the ZIP LinkedIn sent you',
    );
  }
  const document = documentOf(files);
  if (Object.keys(document).length === 0) {
    throw refuse('The LinkedIn export holds no profile, positions, education or skills to make a résumé from');
  }
  const checked = resumeDocumentSchema.safeParse(document);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw refuse(
      `The LinkedIn export holds a value JobPilot cannot keep (${fieldPath(issue?.path ?? [])}: ${issue?.message})`,
    );
  }
  return checked.data;
}
