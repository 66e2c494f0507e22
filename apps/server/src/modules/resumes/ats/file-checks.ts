import type { AtsFileFacts, Finding } from './input.ts';
import { finder, quote } from './input.ts';

const CONTACT_DATA = /@|\+?\d[\d\s().-]{6,20}\d|https?:\/\/|www\.|linkedin|github/i;
const READABLE_KINDS = new Set(['pdf', 'docx']);
const LARGE_FILE = 2 * 1024 * 1024;
const FILE_MAX = 10 * 1024 * 1024;

/** Text an ATS can extract: not an image-only file, no image-only pages, enough text per page. */
export function checkText(file: AtsFileFacts, out: Finding[]): void {
  const find = finder('text', out);
  if (file.imageOnly || (file.textLength !== undefined && file.textLength === 0)) {
    find(
      'error',
      'text-image-only',
      'This file holds no text an ATS can read, only images (a scan, or a design tool that exports pictures); export the resume again from your word processor as PDF or DOCX.',
      { section: 'file', path: 'file.imageOnly' },
    );
    return;
  }
  for (const page of file.pagesWithoutText ?? []) {
    find(
      'error',
      'text-page-image-only',
      `Page ${page} has no text, only an image, so an ATS skips everything on it; replace the picture with real text.`,
      { section: 'file', path: 'file.pagesWithoutText', text: String(page) },
    );
  }
  if (file.kind === 'pdf' && file.textLength !== undefined && file.pages > 0 && file.textLength / file.pages < 300) {
    find(
      'warning',
      'text-sparse',
      `Only ${Math.round(file.textLength / file.pages)} characters of text per page could be read; parts of the resume may be pictures or outlined text, so check that you can select every line in a PDF viewer.`,
      { section: 'file', path: 'file.textLength' },
    );
  }
}

/** Layout an ATS reads in order: one column, no tables or text boxes, contact data in the body. */
export function checkLayout(file: AtsFileFacts, out: Finding[]): void {
  const find = finder('layout', out);
  for (const page of file.columnPages ?? []) {
    find(
      'warning',
      'layout-columns',
      `Page ${page} is set in two columns; many ATSs read straight across both, mixing the lines, so use a single-column layout.`,
      { section: 'file', path: 'file.columnPages', text: String(page) },
    );
  }
  if ((file.tables ?? 0) > 0) {
    find(
      'warning',
      'layout-tables',
      `The file lays text out in ${file.tables === 1 ? 'a table' : `${file.tables} tables`}; an ATS may read the cells out of order or skip them, so put the content in plain paragraphs.`,
      { section: 'file', path: 'file.tables', text: String(file.tables) },
    );
  }
  if ((file.textBoxes ?? 0) > 0) {
    find(
      'warning',
      'layout-text-boxes',
      `The file has ${file.textBoxes === 1 ? 'a text box' : `${file.textBoxes} text boxes`}; many ATSs ignore text boxes, so move their text into the body.`,
      { section: 'file', path: 'file.textBoxes', text: String(file.textBoxes) },
    );
  }
  for (const line of file.headerFooterLines ?? []) {
    const contact = CONTACT_DATA.test(line);
    find(
      contact ? 'error' : 'info',
      contact ? 'layout-contact-in-header' : 'layout-header-text',
      contact
        ? `Your contact details ${quote(line)} sit in the page header or footer, which many ATSs do not read; move them to the top of the body.`
        : `The page header or footer holds ${quote(line)}; an ATS may drop it, so keep nothing important there.`,
      { section: 'file', path: 'file.headerFooterLines', text: line },
    );
  }
  const low = Object.entries(file.confidence ?? {}).filter(
    ([field, value]) => (field === 'work' || field === 'education') && value < 0.5,
  );
  for (const [field] of low) {
    const name = field === 'work' ? 'experience' : 'education';
    find(
      'warning',
      'layout-entries-unclear',
      `Only part of each ${name} entry (title, organisation, dates) could be read; put the title, the organisation and the dates of each entry on lines of their own.`,
      { section: field, path: `file.confidence.${field}` },
    );
  }
}

/** A type every ATS reads (PDF or DOCX) and a size that uploads everywhere. */
export function checkFile(file: AtsFileFacts, out: Finding[]): void {
  const find = finder('file', out);
  const where = { section: 'file', path: 'file.kind', text: file.kind };
  if (file.kind === 'txt') {
    find(
      'info',
      'file-plain-text',
      'A plain-text file reads fine in an ATS but loses all formatting for the person who opens it; upload a PDF or DOCX when you apply.',
      where,
    );
  } else if (!READABLE_KINDS.has(file.kind)) {
    find(
      'error',
      'file-type',
      `A ${file.kind.toUpperCase()} file is not read by every ATS; save the resume as PDF or DOCX.`,
      where,
    );
  }
  const mb = (file.bytes / 1024 / 1024).toFixed(1);
  if (file.bytes > FILE_MAX) {
    find(
      'error',
      'file-too-large',
      `The file is ${mb} MB, over the 10 MB most ATSs accept; remove images and export again.`,
      {
        section: 'file',
        path: 'file.bytes',
      },
    );
  } else if (file.bytes > LARGE_FILE) {
    find(
      'warning',
      'file-large',
      `The file is ${mb} MB; some ATSs refuse files over 2 MB, so remove photos or large images, or export with compressed images.`,
      { section: 'file', path: 'file.bytes' },
    );
  }
}
