import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '#platform/db.ts';
import { type FileRow, files } from './files.table.ts';

export type NewFile = Omit<FileRow, 'id' | 'createdAt'>;

/** Metadata of stored files, always scoped by the owner. */
export function createFilesRepository(db: Db) {
  return {
    async insert(values: NewFile): Promise<FileRow> {
      const [row] = await db.insert(files).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async find(userId: string, id: string): Promise<FileRow | undefined> {
      const [row] = await db
        .select()
        .from(files)
        .where(and(eq(files.id, id), eq(files.userId, userId)));
      return row;
    },

    /** Deletes the row and returns it (for its storage key), or undefined when it is not the user's. */
    async delete(userId: string, id: string): Promise<FileRow | undefined> {
      const [row] = await db
        .delete(files)
        .where(and(eq(files.id, id), eq(files.userId, userId)))
        .returning();
      return row;
    },

    /** The user's files, oldest first, for the "all my data" export (ADR 010): never the storage key. */
    async exportRows(userId: string) {
      return db
        .select({
          id: files.id,
          purpose: files.purpose,
          filename: files.filename,
          contentType: files.contentType,
          sizeBytes: files.sizeBytes,
          sha256: files.sha256,
          createdAt: files.createdAt,
        })
        .from(files)
        .where(eq(files.userId, userId))
        .orderBy(asc(files.createdAt), asc(files.id));
    },
  };
}

/** Deletes every file row of a user (an account being deleted) in `tx` and returns their storage keys. */
export async function deleteFilesOf(tx: Db, userId: string): Promise<string[]> {
  const rows = await tx.delete(files).where(eq(files.userId, userId)).returning({ key: files.storageKey });
  return rows.map((r) => r.key);
}

export type FilesRepository = ReturnType<typeof createFilesRepository>;
