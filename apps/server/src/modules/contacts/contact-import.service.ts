import type { TransferListItem } from 'node:worker_threads';
import {
  CONTACT_IMPORT_MAX,
  type ContactDraft,
  type ContactFileFormat,
  ErrorCode,
  type ImportEntry,
  type ImportResult,
} from '@jobpilot/contracts';
import type { Actor } from '#platform/access.ts';
import { AppError } from '#platform/errors.ts';
import { decodeUpload } from '#platform/text-decode.ts';
import type { ParseRunner } from '#platform/untrusted/task.ts';
import { type ContactFileInput, parseContactFileTask } from './contact-parse.task.ts';
import type { ContactKey, ContactsRepository } from './contacts.repository.ts';
import type { PeopleDirectory } from './contacts.service.ts';

export interface ImportFile {
  /** The bytes of an upload, or the text of a JSON import. */
  content: Buffer | string;
  filename?: string | undefined;
  format?: ContactFileFormat | undefined;
}

/** The text of an import: as given, or decoded from the upload's bytes (UTF-8, UTF-16, Windows-1252). */
export function decodeText(content: Buffer | string): string {
  return typeof content === 'string' ? content : decodeUpload(content);
}

/**
 * The file as it crosses to the parse worker: its bytes moved, not cloned. An upload of more than a few
 * KiB has a buffer of its own (Node pools only small ones), which is handed over as it is; only a
 * small one is copied. The caller must not read `file.content` afterwards.
 */
function forWorker(file: ImportFile): { input: ContactFileInput; transfer: TransferListItem[] } {
  const { content } = file;
  if (typeof content === 'string') return { input: { ...file, content }, transfer: [] };
  const owned = content.byteOffset === 0 && content.byteLength === content.buffer.byteLength;
  const bytes =
    owned && content.buffer instanceof ArrayBuffer ? new Uint8Array(content.buffer) : new Uint8Array(content);
  return { input: { ...file, content: bytes }, transfer: [bytes.buffer] };
}

const digits = (phone: string) => phone.replace(/\D/g, '');

/** Finds the contact a draft repeats: a shared address, or — without any address — the same name and phone. */
function duplicateFinder(existing: ContactKey[]) {
  const byEmail = new Map<string, { id: string | null; name: string }>();
  const byName = new Map<string, { id: string | null; name: string; phones: string[] }[]>();
  const remember = (c: { id: string | null; name: string; emails: string[]; phones: string[] }) => {
    for (const e of c.emails) if (!byEmail.has(e)) byEmail.set(e, { id: c.id, name: c.name });
    if (c.emails.length > 0) return;
    const key = c.name.toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), { id: c.id, name: c.name, phones: c.phones.map(digits) }]);
  };
  existing.forEach(remember);
  return {
    remember,
    find(d: ContactDraft) {
      for (const e of d.emails) {
        const hit = byEmail.get(e);
        if (hit) return hit;
      }
      if (d.emails.length > 0) return null;
      const phones = d.phones.map(digits);
      const same = byName.get(d.name.toLowerCase()) ?? [];
      const hit = same.find((c) =>
        phones.length === 0 && c.phones.length === 0 ? true : phones.some((p) => c.phones.includes(p)),
      );
      return hit ? { id: hit.id, name: hit.name } : null;
    },
  };
}

/**
 * vCard and CSV import (ADR 008): `preview` parses and reports per card, writing nothing; `commit`
 * saves the new ones. A contact the user already has, or one earlier in the same file, is reported
 * as a duplicate and not saved twice.
 */
export function createContactImportService(deps: {
  repository: ContactsRepository;
  people: PeopleDirectory;
  /** Where files are parsed: the untrusted-document pool (`inThread` in unit tests). */
  parser: ParseRunner;
}) {
  const { repository, people, parser } = deps;

  return {
    async run({ userId }: Actor, file: ImportFile, mode: 'preview' | 'commit'): Promise<ImportResult> {
      const { input, transfer } = forWorker(file);
      const { format, entries: parsed } = await parser.run(parseContactFileTask, input, transfer, userId);
      if (parsed.length === 0) {
        throw new AppError(
          ErrorCode.ValidationFailed,
          `No contacts were found in this ${format === 'vcf' ? 'vCard' : 'CSV'} file`,
          {
            field: 'file',
          },
        );
      }
      if (parsed.length > CONTACT_IMPORT_MAX) {
        throw new AppError(
          ErrorCode.ValidationFailed,
          `The file holds ${parsed.length} contacts; import at most ${CONTACT_IMPORT_MAX} at a time`,
          { field: 'file' },
        );
      }
      const valid = parsed.filter((p) => !p.result.error).map((p) => p.result.draft);
      const existing = await repository.duplicateCandidates(
        userId,
        [...new Set(valid.flatMap((d) => d.emails))],
        [...new Set(valid.filter((d) => d.emails.length === 0).map((d) => d.name.toLowerCase()))],
      );
      const duplicates = duplicateFinder(existing);
      const entries: ImportEntry[] = parsed.map(({ index, result }) => {
        const base = { index, contact: result.draft, warnings: result.warnings, contactId: null };
        if (result.error) return { ...base, status: 'invalid', duplicateOf: null, error: result.error };
        const duplicateOf = duplicates.find(result.draft);
        if (duplicateOf) return { ...base, status: 'duplicate', duplicateOf, error: null };
        duplicates.remember({ id: null, ...result.draft });
        return { ...base, status: 'new', duplicateOf: null, error: null };
      });

      if (mode === 'commit') {
        const fresh = entries.filter((e) => e.status === 'new');
        const linked = await people.matchUsers(fresh.map((e) => e.contact));
        const ids = await repository.createMany(
          userId,
          fresh.map((e, at) => ({ ...e.contact, linkedUserId: linked[at] ?? null })),
        );
        fresh.forEach((e, at) => {
          e.status = 'created';
          e.contactId = ids[at] ?? null;
        });
      }
      const count = (status: ImportEntry['status']) => entries.filter((e) => e.status === status).length;
      return {
        format,
        committed: mode === 'commit',
        counts: {
          total: entries.length,
          new: count('new'),
          created: count('created'),
          duplicate: count('duplicate'),
          invalid: count('invalid'),
        },
        entries,
      };
    },
  };
}

export type ContactImportService = ReturnType<typeof createContactImportService>;
