import type { ResumeDocument } from '@jobpilot/contracts';

/**
 * What every export format prints, worked out once: the header (name, label, contact lines) and the sections
 * in print order under their standard headings, each entry reduced to a title, dates, a subtitle, paragraphs
 * and bullets. The PDF, DOCX, Markdown and text renderers only lay this out, so they print the same words.
 */
export interface OutlineEntry {
  /** "Position | Company", the institution, the project name… */
  title: string;
  /** "Dec 2013 – Present", printed on the title's line. */
  dates?: string;
  /** The line under the title: location, degree, roles, a link. */
  subtitle?: string;
  paragraphs: string[];
  bullets: string[];
}

export interface OutlineSection {
  heading: string;
  entries: OutlineEntry[];
}

export interface ResumeOutline {
  name: string;
  label?: string;
  /** Email, phone, location, website; then the profiles on a line of their own. */
  contact: string[][];
  sections: OutlineSection[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2013-12-01` → "Dec 2013", `2013` → "2013": a date every reader (and our parser) reads back. */
export function formatDate(date: string): string {
  const [year, month] = date.split('-');
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  return name ? `${name} ${year}` : (year ?? date);
}

/** A start with no end is a current role: "Dec 2013 – Present". An end alone is the date it ended. */
export function formatRange(start?: string, end?: string): string | undefined {
  if (start && end) return start === end ? formatDate(start) : `${formatDate(start)} – ${formatDate(end)}`;
  if (start) return `${formatDate(start)} – Present`;
  return end ? formatDate(end) : undefined;
}

const join = (parts: (string | undefined)[], separator = ' | ') =>
  parts.filter((p): p is string => typeof p === 'string' && p.trim().length > 0).join(separator);

const entry = (
  title: string,
  more: { dates?: string | undefined; subtitle?: string; paragraphs?: (string | undefined)[]; bullets?: string[] },
): OutlineEntry => ({
  title,
  ...(more.dates ? { dates: more.dates } : {}),
  ...(more.subtitle ? { subtitle: more.subtitle } : {}),
  paragraphs: (more.paragraphs ?? []).filter((p): p is string => !!p?.trim()),
  bullets: (more.bullets ?? []).filter((b) => b.trim().length > 0),
});

type Dated = { startDate?: string | undefined; endDate?: string | undefined };
type Role = Dated & {
  position?: string | undefined;
  location?: string | undefined;
  description?: string | undefined;
  url?: string | undefined;
  summary?: string | undefined;
  highlights?: string[] | undefined;
};

const roleEntry = (role: Role, organisation: string | undefined) =>
  entry(join([role.position, organisation]), {
    dates: formatRange(role.startDate, role.endDate),
    subtitle: join([role.location, role.url]),
    paragraphs: [role.description, role.summary],
    bullets: role.highlights ?? [],
  });

function profileText(profile: {
  network?: string | undefined;
  username?: string | undefined;
  url?: string | undefined;
}) {
  if (profile.url && (!profile.username || profile.url.includes(profile.username))) return profile.url;
  const named = join([profile.network, profile.username], ': ');
  return join([named, profile.url], ' ');
}

/**
 * The outline of a document; empty entries and empty sections are left out.
 *
 * @example
 * resumeOutline({ basics: { name: 'Ada' }, work: [{ name: 'Engines', position: 'Programmer', startDate: '1842' }] })
 * // { name: 'Ada', contact: [], sections: [{ heading: 'Experience', entries: [{ title: 'Programmer | Engines', dates: '1842 – Present', … }] }] }
 */
export function resumeOutline(doc: ResumeDocument): ResumeOutline {
  const basics = doc.basics ?? {};
  const location = basics.location;
  const place = join([location?.city, location?.region, location?.countryCode], ', ');
  const contact = [
    [basics.email, basics.phone, place, basics.url].filter((p): p is string => !!p?.trim()),
    (basics.profiles ?? []).map(profileText).filter((p) => p.length > 0),
  ].filter((line) => line.length > 0);

  const sections: OutlineSection[] = [];
  const add = (heading: string, entries: OutlineEntry[]) => {
    const kept = entries.filter((e) => e.title || e.dates || e.subtitle || e.paragraphs.length || e.bullets.length);
    if (kept.length > 0) sections.push({ heading, entries: kept });
  };

  if (basics.summary?.trim()) add('Summary', [entry('', { paragraphs: [basics.summary] })]);
  add(
    'Experience',
    (doc.work ?? []).map((w) => roleEntry(w, w.name)),
  );
  add(
    'Education',
    (doc.education ?? []).map((e) => {
      const degree = e.studyType && e.area ? `${e.studyType} in ${e.area}` : (e.studyType ?? e.area);
      return entry(e.institution ?? '', {
        dates: formatRange(e.startDate, e.endDate),
        subtitle: join([degree, e.score ? `GPA: ${e.score}` : undefined, e.url]),
        bullets: e.courses?.length ? [`Courses: ${e.courses.join(', ')}`] : [],
      });
    }),
  );
  add(
    'Skills',
    (doc.skills ?? []).map((s) => {
      const name = join([s.name, s.level ? `(${s.level})` : undefined], ' ');
      const keywords = (s.keywords ?? []).join(', ');
      return entry(name && keywords ? `${name}: ${keywords}` : name || keywords, {});
    }),
  );
  add(
    'Projects',
    (doc.projects ?? []).map((p) =>
      entry(p.name ?? '', {
        dates: formatRange(p.startDate, p.endDate),
        subtitle: join([(p.roles ?? []).join(', '), p.entity, p.url]),
        paragraphs: [p.description, p.keywords?.length ? `Technologies: ${p.keywords.join(', ')}` : undefined],
        bullets: p.highlights ?? [],
      }),
    ),
  );
  add(
    'Certificates',
    (doc.certificates ?? []).map((c) =>
      entry(join([c.name, c.issuer]), { dates: c.date ? formatDate(c.date) : undefined, subtitle: c.url ?? '' }),
    ),
  );
  add(
    'Awards',
    (doc.awards ?? []).map((a) =>
      entry(join([a.title, a.awarder]), { dates: a.date ? formatDate(a.date) : undefined, paragraphs: [a.summary] }),
    ),
  );
  add(
    'Publications',
    (doc.publications ?? []).map((p) =>
      entry(join([p.name, p.publisher]), {
        dates: p.releaseDate ? formatDate(p.releaseDate) : undefined,
        subtitle: p.url ?? '',
        paragraphs: [p.summary],
      }),
    ),
  );
  add(
    'Languages',
    (doc.languages ?? []).map((l) =>
      entry(l.language && l.fluency ? `${l.language} (${l.fluency})` : (l.language ?? l.fluency ?? ''), {}),
    ),
  );
  add(
    'Volunteer',
    (doc.volunteer ?? []).map((v) => roleEntry(v, v.organization)),
  );
  add(
    'Interests',
    (doc.interests ?? []).map((i) => {
      const keywords = (i.keywords ?? []).join(', ');
      return entry(i.name && keywords ? `${i.name}: ${keywords}` : (i.name ?? keywords), {});
    }),
  );
  add(
    'References',
    (doc.references ?? []).map((r) => entry(r.name ?? '', { paragraphs: [r.reference] })),
  );

  return {
    name: basics.name?.trim() || 'Résumé',
    ...(basics.label?.trim() ? { label: basics.label.trim() } : {}),
    contact,
    sections,
  };
}

/** True when every entry of the section is a one-line item (skills, languages): printed as a compact list. */
export const isListSection = (section: OutlineSection) =>
  section.entries.every((e) => !e.dates && !e.subtitle && e.paragraphs.length === 0 && e.bullets.length === 0);
