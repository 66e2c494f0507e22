import {
  type ApplicationTag,
  type createTagSchema,
  ErrorCode,
  type ListedTag,
  type Tag,
  type UpdateTagInput,
} from '@jobpilot/contracts';
import type { z } from 'zod';
import type { Actor } from '#platform/access.ts';
import { AppError, notFound } from '#platform/errors.ts';
import type { TagsRepository } from './tags.repository.ts';
import type { TagRow } from './tags.table.ts';

export const toTag = (row: TagRow): Tag => ({
  id: row.id,
  name: row.name,
  color: row.color,
  createdAt: row.createdAt.toISOString(),
});

const taken = (name: string) =>
  new AppError(ErrorCode.Conflict, `You already have a tag called “${name}”`, { field: 'name' });

/** A user's tags and which applications carry them (ADR 027); another user's tag or application is missing. */
export function createTagsService(deps: { repository: TagsRepository }) {
  const { repository } = deps;

  return {
    async list({ userId }: Actor): Promise<ListedTag[]> {
      return (await repository.list(userId)).map((row) => ({ ...toTag(row), applicationCount: row.applicationCount }));
    },

    async create({ userId }: Actor, input: z.output<typeof createTagSchema>): Promise<Tag> {
      const row = await repository.create(userId, input);
      if (!row) throw taken(input.name);
      return toTag(row);
    },

    async update({ userId }: Actor, id: string, patch: UpdateTagInput): Promise<Tag> {
      if (!(await repository.find(userId, id))) throw notFound('Tag');
      if (patch.name && (await repository.nameTaken(userId, patch.name, id))) throw taken(patch.name);
      const row = await repository.update(userId, id, patch);
      if (!row) throw notFound('Tag');
      return toTag(row);
    },

    async remove({ userId }: Actor, id: string): Promise<void> {
      if (!(await repository.delete(userId, id))) throw notFound('Tag');
    },

    async attach({ userId }: Actor, applicationId: string, tagId: string): Promise<ApplicationTag[]> {
      if (!(await repository.attach(userId, applicationId, tagId))) throw notFound('Application or tag');
      return (await repository.ofApplication(userId, applicationId)) ?? [];
    },

    async detach({ userId }: Actor, applicationId: string, tagId: string): Promise<ApplicationTag[]> {
      if (!(await repository.detach(userId, applicationId, tagId))) throw notFound('Application or tag');
      return (await repository.ofApplication(userId, applicationId)) ?? [];
    },
  };
}

export type TagsService = ReturnType<typeof createTagsService>;
