import { z } from 'zod';
import {
  type ApplicationStatus,
  applicationSchema,
  applicationStatusSchema,
  listApplicationsQuerySchema,
  statusChangeSchema,
} from './applications.js';
import { resumeDocumentSchema } from './resume-document.js';
import { storableString } from './text.js';

/** Largest CSV file an import accepts (2 MiB); bigger answers 413. */
export const CSV_IMPORT_BYTES_MAX = 2 * 1024 * 1024;
/** Most data rows one import takes; more answers 422 on `csv`. */
export const CSV_IMPORT_ROWS_MAX = 5_000;
/** Most columns a CSV file may have. */
export const CSV_IMPORT_COLUMNS_MAX = 100;
/** Rows the preview returns in full (values and problems); the counts cover every row. */
export const CSV_IMPORT_PREVIEW_ROWS = 50;
/** Row problems listed in a preview or an import result; the counts cover every row. */
export const CSV_IMPORT_ERRORS_MAX = 500;

/** JobPilot fields a CSV column can be mapped to. `salary` is a range in one cell ("$90k–120k"). */
export const CSV_IMPORT_FIELDS = [
  'company',
  'position',
  'status',
  'jobUrl',
  'appliedAt',
  'salary',
  'salaryMin',
  'salaryMax',
  'salaryCurrency',
  'salaryPeriod',
  'location',
  'source',
  'notes',
  'jobDescription',
] as const;
export const csvImportFieldSchema = z.enum(CSV_IMPORT_FIELDS);
export type CsvImportField = z.infer<typeof csvImportFieldSchema>;

/** Field names as a person reads them, for the mapping step and messages. */
export const CSV_IMPORT_FIELD_LABELS: Record<CsvImportField, string> = {
  company: 'Company',
  position: 'Position',
  status: 'Status',
  jobUrl: 'Job URL',
  appliedAt: 'Date applied',
  salary: 'Salary (range)',
  salaryMin: 'Salary min',
  salaryMax: 'Salary max',
  salaryCurrency: 'Salary currency',
  salaryPeriod: 'Salary period',
  location: 'Location',
  source: 'Source',
  notes: 'Notes',
  jobDescription: 'Job description',
};

/** Fields every imported row needs a column for. */
export const CSV_IMPORT_REQUIRED_FIELDS = ['company', 'position'] as const satisfies readonly CsvImportField[];

/** Status names in exports and the import's status step. */
export const TRANSFER_STATUS_LABELS: Record<ApplicationStatus, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interview: 'Interview',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  accepted: 'Accepted',
};

/** How a slashed date such as 04/03/2026 is read: month first (US) or day first (EU). */
export const CSV_IMPORT_DATE_ORDERS = ['mdy', 'dmy'] as const;
export const csvImportDateOrderSchema = z.enum(CSV_IMPORT_DATE_ORDERS);
export type CsvImportDateOrder = z.infer<typeof csvImportDateOrderSchema>;

export const CSV_IMPORT_STATUS_VALUE_MAX = 200;

/** Column mapping: one entry per CSV column, in order; `null` ignores the column. */
export const csvImportMappingSchema = z
  .array(csvImportFieldSchema.nullable())
  .max(CSV_IMPORT_COLUMNS_MAX)
  .superRefine((mapping, ctx) => {
    const seen = new Set<CsvImportField>();
    mapping.forEach((field, index) => {
      if (field === null) return;
      if (seen.has(field)) {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `${CSV_IMPORT_FIELD_LABELS[field]} is chosen for two columns; pick it for one only`,
        });
      }
      seen.add(field);
    });
  });

/** Choices a person can make about an import; anything left out is suggested by the server. */
const importOptionFields = {
  mapping: csvImportMappingSchema.optional(),
  /** Status cell value (as in the file, compared ignoring case and spaces) → JobPilot status. */
  statusMap: z.record(storableString().max(CSV_IMPORT_STATUS_VALUE_MAX), applicationStatusSchema).optional(),
  dateOrder: csvImportDateOrderSchema.optional(),
  /** Rows naming a company and position already tracked (or repeated in the file) are left out. */
  skipDuplicates: z.boolean().default(true),
};
export const csvImportOptionsSchema = z.object(importOptionFields);
export type CsvImportOptions = z.input<typeof csvImportOptionsSchema>;

/**
 * Body of the preview and import routes when the CSV is sent as JSON text. The file itself may hold a NUL:
 * each row is checked against the application schema, so such a row is reported on its own.
 */
export const csvImportRequestSchema = z.object({
  csv: z.string({ message: 'Upload or paste a CSV file' }).min(1, { message: 'Upload or paste a CSV file' }),
  ...importOptionFields,
});
export type CsvImportRequest = z.input<typeof csvImportRequestSchema>;

/** A problem with one row: `row` is the spreadsheet row number (the header is row 1). */
export const csvImportRowErrorSchema = z.object({
  row: z.number().int(),
  field: csvImportFieldSchema.nullable(),
  column: z.string().nullable(),
  message: z.string(),
});
export type CsvImportRowError = z.infer<typeof csvImportRowErrorSchema>;

/** The application a row becomes, as far as it could be read. */
export const csvImportedValuesSchema = z.object({
  company: z.string().nullable(),
  position: z.string().nullable(),
  status: applicationStatusSchema.nullable(),
  jobUrl: z.string().nullable(),
  appliedAt: z.string().nullable(),
  salaryMin: z.number().nullable(),
  salaryMax: z.number().nullable(),
  salaryCurrency: z.string().nullable(),
  salaryPeriod: z.string().nullable(),
  location: z.string().nullable(),
  source: z.string().nullable(),
  notes: z.string().nullable(),
  jobDescription: z.string().nullable(),
});
export type CsvImportedValues = z.infer<typeof csvImportedValuesSchema>;

export const csvImportPreviewRowSchema = z.object({
  row: z.number().int(),
  values: csvImportedValuesSchema,
  errors: z.array(csvImportRowErrorSchema),
  duplicate: z.boolean(),
});
export type CsvImportPreviewRow = z.infer<typeof csvImportPreviewRowSchema>;

export const csvImportStatusValueSchema = z.object({
  value: z.string(),
  count: z.number().int(),
  /** What the value means: the person's choice, else the recognised synonym, else null (unknown). */
  status: applicationStatusSchema.nullable(),
});
export type CsvImportStatusValue = z.infer<typeof csvImportStatusValueSchema>;

export const csvImportPreviewSchema = z.object({
  delimiter: z.string(),
  headers: z.array(z.string()),
  /** Up to three non-empty values of each column, for the mapping step. */
  samples: z.array(z.array(z.string())),
  suggestedMapping: z.array(csvImportFieldSchema.nullable()),
  mapping: z.array(csvImportFieldSchema.nullable()),
  missingFields: z.array(csvImportFieldSchema),
  statusValues: z.array(csvImportStatusValueSchema),
  dateOrder: csvImportDateOrderSchema,
  /** True when the file has slashed dates whose order the data alone cannot tell (all parts ≤ 12). */
  dateOrderAmbiguous: z.boolean(),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  invalidRows: z.number().int(),
  duplicateRows: z.number().int(),
  /** Rows that an import with these options would write. */
  importableRows: z.number().int(),
  rows: z.array(csvImportPreviewRowSchema),
  errors: z.array(csvImportRowErrorSchema),
});
export type CsvImportPreview = z.infer<typeof csvImportPreviewSchema>;

export const csvImportResultSchema = z.object({
  imported: z.number().int(),
  skippedInvalid: z.number().int(),
  skippedDuplicates: z.number().int(),
  errors: z.array(csvImportRowErrorSchema),
});
export type CsvImportResult = z.infer<typeof csvImportResultSchema>;

export const APPLICATION_EXPORT_FORMATS = ['csv'] as const;
/** `GET /applications/export?format=csv&status=…&q=…&sort=…`: the list's filters, every matching row. */
export const exportApplicationsQuerySchema = listApplicationsQuerySchema.omit({ page: true, limit: true }).extend({
  format: z.enum(APPLICATION_EXPORT_FORMATS, { message: 'Use format=csv' }).default('csv'),
});
export type ExportApplicationsQuery = z.input<typeof exportApplicationsQuerySchema>;

/** Version of the "all my data" JSON file; raised when its shape changes incompatibly. */
export const USER_EXPORT_VERSION = 1;
export const USER_EXPORT_FORMAT = 'jobpilot-user-export';

const isoTime = z.string();
export const userExportSchema = z.object({
  format: z.literal(USER_EXPORT_FORMAT),
  version: z.literal(USER_EXPORT_VERSION),
  exportedAt: isoTime,
  user: z.object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    emailVerified: z.boolean(),
    image: z.string().nullable(),
    role: z.string(),
    createdAt: isoTime,
    updatedAt: isoTime,
  }),
  profile: z
    .object({
      headline: z.string().nullable(),
      phone: z.string().nullable(),
      location: z.string().nullable(),
      skills: z.array(z.string()),
      links: z.array(z.string()),
      visibility: z.string(),
      resumeFileId: z.string().nullable(),
      updatedAt: isoTime,
    })
    .nullable(),
  notificationPreferences: z
    .object({
      inApp: z.boolean(),
      email: z.boolean(),
      interviewReminders: z.boolean(),
      interviewReminderOffsets: z.array(z.number()),
      followUps: z.boolean(),
      followUpDays: z.number(),
      taskReminders: z.boolean(),
      updatedAt: isoTime,
    })
    .nullable(),
  applications: z.array(applicationSchema.extend({ history: z.array(statusChangeSchema) })),
  tasks: z.array(
    z.object({
      id: z.uuid(),
      applicationId: z.uuid(),
      title: z.string(),
      dueAt: isoTime.nullable(),
      doneAt: isoTime.nullable(),
      createdAt: isoTime,
      updatedAt: isoTime,
    }),
  ),
  interviews: z.array(
    z.object({
      id: z.uuid(),
      applicationId: z.uuid().nullable(),
      company: z.string(),
      position: z.string(),
      scheduledAt: isoTime,
      timezone: z.string(),
      durationMinutes: z.number(),
      type: z.string(),
      location: z.string().nullable(),
      meetingUrl: z.string().nullable(),
      details: z.string().nullable(),
      createdAt: isoTime,
      updatedAt: isoTime,
    }),
  ),
  contacts: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      position: z.string().nullable(),
      company: z.string().nullable(),
      emails: z.array(z.string()),
      phones: z.array(z.string()),
      links: z.array(z.string()),
      notes: z.string().nullable(),
      applicationIds: z.array(z.uuid()),
      createdAt: isoTime,
      updatedAt: isoTime,
    }),
  ),
  favorites: z.array(z.object({ profileUserId: z.uuid(), createdAt: isoTime })),
  files: z.array(
    z.object({
      id: z.uuid(),
      purpose: z.string(),
      filename: z.string(),
      contentType: z.string(),
      sizeBytes: z.number(),
      sha256: z.string(),
      createdAt: isoTime,
    }),
  ),
  /** The user's résumés (issue 9), each with every version of its document. */
  resumes: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      document: resumeDocumentSchema,
      tags: z.array(z.string()),
      isDefault: z.boolean(),
      template: z.string().nullable(),
      sourceFileId: z.uuid().nullable(),
      createdAt: isoTime,
      updatedAt: isoTime,
      versions: z.array(
        z.object({
          id: z.uuid(),
          number: z.number(),
          name: z.string(),
          kind: z.string(),
          sealed: z.boolean(),
          document: resumeDocumentSchema,
          createdAt: isoTime,
          updatedAt: isoTime,
        }),
      ),
      /** The applications it was sent with: which version, the template of the PDF kept (ADR 042). */
      sentWith: z.array(
        z.object({
          applicationId: z.uuid(),
          versionId: z.uuid().nullable(),
          versionNumber: z.number(),
          template: z.string(),
          fileId: z.uuid().nullable(),
          attachedAt: isoTime,
        }),
      ),
      /** Its share links, revoked ones too; the tokens are not kept, so none is here (ADR 041). */
      shares: z.array(
        z.object({
          id: z.uuid(),
          template: z.string().nullable(),
          viewCount: z.number(),
          lastViewedAt: isoTime.nullable(),
          revokedAt: isoTime.nullable(),
          createdAt: isoTime,
        }),
      ),
    }),
  ),
  notifications: z.array(
    z.object({
      id: z.uuid(),
      type: z.string(),
      title: z.string(),
      body: z.string().nullable(),
      link: z.string().nullable(),
      readAt: isoTime.nullable(),
      createdAt: isoTime,
    }),
  ),
});
export type UserExport = z.infer<typeof userExportSchema>;
