import type { LinkedUser, MyProfile, Person, PersonSummary, Resume, updateProfileSchema } from '@jobpilot/contracts';
import type { z } from 'zod';
import type { Download, FileRow, FilesService, Upload } from '#modules/files/index.ts';
import type { Actor } from '#platform/access.ts';
import type { Db } from '#platform/db.ts';
import { notFound } from '#platform/errors.ts';
import type { FavoritesRepository } from './favorites.repository.ts';
import type { ProfileRecord, ProfilesRepository, SearchRow } from './profiles.repository.ts';

type UpdateInput = z.output<typeof updateProfileSchema>;

export const RESUME_PURPOSE = 'resume';

export function toResume(userId: string, file: FileRow): Resume {
  return {
    filename: file.filename,
    contentType: file.contentType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    uploadedAt: file.createdAt.toISOString(),
    downloadUrl: `/api/v1/users/${userId}/resume`,
  };
}

export function toSummary(row: SearchRow, viewerId: string): PersonSummary {
  return {
    id: row.userId,
    name: row.name,
    headline: row.headline,
    location: row.location,
    isFavorite: row.isFavorite,
    isSelf: row.userId === viewerId,
  };
}

/**
 * Profiles (ADR 006): the owner edits theirs, other signed-in users see it while it is public; a private
 * or missing profile is the same 404. Email and phone only when the owner turns them on (ADR 014).
 * Résumés are stored through the files module.
 */
export function createProfilesService(deps: {
  repository: ProfilesRepository;
  favorites: FavoritesRepository;
  files: FilesService;
  publicUrl: string;
  /** The account the name lives on (identity's API): written in the profile's transaction. */
  accounts: { rename(userId: string, name: string, tx: Db): Promise<void>; forgetUser(userId: string): void };
}) {
  const { repository, favorites, files, publicUrl } = deps;
  const missing = () => notFound('Profile');

  async function resumeOf(record: ProfileRecord): Promise<Resume | null> {
    if (!record.resumeFileId) return null;
    const file = await files.find(record.userId, record.resumeFileId);
    return file ? toResume(record.userId, file) : null;
  }

  async function own(userId: string): Promise<MyProfile> {
    const record = await repository.find(userId);
    if (!record) throw missing();
    return {
      userId,
      name: record.name,
      email: record.email,
      headline: record.headline,
      phone: record.phone,
      location: record.location,
      skills: record.skills,
      links: record.links,
      visibility: record.visibility,
      showEmail: record.showEmail,
      showPhone: record.showPhone,
      resume: await resumeOf(record),
      profileUrl: `${publicUrl}/people/${userId}`,
    };
  }

  return {
    getOwn: ({ userId }: Actor) => own(userId),

    async update({ userId }: Actor, input: UpdateInput): Promise<MyProfile> {
      const { name, ...values } = input;
      await repository.save(userId, values, (tx) => deps.accounts.rename(userId, name, tx));
      deps.accounts.forgetUser(userId);
      return own(userId);
    },

    /** Stores the new résumé, points the profile at it, then removes the one it replaces. */
    async uploadResume({ userId }: Actor, upload: Upload): Promise<MyProfile> {
      const file = await files.storeDocument(userId, RESUME_PURPOSE, upload, ['pdf', 'docx']);
      const previous = await repository.setResume(userId, file.id);
      if (previous && previous !== file.id) await files.remove(userId, previous);
      return own(userId);
    },

    async deleteResume({ userId }: Actor): Promise<void> {
      const previous = await repository.setResume(userId, null);
      if (previous) await files.remove(userId, previous);
    },

    async getPerson({ userId: viewerId }: Actor, userId: string): Promise<Person> {
      const record = await repository.findVisible(viewerId, userId);
      if (!record) throw missing();
      const isSelf = viewerId === userId;
      return {
        id: record.userId,
        name: record.name,
        email: isSelf || record.showEmail ? record.email : null,
        headline: record.headline,
        phone: isSelf || record.showPhone ? record.phone : null,
        location: record.location,
        skills: record.skills,
        links: record.links,
        resume: await resumeOf(record),
        isFavorite: await favorites.has(viewerId, userId),
        isSelf,
      };
    },

    /** The résumé of a profile the viewer may see; 404 otherwise, or when there is none. */
    async downloadResume({ userId: viewerId }: Actor, userId: string): Promise<Download> {
      const record = await repository.findVisible(viewerId, userId);
      if (!record?.resumeFileId) throw notFound('Résumé');
      const download = await files.download(record.userId, record.resumeFileId);
      if (!download) throw notFound('Résumé');
      return download;
    },

    async search({ userId: viewerId }: Actor, query: { q?: string | undefined; page: number; limit: number }) {
      const { rows, total } = await repository.search(viewerId, query);
      return { items: rows.map((r) => toSummary(r, viewerId)), total };
    },

    /** For each contact, the account it is: by its addresses first, then by a link to a JobPilot profile. */
    async matchUsers(contacts: { emails: string[]; links: string[] }[]): Promise<(string | null)[]> {
      const byEmail = await repository.userIdsByEmail([...new Set(contacts.flatMap((c) => c.emails))]);
      const linked = contacts.map((c) =>
        c.links.map((l) => profileIdIn(publicUrl, l)).filter((id): id is string => id !== undefined),
      );
      const existing = await repository.existingUserIds([...new Set(linked.flat())]);
      return contacts.map((c, at) => {
        for (const email of c.emails) {
          const id = byEmail.get(email);
          if (id) return id;
        }
        return linked[at]?.find((id) => existing.has(id)) ?? null;
      });
    },

    /** What a contact may show about the users it is linked to: the name only while the profile is public. */
    async linkedUsers(ids: string[]): Promise<Map<string, LinkedUser>> {
      const rows = await repository.summaries([...new Set(ids)]);
      return new Map(
        rows.map((r) => {
          const visible = r.visibility === 'public';
          return [r.userId, { id: r.userId, name: visible ? r.name : null, profileVisible: visible }];
        }),
      );
    },
  };
}

export type ProfilesService = ReturnType<typeof createProfilesService>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The user id in a link to a JobPilot profile, `${PUBLIC_URL}/people/<id>` (a trailing slash, query
 * or fragment does not matter), or undefined for any other link.
 *
 * @example
 * profileIdIn('https://jobs.example.com', 'https://jobs.example.com/people/0b6e…') // '0b6e…'
 */
export function profileIdIn(publicUrl: string, link: string): string | undefined {
  let url: URL;
  let base: URL;
  try {
    url = new URL(link);
    base = new URL(publicUrl);
  } catch {
    return undefined;
  }
  if (url.origin !== base.origin) return undefined;
  const prefix = `${base.pathname.replace(/\/$/, '')}/people/`;
  if (!url.pathname.startsWith(prefix)) return undefined;
  const id = url.pathname.slice(prefix.length).replace(/\/$/, '');
  return UUID.test(id) ? id.toLowerCase() : undefined;
}
