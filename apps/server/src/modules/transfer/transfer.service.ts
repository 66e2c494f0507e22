import {
  type ApplicationStatus,
  CSV_IMPORT_BYTES_MAX,
  CSV_IMPORT_FIELD_LABELS,
  type CsvImportDateOrder,
  type CsvImportField,
  type CsvImportPreview,
  type CsvImportResult,
  ErrorCode,
  type ExportApplicationsQuery,
  USER_EXPORT_FORMAT,
  USER_EXPORT_VERSION,
  type UserExport,
} from '@jobpilot/contracts';
import type { ApplicationsService, applicationsModule } from '#modules/applications/index.ts';
import type { contactsModule } from '#modules/contacts/index.ts';
import type { filesModule } from '#modules/files/index.ts';
import type { exportAccount } from '#modules/identity/index.ts';
import type { interviewsModule } from '#modules/interviews/index.ts';
import type { notificationsModule } from '#modules/notifications/index.ts';
import type { profilesModule } from '#modules/profiles/index.ts';
import type { resumesModule } from '#modules/resumes/index.ts';
import type { tasksModule } from '#modules/tasks/index.ts';
import type { Actor } from '#platform/access.ts';
import { AppError } from '#platform/errors.ts';
import type { ApiOf } from '#platform/module.ts';
import type { ParseRunner } from '#platform/untrusted/task.ts';
import { applicationsCsv } from './csv-export.ts';
import { planImportTask } from './import-plan.task.ts';
import { duplicateKey } from './import-plan.ts';

/** A CSV to import and the person's choices (`csvImportRequestSchema`, or the multipart form). */
export interface ImportInput {
  csv: string;
  mapping?: (CsvImportField | null)[] | undefined;
  statusMap?: Record<string, ApplicationStatus> | undefined;
  dateOrder?: CsvImportDateOrder | undefined;
  skipDuplicates: boolean;
}

/** The list's filters (every one of them, ADR 027) and the file format. */
export type ExportQuery = Parameters<ApplicationsService['listAll']>[1] & {
  format: NonNullable<ExportApplicationsQuery['format']>;
};

type ExportRowsOf<M> = ApiOf<M> extends { exportRows: infer F } ? F : never;

/**
 * Where the "all my data" export reads each module's rows: the read API each owning module exports (ADR 016,
 * "Read models"), every one scoped by the user and naming its columns one by one, so secrets (password hashes,
 * session tokens, calendar-feed token hashes, storage keys) cannot slip in.
 */
export interface ExportSources {
  account(userId: string): ReturnType<typeof exportAccount>;
  applications: ExportRowsOf<typeof applicationsModule>;
  profiles: ExportRowsOf<typeof profilesModule>;
  notifications: ExportRowsOf<typeof notificationsModule>;
  tasks: ExportRowsOf<typeof tasksModule>;
  interviews: ExportRowsOf<typeof interviewsModule>;
  contacts: ExportRowsOf<typeof contactsModule>;
  files: ExportRowsOf<typeof filesModule>;
  resumes: ExportRowsOf<typeof resumesModule>;
}

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Import and export of a person's data (ADR 010). Applications are read and written through the
 * applications service; the JSON export gathers every module's rows through their read APIs.
 */
export function createTransferService(deps: {
  applications: Pick<ApplicationsService, 'listAll' | 'createMany'>;
  exports: ExportSources;
  /** Where the CSV is read: the untrusted-document pool (`inThread` in unit tests). */
  parser: ParseRunner;
  now?: () => Date;
}) {
  const { applications, exports, parser } = deps;
  const now = deps.now ?? (() => new Date());
  const day = () => now().toISOString().slice(0, 10);

  async function plan(userId: string, input: ImportInput) {
    if (Buffer.byteLength(input.csv, 'utf8') > CSV_IMPORT_BYTES_MAX) {
      throw new AppError(
        ErrorCode.PayloadTooLarge,
        `The file is larger than ${CSV_IMPORT_BYTES_MAX / 1024 / 1024} MB; split it and import the parts`,
      );
    }
    const existing = await applications.listAll(userId, { status: [], sort: 'createdAt' });
    const { csv, ...options } = input;
    return parser.run(planImportTask, { csv, options, existingKeys: existing.map(duplicateKey) }, [], userId);
  }

  return {
    /** Every application matching the list's filters as an Excel-friendly CSV file. */
    async exportApplications({ userId }: Actor, query: ExportQuery): Promise<{ filename: string; body: string }> {
      const rows = await applications.listAll(userId, query);
      return { filename: `jobpilot-applications-${day()}.csv`, body: applicationsCsv(rows) };
    },

    /** All of the person's data in one JSON document; no password, session or token ever. */
    async exportAll({ userId }: Actor): Promise<{ filename: string; body: UserExport }> {
      const [user, tracker, { profile, favorites }, notices, tasks, interviews, people, files, cvs] = await Promise.all(
        [
          exports.account(userId),
          exports.applications(userId),
          exports.profiles(userId),
          exports.notifications(userId),
          exports.tasks(userId),
          exports.interviews(userId),
          exports.contacts(userId),
          exports.files(userId),
          exports.resumes(userId),
        ],
      );
      const { applications: apps, history } = tracker;
      const { preferences, notifications: notes } = notices;
      const { contacts, links } = people;
      if (!user) throw new AppError(ErrorCode.Unauthenticated, 'Sign in to continue');
      const body: UserExport = {
        format: USER_EXPORT_FORMAT,
        version: USER_EXPORT_VERSION,
        exportedAt: iso(now()),
        user: { ...user, createdAt: iso(user.createdAt), updatedAt: iso(user.updatedAt) },
        profile: profile ? { ...profile, updatedAt: iso(profile.updatedAt) } : null,
        notificationPreferences: preferences ? { ...preferences, updatedAt: iso(preferences.updatedAt) } : null,
        applications: apps.map((a) => ({
          ...a,
          history: history.filter((h) => h.applicationId === a.id).map((h) => ({ ...h, changedAt: iso(h.changedAt) })),
        })),
        tasks: tasks.map((t) => ({
          ...t,
          dueAt: isoOrNull(t.dueAt),
          doneAt: isoOrNull(t.doneAt),
          createdAt: iso(t.createdAt),
          updatedAt: iso(t.updatedAt),
        })),
        interviews: interviews.map((i) => ({
          ...i,
          scheduledAt: iso(i.scheduledAt),
          createdAt: iso(i.createdAt),
          updatedAt: iso(i.updatedAt),
        })),
        contacts: contacts.map((c) => ({
          ...c,
          applicationIds: links.filter((l) => l.contactId === c.id).map((l) => l.applicationId),
          createdAt: iso(c.createdAt),
          updatedAt: iso(c.updatedAt),
        })),
        favorites: favorites.map((f) => ({ ...f, createdAt: iso(f.createdAt) })),
        files: files.map((f) => ({ ...f, createdAt: iso(f.createdAt) })),
        resumes: cvs.resumes.map(({ userId: _owner, ...r }) => ({
          ...r,
          createdAt: iso(r.createdAt),
          updatedAt: iso(r.updatedAt),
          versions: cvs.versions
            .filter((v) => v.resumeId === r.id)
            .map(({ resumeId: _resume, ...v }) => ({ ...v, createdAt: iso(v.createdAt), updatedAt: iso(v.updatedAt) })),
          sentWith: cvs.sentWith
            .filter((x) => x.resumeId === r.id)
            .map(({ resumeId: _resume, userId: _user, resumeName: _name, ...x }) => ({
              ...x,
              attachedAt: iso(x.attachedAt),
            })),
          shares: cvs.shares
            .filter((x) => x.resumeId === r.id)
            .map(({ resumeId: _resume, ...x }) => ({
              ...x,
              lastViewedAt: isoOrNull(x.lastViewedAt),
              revokedAt: isoOrNull(x.revokedAt),
              createdAt: iso(x.createdAt),
            })),
        })),
        notifications: notes.map((n) => ({ ...n, readAt: isoOrNull(n.readAt), createdAt: iso(n.createdAt) })),
      };
      return { filename: `jobpilot-export-${day()}.json`, body };
    },

    /** What importing the CSV with these choices would do, row by row; writes nothing. */
    async previewImport({ userId }: Actor, input: ImportInput): Promise<CsvImportPreview> {
      return (await plan(userId, input)).preview;
    },

    /**
     * Writes every valid row (minus duplicates, unless asked otherwise) in one transaction; rows with
     * problems are skipped and reported. Refused when a required column is unmapped or nothing is left.
     */
    async importApplications({ userId }: Actor, input: ImportInput): Promise<CsvImportResult> {
      const { preview, inputs } = await plan(userId, input);
      const [missing] = preview.missingFields;
      if (missing) {
        throw new AppError(
          ErrorCode.ValidationFailed,
          `Choose the column that holds the ${CSV_IMPORT_FIELD_LABELS[missing].toLowerCase()}`,
          {
            field: 'mapping',
          },
        );
      }
      if (inputs.length === 0) {
        const duplicates = preview.validRows > 0;
        const why =
          preview.invalidRows === 0
            ? 'every row is already in JobPilot'
            : duplicates
              ? 'every row has a problem or is already in JobPilot'
              : 'every row has a problem';
        throw new AppError(ErrorCode.ValidationFailed, `Nothing to import: ${why}`, {
          field: 'csv',
          details: preview.errors,
        });
      }
      const imported = await applications.createMany(userId, inputs);
      return {
        imported,
        skippedInvalid: preview.invalidRows,
        skippedDuplicates: preview.validRows - preview.importableRows,
        errors: preview.errors,
      };
    },
  };
}

export type TransferService = ReturnType<typeof createTransferService>;
