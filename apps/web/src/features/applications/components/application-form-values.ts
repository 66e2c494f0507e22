import type { Application, ApplicationStatus, CreateApplicationInput, SalaryPeriod } from '@jobpilot/contracts';

/** What the add/edit form holds while the person types: text inputs hold strings, never null. */
export interface ApplicationFormValues {
  company: string;
  position: string;
  location: string;
  salaryMin: number | string;
  salaryMax: number | string;
  salaryCurrency: string;
  salaryPeriod: SalaryPeriod | '';
  jobUrl: string;
  jobDescription: string;
  status: ApplicationStatus;
  source: string;
  appliedAt: string;
  notes: string;
}

export function toFormValues(application: Application | null): ApplicationFormValues {
  return {
    company: application?.company ?? '',
    position: application?.position ?? '',
    location: application?.location ?? '',
    salaryMin: application?.salaryMin ?? '',
    salaryMax: application?.salaryMax ?? '',
    salaryCurrency: application?.salaryCurrency ?? '',
    salaryPeriod: application?.salaryPeriod ?? '',
    jobUrl: application?.jobUrl ?? '',
    jobDescription: application?.jobDescription ?? '',
    status: application?.status ?? 'saved',
    source: application?.source ?? '',
    appliedAt: application?.appliedAt ?? '',
    notes: application?.notes ?? '',
  };
}

const text = (value: string): string | null => (value.trim() === '' ? null : value);
const salary = (value: number | string): number | null =>
  typeof value === 'number' ? value : value.trim() === '' ? null : Number(value);

/** The request body for create and update; empty inputs become null (cleared). */
export function toApplicationInput(values: ApplicationFormValues): CreateApplicationInput {
  return {
    company: values.company,
    position: values.position,
    location: text(values.location),
    salaryMin: salary(values.salaryMin),
    salaryMax: salary(values.salaryMax),
    salaryCurrency: text(values.salaryCurrency),
    salaryPeriod: values.salaryPeriod === '' ? null : values.salaryPeriod,
    jobUrl: text(values.jobUrl),
    jobDescription: text(values.jobDescription),
    status: values.status,
    source: text(values.source),
    appliedAt: text(values.appliedAt),
    notes: text(values.notes),
  };
}
