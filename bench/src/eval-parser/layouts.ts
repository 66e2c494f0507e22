// The labelled layout set: HTML résumés in the layouts real résumés use and the export templates do not, each
// written from a JSON Resume document (the ground truth) and printed to PDF by Chromium at evaluation time.
import type { ResumeDocument, ResumeEducation, ResumeWork } from '@jobpilot/contracts';

const esc = (text: string | undefined) =>
  (text ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2021-04" → "Apr 2021" (or "04/2021", "April 2021" as other résumés write it). */
function date(value: string | undefined, style: 'short' | 'numeric' | 'long' = 'short'): string {
  if (!value) return '';
  const [year, month] = value.split('-');
  if (!month) return year ?? '';
  if (style === 'numeric') return `${month}/${year}`;
  return `${(style === 'long' ? LONG_MONTHS : MONTHS)[Number(month) - 1]} ${year}`;
}

const dates = (
  item: { startDate?: string | undefined; endDate?: string | undefined },
  style?: 'short' | 'numeric' | 'long',
) =>
  item.startDate
    ? `${date(item.startDate, style)} – ${item.endDate ? date(item.endDate, style) : 'Present'}`
    : date(item.endDate, style);

const degree = (e: ResumeEducation) =>
  e.studyType && e.area ? `${e.studyType} in ${e.area}` : (e.studyType ?? e.area ?? '');
const place = (doc: ResumeDocument) =>
  [doc.basics?.location?.city, doc.basics?.location?.region, doc.basics?.location?.countryCode]
    .filter(Boolean)
    .join(', ');
const skillLines = (doc: ResumeDocument) =>
  (doc.skills ?? []).map((s) => (s.keywords?.length ? `${s.name}: ${s.keywords.join(', ')}` : (s.name ?? '')));
/** Plain skill names on one line ("Figma, HTML"); groups one per line. */
const skillsInline = (doc: ResumeDocument) =>
  (doc.skills ?? []).some((k) => k.keywords?.length)
    ? skillLines(doc).map(esc).join('<br>')
    : (doc.skills ?? []).map((k) => esc(k.name)).join(', ');
const bullets = (items: string[] | undefined) =>
  items?.length ? `<ul>${items.map((h) => `<li>${esc(h)}</li>`).join('')}</ul>` : '';

interface Contact {
  icon: string;
  svg: string;
  text: string;
}

const SVG = {
  mail: '<path d="M2 4h20v16H2z M2 4l10 8 10-8" fill="none" stroke="currentColor" stroke-width="2"/>',
  phone:
    '<path d="M6 2h5l2 5-3 2a11 11 0 0 0 5 5l2-3 5 2v5a2 2 0 0 1-2 2A18 18 0 0 1 4 4a2 2 0 0 1 2-2z" fill="currentColor"/>',
  pin: '<path d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7z" fill="currentColor"/>',
  link: '<path d="M10 14l4-4 M7 17a4 4 0 0 1 0-6l3-3 M17 7a4 4 0 0 1 0 6l-3 3" fill="none" stroke="currentColor" stroke-width="2"/>',
};

function contacts(doc: ResumeDocument): Contact[] {
  const b = doc.basics ?? {};
  const out: Contact[] = [];
  if (b.email) out.push({ icon: '✉', svg: SVG.mail, text: b.email });
  if (b.phone) out.push({ icon: '☎', svg: SVG.phone, text: b.phone });
  if (place(doc)) out.push({ icon: '⌂', svg: SVG.pin, text: place(doc) });
  if (b.url) out.push({ icon: '🔗', svg: SVG.link, text: b.url.replace(/^https?:\/\//, '') });
  for (const p of b.profiles ?? [])
    if (p.url) out.push({ icon: '🔗', svg: SVG.link, text: p.url.replace(/^https?:\/\//, '') });
  return out;
}

const svgIcon = (path: string) =>
  `<svg width="10" height="10" viewBox="0 0 24 24" style="margin-right:4px">${path}</svg>`;

const page = (css: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
  @page { margin: 14mm; } body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #222; margin: 0; }
  h1 { font-size: 22pt; margin: 0 0 2px; } h2 { font-size: 12pt; margin: 14px 0 4px; } ul { margin: 2px 0 6px 16px; padding: 0; }
  p { margin: 2px 0; } ${css}</style></head><body>${body}</body></html>`;

/** A job as "Position" (bold) with the dates on the right, then "Company" on its own line. */
function jobRightDates(w: ResumeWork, style?: 'short' | 'numeric' | 'long') {
  return `<div class="row"><b>${esc(w.position)}</b><span>${esc(dates(w, style))}</span></div>
  <div class="row"><i>${esc(w.name)}</i><span>${esc(w.location)}</span></div>${bullets(w.highlights)}`;
}

function schoolRightDates(e: ResumeEducation) {
  return `<div class="row"><b>${esc(e.institution)}</b><span>${esc(dates(e))}</span></div>
  <p>${esc(degree(e))}${e.score ? ` — GPA: ${esc(e.score)}` : ''}</p>`;
}

const ROW_CSS = '.row { display: flex; justify-content: space-between; gap: 12px; }';

function summary(doc: ResumeDocument, heading = 'Summary') {
  return doc.basics?.summary ? `<h2>${heading}</h2><p>${esc(doc.basics.summary)}</p>` : '';
}

function projects(doc: ResumeDocument, heading = 'Projects') {
  if (!doc.projects?.length) return '';
  return `<h2>${heading}</h2>${doc.projects
    .map(
      (p) =>
        `<div class="row"><b>${esc(p.name)}</b><span>${esc(dates(p))}</span></div><p>${esc(p.description)}</p>${bullets(p.highlights)}`,
    )
    .join('')}`;
}

export type LayoutName =
  | 'two-columns'
  | 'left-sidebar'
  | 'table-layout'
  | 'all-caps-headings'
  | 'right-dates'
  | 'icon-contacts'
  | 'header-block';

export const LAYOUTS: Record<LayoutName, (doc: ResumeDocument) => string> = {
  /** A full-width header, then experience on the left and education, skills, projects on the right. */
  'two-columns': (doc) =>
    page(
      `${ROW_CSS} .cols { display: grid; grid-template-columns: 1fr 1fr; gap: 28px; }`,
      `<h1>${esc(doc.basics?.name)}</h1><p>${esc(doc.basics?.label)}</p><p>${contacts(doc)
        .map((c) => esc(c.text))
        .join(' | ')}</p>
      ${summary(doc)}
      <div class="cols"><div><h2>Experience</h2>${(doc.work ?? []).map((w) => jobRightDates(w)).join('')}</div>
      <div><h2>Education</h2>${(doc.education ?? []).map(schoolRightDates).join('')}
      <h2>Skills</h2>${skillLines(doc)
        .map((s) => `<p>${esc(s)}</p>`)
        .join('')}${projects(doc)}</div></div>`,
    ),
  /** A shaded left sidebar with name, contact details (with icons) and skills; the main column holds the rest. */
  'left-sidebar': (doc) =>
    page(
      `${ROW_CSS} .wrap { display: grid; grid-template-columns: 32% 1fr; gap: 24px; } .side { background: #eef2f6; padding: 10px; }`,
      `<div class="wrap"><div class="side"><h1 style="font-size:18pt">${esc(doc.basics?.name)}</h1><p>${esc(doc.basics?.label)}</p>
      <h2>Contact</h2>${contacts(doc)
        .map((c) => `<p>${c.icon} ${esc(c.text)}</p>`)
        .join('')}
      <h2>Skills</h2>${(doc.skills ?? [])
        .flatMap((s) => (s.keywords?.length ? [`${s.name}: ${s.keywords.join(', ')}`] : [s.name ?? '']))
        .map((s) => `<p>${esc(s)}</p>`)
        .join('')}</div>
      <div>${summary(doc, 'Profile')}<h2>Work Experience</h2>${(doc.work ?? []).map((w) => jobRightDates(w)).join('')}
      <h2>Education</h2>${(doc.education ?? []).map(schoolRightDates).join('')}${projects(doc)}</div></div>`,
    ),
  /** Every entry a table row: the dates in a narrow left cell, the title, employer and bullets on the right. */
  'table-layout': (doc) =>
    page(
      'table { width: 100%; border-collapse: collapse; } td { vertical-align: top; padding: 3px 4px; } td.when { width: 24%; color: #555; }',
      `<table><tr><td colspan="2"><h1>${esc(doc.basics?.name)}</h1></td></tr>
      <tr><td>${esc(doc.basics?.email)}</td><td>${[doc.basics?.phone, place(doc)].filter(Boolean).map(esc).join(' | ')}</td></tr>
      ${(doc.basics?.profiles ?? []).map((p) => `<tr><td colspan="2">${esc(p.url)}</td></tr>`).join('')}</table>
      ${summary(doc)}
      <h2>Experience</h2><table>${(doc.work ?? [])
        .map(
          (w) =>
            `<tr><td class="when">${esc(dates(w, 'numeric'))}</td><td><b>${esc(w.position)}</b>, ${esc(w.name)}${bullets(w.highlights)}</td></tr>`,
        )
        .join('')}</table>
      <h2>Education</h2><table>${(doc.education ?? [])
        .map(
          (e) =>
            `<tr><td class="when">${esc(dates(e, 'numeric'))}</td><td><b>${esc(e.institution)}</b><br>${esc(degree(e))}${e.score ? `<br>GPA: ${esc(e.score)}` : ''}</td></tr>`,
        )
        .join('')}</table>
      <h2>Skills</h2><table><tr><td>${skillLines(doc).map(esc).join('<br>')}</td></tr></table>`,
    ),
  /** Headings in capitals by CSS with letter spacing and a rule, long month names. */
  'all-caps-headings': (doc) =>
    page(
      `${ROW_CSS} h2 { text-transform: uppercase; letter-spacing: 2px; border-bottom: 1px solid #999; font-size: 11pt; }`,
      `<h1 style="text-transform:uppercase">${esc(doc.basics?.name)}</h1><p>${contacts(doc)
        .map((c) => esc(c.text))
        .join(' · ')}</p>
      ${summary(doc, 'Professional Summary')}<h2>Professional Experience</h2>${(doc.work ?? []).map((w) => jobRightDates(w, 'long')).join('')}
      <h2>Education</h2>${(doc.education ?? []).map(schoolRightDates).join('')}
      <h2>Technical Skills</h2>${skillLines(doc)
        .map((s) => `<p>${esc(s)}</p>`)
        .join('')}${projects(doc)}`,
    ),
  /** "Company — Position" on the left, dates pushed to the right margin with tabs of space, a location line. */
  'right-dates': (doc) =>
    page(
      `${ROW_CSS} .row span { text-align: right; min-width: 30%; }`,
      `<h1>${esc(doc.basics?.name)}</h1><p>${esc(doc.basics?.label)}</p>
      <p>${[doc.basics?.email, doc.basics?.phone, place(doc)].filter(Boolean).map(esc).join('  |  ')}</p>
      <p>${(doc.basics?.profiles ?? []).map((p) => esc(p.url)).join('  |  ')}</p>
      ${summary(doc)}<h2>Experience</h2>${(doc.work ?? [])
        .map(
          (w) =>
            `<div class="row"><span style="text-align:left"><b>${esc(w.name)}</b> — ${esc(w.position)}</span><span>${esc(dates(w))}</span></div>${bullets(w.highlights)}`,
        )
        .join('')}
      <h2>Education</h2>${(doc.education ?? []).map(schoolRightDates).join('')}
      <h2>Skills</h2><p>${skillsInline(doc)}</p>`,
    ),
  /** Inline SVG icons before each contact detail, in a row under the name. */
  'icon-contacts': (doc) =>
    page(
      `${ROW_CSS} .contacts span { margin-right: 14px; white-space: nowrap; }`,
      `<h1>${esc(doc.basics?.name)}</h1><p>${esc(doc.basics?.label)}</p>
      <p class="contacts">${contacts(doc)
        .map((c) => `<span>${svgIcon(c.svg)}${esc(c.text)}</span>`)
        .join(' ')}</p>
      ${summary(doc)}<h2>Experience</h2>${(doc.work ?? []).map((w) => jobRightDates(w)).join('')}
      <h2>Education</h2>${(doc.education ?? []).map(schoolRightDates).join('')}
      <h2>Skills</h2>${skillLines(doc)
        .map((s) => `<p>${esc(s)}</p>`)
        .join('')}${projects(doc)}`,
    ),
  /** A centred, coloured header block holding name, label and contacts separated by bullets. */
  'header-block': (doc) =>
    page(
      `${ROW_CSS} header { background: #1f3a5f; color: #fff; text-align: center; padding: 14px; } header p { margin: 3px 0; }`,
      `<header><h1>${esc(doc.basics?.name)}</h1><p>${esc(doc.basics?.label)}</p>
      <p>${contacts(doc)
        .map((c) => esc(c.text))
        .join(' • ')}</p></header>
      ${summary(doc)}<h2>Work History</h2>${(doc.work ?? []).map((w) => jobRightDates(w)).join('')}
      <h2>Education</h2>${(doc.education ?? []).map(schoolRightDates).join('')}
      <h2>Skills</h2>${skillLines(doc)
        .map((s) => `<p>• ${esc(s)}</p>`)
        .join('')}${projects(doc)}`,
    ),
};
