import { describe, expect, it } from 'vitest';
import type { FilesService } from '#modules/files/files.service.ts';
import type { FileRow } from '#modules/files/files.table.ts';
import { userActor } from '#platform/access.ts';
import type { FavoritesRepository } from './favorites.repository.ts';
import type { ProfileRecord, ProfilesRepository } from './profiles.repository.ts';
import { createProfilesService, profileIdIn } from './profiles.service.ts';

const ID = '0b6e2f8e-1c1a-4b8e-9f7e-3a2b1c0d9e8f';

describe('profile links', () => {
  it('finds the user id in a link to a JobPilot profile, and nowhere else', () => {
    const base = 'https://jobs.example.com';
    expect(profileIdIn(base, `${base}/people/${ID}`)).toBe(ID);
    expect(profileIdIn(base, `${base}/people/${ID.toUpperCase()}/?tab=about#top`)).toBe(ID);
    expect(profileIdIn('https://example.com/jobpilot/', `https://example.com/jobpilot/people/${ID}`)).toBe(ID);
    expect(profileIdIn(base, `https://evil.example/people/${ID}`)).toBeUndefined();
    expect(profileIdIn(base, `${base}/people/${ID}/resume`)).toBeUndefined();
    expect(profileIdIn(base, `${base}/people/not-an-id`)).toBeUndefined();
    expect(profileIdIn(base, 'not a url')).toBeUndefined();
  });
});

function setup() {
  const record: ProfileRecord = {
    userId: 'u1',
    name: 'Ann',
    email: 'ann@example.com',
    headline: null,
    phone: null,
    location: null,
    skills: [],
    links: [],
    visibility: 'public',
    showEmail: false,
    showPhone: false,
    resumeFileId: 'old-file',
  };
  const removed: string[] = [];
  const repository = {
    find: async () => record,
    async setResume(_userId: string, fileId: string | null) {
      const previous = record.resumeFileId;
      record.resumeFileId = fileId;
      return previous;
    },
    userIdsByEmail: async (emails: string[]) =>
      new Map(emails.filter((e) => e === 'ann@example.com').map((e) => [e, 'u1'])),
    existingUserIds: async (ids: string[]) => new Set(ids.filter((id) => id === ID)),
  } as unknown as ProfilesRepository;
  const file = (id: string): FileRow => ({
    id,
    userId: 'u1',
    purpose: 'resume',
    filename: 'cv.pdf',
    contentType: 'application/pdf',
    sizeBytes: 3,
    sha256: 'abc',
    storageKey: 'k',
    createdAt: new Date('2026-03-01T00:00:00Z'),
  });
  const files = {
    storeDocument: async () => file('new-file'),
    find: async (_owner: string, id: string) => file(id),
    remove: async (_owner: string, id: string) => {
      removed.push(id);
    },
  } as unknown as FilesService;
  const service = createProfilesService({
    repository,
    favorites: {} as FavoritesRepository,
    files,
    accounts: { rename: async () => {}, forgetUser: () => {} },
    publicUrl: 'https://jobs.example.com',
  });
  return { service, removed, record };
}

describe('profiles service', () => {
  it('stores the new résumé before removing the one it replaces', async () => {
    const { service, removed, record } = setup();
    const profile = await service.uploadResume(userActor('u1'), { filename: 'cv.pdf', data: Buffer.from('%PDF-') });
    expect(record.resumeFileId).toBe('new-file');
    expect(removed).toEqual(['old-file']);
    expect(profile.resume).toMatchObject({ filename: 'cv.pdf', downloadUrl: '/api/v1/users/u1/resume' });
  });

  it('matches contacts by address first, then by profile link', async () => {
    const { service } = setup();
    expect(
      await service.matchUsers([
        { emails: ['x@example.com', 'ann@example.com'], links: [`https://jobs.example.com/people/${ID}`] },
        { emails: ['x@example.com'], links: [`https://jobs.example.com/people/${ID}`] },
        { emails: [], links: ['https://jobs.example.com/people/00000000-0000-4000-8000-000000000000'] },
      ]),
    ).toEqual(['u1', ID, null]);
  });
});
