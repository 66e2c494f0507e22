export { type RenderDocxOptions, renderDocx } from './docx.ts';
export { formatDate, formatRange, type ResumeOutline, resumeOutline } from './outline.ts';
export { type RenderPdfOptions, renderPdf } from './pdf.ts';
export {
  RESUME_PAPERS,
  RESUME_TEMPLATES,
  type ResumePaper,
  type ResumeTemplate,
  resumeTemplate,
  TEMPLATE_STYLES,
} from './templates.ts';
export { JSON_RESUME_SCHEMA_URL, renderJsonResume, renderMarkdown, renderText } from './text.ts';
