import { describe, expect, it } from 'vitest';
import { userActor } from '#platform/access.ts';
import { inThread, type ParseRunner } from '#platform/untrusted/task.ts';
import { createContactImportService } from './contact-import.service.ts';
import type { ContactsRepository } from './contacts.repository.ts';
import type { PeopleDirectory } from './contacts.service.ts';

describe('contact import service', () => {
  it('reads each file as a job of its user, so one account has a bounded share of the parse pool', async () => {
    const owners: (string | undefined)[] = [];
    const parser: ParseRunner = {
      run: (task, input, transfer, owner) => {
        owners.push(owner);
        return inThread.run(task, input, transfer);
      },
    };
    const service = createContactImportService({
      repository: { duplicateCandidates: async () => [] } as unknown as ContactsRepository,
      people: {} as PeopleDirectory,
      parser,
    });
    const file = { content: Buffer.from('Name,Email\nAnn Lee,ann@example.com\n'), filename: 'people.csv' };
    const result = await service.run(userActor('ann'), file, 'preview').catch((e: unknown) => e);
    expect(owners).toEqual(['ann']);
    expect(result).not.toBeInstanceOf(Error);
  });
});
