import { type Application, CSV_IMPORT_BYTES_MAX } from '@jobpilot/contracts';
import { describe, expect, it } from 'vitest';
import type { ApplicationsService } from '#modules/applications/applications.service.ts';
import { userActor } from '#platform/access.ts';
import { inThread, type ParseRunner } from '#platform/untrusted/task.ts';
import type { ImportedApplication } from './import-rows.ts';
import { createTransferService, type ExportSources } from './transfer.service.ts';

const NOW = new Date('2026-03-31T12:00:00Z');
const T = new Date('2026-03-01T09:00:00Z');

function application(overrides: Partial<Application>): Application {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    company: 'Acme',
    position: 'Engineer',
    location: null,
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: null,
    salaryPeriod: null,
    jobUrl: null,
    jobDescription: null,
    status: 'saved',
    source: null,
    appliedAt: null,
    notes: null,
    createdAt: T.toISOString(),
    updatedAt: T.toISOString(),
    ...overrides,
  };
}

/** A service over fakes: `existing` applications, and every `createMany` call recorded. */
function setup(existing: Application[] = []) {
  const created: ImportedApplication[][] = [];
  const listed: unknown[] = [];
  const applications = {
    async listAll(_userId: string, input: unknown) {
      listed.push(input);
      return existing;
    },
    async createMany(_userId: string, inputs: ImportedApplication[]) {
      created.push(inputs);
      return inputs.length;
    },
  } as unknown as ApplicationsService;
  const exports: ExportSources = {
    account: async () => ({
      id: '00000000-0000-4000-8000-00000000000a',
      name: 'Ann',
      email: 'ann@example.com',
      emailVerified: true,
      image: null,
      role: 'user',
      createdAt: T,
      updatedAt: T,
    }),
    applications: async () => ({
      applications: existing,
      history: [
        { id: 'h1', applicationId: existing[0]?.id ?? '', fromStatus: null, toStatus: 'saved' as const, changedAt: T },
      ],
    }),
    profiles: async () => ({ profile: undefined, favorites: [] }),
    notifications: async () => ({ preferences: undefined, notifications: [] }),
    tasks: async () => [],
    interviews: async () => [],
    contacts: async () => ({
      contacts: [
        {
          id: 'c1',
          name: 'Sam',
          position: null,
          company: null,
          emails: [],
          phones: [],
          links: [],
          notes: null,
          createdAt: T,
          updatedAt: T,
        },
      ],
      links: [{ contactId: 'c1', applicationId: existing[0]?.id ?? '' }],
    }),
    files: async () => [],
    resumes: async () => ({ resumes: [], versions: [], shares: [], sentWith: [] }),
  };
  const owners: (string | undefined)[] = [];
  const parser: ParseRunner = {
    run: (task, input, transfer, owner) => {
      owners.push(owner);
      return inThread.run(task, input, transfer);
    },
  };
  const service = createTransferService({ applications, exports, parser, now: () => NOW });
  return { service, created, listed, owners };
}

describe('transfer service', () => {
  it('exports with the list filters and a dated file name', async () => {
    const { service, listed } = setup([application({ company: 'Acme' })]);
    const file = await service.exportApplications(userActor('u'), {
      status: ['applied'],
      q: 'eng',
      sort: 'company',
      format: 'csv',
    });
    expect(listed).toEqual([{ status: ['applied'], q: 'eng', sort: 'company', format: 'csv' }]);
    expect(file.filename).toBe('jobpilot-applications-2026-03-31.csv');
    expect(file.body.split('\r\n')[1]).toMatch(/^Acme,Engineer,Saved,/);
  });

  it('puts each application’s history and each contact’s applications into the JSON export', async () => {
    const app = application({});
    const { service } = setup([app]);
    const { filename, body } = await service.exportAll(userActor('u'));
    expect(filename).toBe('jobpilot-export-2026-03-31.json');
    expect(body.exportedAt).toBe(NOW.toISOString());
    expect(body.applications[0]?.history).toEqual([
      { id: 'h1', applicationId: app.id, fromStatus: null, toStatus: 'saved', changedAt: T.toISOString() },
    ]);
    expect(body.contacts[0]?.applicationIds).toEqual([app.id]);
    expect(body.profile).toBeNull();
  });

  it('writes only the importable rows in one call', async () => {
    const { service, created } = setup([application({ company: 'Globex', position: 'Designer' })]);
    const csv = 'Company,Title,Status\nAcme,Engineer,Applied\nGlobex,Designer,Offer\n,Nobody,Saved\n';
    const result = await service.importApplications(userActor('u'), { csv, skipDuplicates: true });
    expect(result).toMatchObject({ imported: 1, skippedInvalid: 1, skippedDuplicates: 1 });
    expect(created).toHaveLength(1);
    expect(created[0]?.map((i) => [i.company, i.status])).toEqual([['Acme', 'applied']]);
  });

  it('previews without writing', async () => {
    const { service, created } = setup();
    const preview = await service.previewImport(userActor('u'), {
      csv: 'Company,Title\nAcme,Engineer\n',
      skipDuplicates: true,
    });
    expect(preview.importableRows).toBe(1);
    expect(created).toEqual([]);
  });

  it('reads each import as a job of its user, so one account has a bounded share of the parse pool', async () => {
    const { service, owners } = setup();
    const csv = 'Company,Title\nAcme,Engineer\n';
    await service.previewImport(userActor('ann'), { csv, skipDuplicates: true });
    await service.importApplications(userActor('ben'), { csv, skipDuplicates: true });
    expect(owners).toEqual(['ann', 'ben']);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const { service } = setup();
    const csv = `Company,Title\n${'x'.repeat(CSV_IMPORT_BYTES_MAX)}`;
    await expect(service.previewImport(userActor('u'), { csv, skipDuplicates: true })).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
  });
});
