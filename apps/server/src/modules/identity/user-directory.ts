import { eq } from 'drizzle-orm';
import type { Db } from '#platform/db.ts';
import { users } from './identity.table.ts';

/**
 * The user directory other modules read (profiles: a person's page, people search, favourites, matching contacts
 * to accounts), aliased `u`: a Drizzle subquery PostgreSQL inlines, so the primary key, the email index and the
 * trigram index on `users.name` still serve it (ADR 016, "Read models"). Only who a person is: never the role or
 * anything of sessions, accounts or passwords. Nothing is written through it (the name changes through
 * identity's `rename`).
 */
export function userDirectory(db: Db) {
  return db
    .select({ id: users.id, name: users.name, email: users.email, emailVerified: users.emailVerified })
    .from(users)
    .as('u');
}

export type UserDirectory = ReturnType<typeof userDirectory>;

/** The account's own row for its "all my data" export (transfer, ADR 010): every column named, no secret. */
export async function exportAccount(db: Db, userId: string) {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      emailVerified: users.emailVerified,
      image: users.image,
      role: users.role,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}
