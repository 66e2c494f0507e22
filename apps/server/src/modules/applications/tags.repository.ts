import type { ApplicationTag, TagColor } from '@jobpilot/contracts';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '#platform/db.ts';
import { applications } from './applications.table.ts';
import { applicationTags, type TagRow, tags } from './tags.table.ts';

const byName = [sql`lower(${tags.name})`, asc(tags.id)];

/** Every query of tags and their links, scoped by the owner. */
export function createTagsRepository(db: Db) {
  const owned = (userId: string, id: string) => and(eq(tags.id, id), eq(tags.userId, userId));

  async function ownsApplication(userId: string, applicationId: string): Promise<boolean> {
    const [row] = await db
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.id, applicationId), eq(applications.userId, userId)));
    return row !== undefined;
  }

  return {
    /** The user's tags by name, each with how many applications carry it (links only join owned rows). */
    list(userId: string): Promise<(TagRow & { applicationCount: number })[]> {
      return db
        .select({
          id: tags.id,
          userId: tags.userId,
          name: tags.name,
          color: tags.color,
          createdAt: tags.createdAt,
          applicationCount: sql<number>`count(${applicationTags.applicationId})::int`,
        })
        .from(tags)
        .leftJoin(applicationTags, eq(applicationTags.tagId, tags.id))
        .where(eq(tags.userId, userId))
        .groupBy(tags.id)
        .orderBy(...byName);
    },

    async find(userId: string, id: string): Promise<TagRow | undefined> {
      const [row] = await db.select().from(tags).where(owned(userId, id));
      return row;
    },

    /** Whether another of the user's tags has this name, whatever its case. */
    async nameTaken(userId: string, name: string, exceptId?: string): Promise<boolean> {
      const [row] = await db
        .select({ id: tags.id })
        .from(tags)
        .where(
          and(
            eq(tags.userId, userId),
            sql`lower(${tags.name}) = lower(${name})`,
            exceptId ? ne(tags.id, exceptId) : undefined,
          ),
        );
      return row !== undefined;
    },

    /** Undefined when the name is taken (the unique index decides, so two requests at once cannot both win). */
    async create(userId: string, values: { name: string; color: TagColor }): Promise<TagRow | undefined> {
      const [row] = await db
        .insert(tags)
        .values({ ...values, userId })
        .onConflictDoNothing()
        .returning();
      return row;
    },

    async update(userId: string, id: string, patch: { name?: string; color?: TagColor }): Promise<TagRow | undefined> {
      const [row] = await db.update(tags).set(patch).where(owned(userId, id)).returning();
      return row;
    },

    async delete(userId: string, id: string): Promise<boolean> {
      const gone = await db.delete(tags).where(owned(userId, id)).returning({ id: tags.id });
      return gone.length > 0;
    },

    /** The application's tags by name; undefined when the application is not the user's. */
    async ofApplication(userId: string, applicationId: string): Promise<ApplicationTag[] | undefined> {
      if (!(await ownsApplication(userId, applicationId))) return undefined;
      return db
        .select({ id: tags.id, name: tags.name, color: tags.color })
        .from(applicationTags)
        .innerJoin(tags, eq(tags.id, applicationTags.tagId))
        .where(eq(applicationTags.applicationId, applicationId))
        .orderBy(...byName);
    },

    /** False when the application or the tag is not the user's; attaching twice is the same as once. */
    async attach(userId: string, applicationId: string, tagId: string): Promise<boolean> {
      const [tag, app] = await Promise.all([this.find(userId, tagId), ownsApplication(userId, applicationId)]);
      if (!tag || !app) return false;
      await db.insert(applicationTags).values({ applicationId, tagId }).onConflictDoNothing();
      return true;
    },

    /** False when the application or the tag is not the user's; detaching a tag it lacks is fine. */
    async detach(userId: string, applicationId: string, tagId: string): Promise<boolean> {
      const [tag, app] = await Promise.all([this.find(userId, tagId), ownsApplication(userId, applicationId)]);
      if (!tag || !app) return false;
      await db
        .delete(applicationTags)
        .where(and(eq(applicationTags.applicationId, applicationId), eq(applicationTags.tagId, tagId)));
      return true;
    },
  };
}

export type TagsRepository = ReturnType<typeof createTagsRepository>;
