import { type ResumeDocument, resumeDocumentSchema } from '@jobpilot/contracts';
import { isListSection, type OutlineEntry, resumeOutline } from './outline.ts';

/** The JSON Resume schema the exported JSON names in `$schema`. */
export const JSON_RESUME_SCHEMA_URL = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

/** Markdown's own characters escaped, so a title with `*` or `_` prints as written. */
const md = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/^([-+]|\d+\.)(\s)/, '\\$1$2');

function markdownEntry(item: OutlineEntry): string[] {
  const lines: string[] = [];
  if (item.title || item.dates) lines.push(`### ${[md(item.title), item.dates].filter(Boolean).join(' — ')}`, '');
  if (item.subtitle) lines.push(`*${md(item.subtitle)}*`, '');
  for (const paragraph of item.paragraphs) lines.push(md(paragraph), '');
  if (item.bullets.length > 0) lines.push(...item.bullets.map((b) => `- ${md(b)}`), '');
  return lines;
}

/**
 * A résumé as Markdown: `#` name, `##` sections, `###` entries with their dates, `-` bullets.
 *
 * @example
 * renderMarkdown({ basics: { name: 'Ada Lovelace' } }) // '# Ada Lovelace\n'
 */
export function renderMarkdown(doc: ResumeDocument): string {
  const outline = resumeOutline(doc);
  const lines = [`# ${md(outline.name)}`, ''];
  if (outline.label) lines.push(`**${md(outline.label)}**`, '');
  for (const line of outline.contact) lines.push(line.map(md).join(' | '), '');
  for (const section of outline.sections) {
    lines.push(`## ${section.heading}`, '');
    if (isListSection(section)) lines.push(...section.entries.map((e) => `- ${md(e.title)}`), '');
    else for (const item of section.entries) lines.push(...markdownEntry(item));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Plain text: headings in capitals, dates after two spaces on the title's line, "•" bullets. */
export function renderText(doc: ResumeDocument): string {
  const outline = resumeOutline(doc);
  const lines = [outline.name];
  if (outline.label) lines.push(outline.label);
  for (const line of outline.contact) lines.push(line.join(' | '));
  for (const section of outline.sections) {
    lines.push('', section.heading.toUpperCase());
    section.entries.forEach((item, i) => {
      if (i > 0 && !isListSection(section)) lines.push('');
      if (item.title || item.dates) lines.push([item.title, item.dates].filter(Boolean).join('  '));
      if (item.subtitle) lines.push(item.subtitle);
      lines.push(...item.paragraphs, ...item.bullets.map((b) => `• ${b}`));
    });
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The document as a JSON Resume file: validated (unknown keys dropped), with `$schema` first.
 *
 * @example
 * JSON.parse(renderJsonResume(doc)).$schema // JSON_RESUME_SCHEMA_URL
 */
export function renderJsonResume(doc: ResumeDocument): string {
  return `${JSON.stringify({ $schema: JSON_RESUME_SCHEMA_URL, ...resumeDocumentSchema.parse(doc) }, null, 2)}\n`;
}
