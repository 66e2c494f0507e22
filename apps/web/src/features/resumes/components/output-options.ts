import type { ExportFormat, Paper, ResumeTemplate } from '../api/use-resume-export';

export const FORMAT_OPTIONS: { value: ExportFormat; label: string }[] = [
  { value: 'pdf', label: 'PDF' },
  { value: 'docx', label: 'Word (.docx)' },
  { value: 'json', label: 'JSON Resume' },
  { value: 'md', label: 'Markdown' },
  { value: 'txt', label: 'Plain text' },
];

export const TEMPLATE_OPTIONS: { value: ResumeTemplate; label: string }[] = [
  { value: 'classic', label: 'Classic' },
  { value: 'modern', label: 'Modern' },
  { value: 'compact', label: 'Compact' },
];

export const PAPER_OPTIONS: { value: Paper; label: string }[] = [
  { value: 'a4', label: 'A4' },
  { value: 'letter', label: 'US Letter' },
];

/** The résumé's own template when it is one of the three, else Classic. */
export function templateOf(template: string | null): ResumeTemplate {
  return TEMPLATE_OPTIONS.find((option) => option.value === template)?.value ?? 'classic';
}
