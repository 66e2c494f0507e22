/** What a form is, for its draft: a name (`application`) and, when editing, the record's id. */
export interface DraftTarget {
  form: string;
  recordId?: string | null | undefined;
}

/** A stored draft: the form's values and when they were typed. */
export interface Draft<Values> {
  values: Values;
  savedAt: number;
}

/** A form to open again after signing in (its save met an expired session). */
export interface DraftResume {
  form: string;
  recordId: string | null;
}

/** Drafts older than this are forgotten when read. */
export const DRAFT_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;
/** A form waits this long for the person to sign in again and come back to it. */
export const RESUME_MAX_AGE_MS = 60 * 60 * 1000;

const PREFIX = 'jobpilot.draft';

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** The browser's localStorage, or none (private mode with storage blocked, or no window at all). */
function browserStorage(): DraftStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function readJson(storage: DraftStorage, key: string): unknown {
  try {
    const raw = storage.getItem(key);
    return raw === null ? null : JSON.parse(raw);
  } catch {
    return null;
  }
}

/** Writes, ignoring a full or blocked storage: a draft is a courtesy, never a reason for a form to fail. */
function writeJson(storage: DraftStorage, key: string, value: unknown): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Nothing to do: the form keeps working without its draft.
  }
}

/**
 * The localStorage key of one user's draft of one form (and record): drafts of different people on one
 * browser never meet.
 *
 * @example
 * draftKey('u1', { form: 'application', recordId: 'a9' }) // 'jobpilot.draft.u1.application.a9'
 */
export function draftKey(userId: string, target: DraftTarget): string {
  return `${PREFIX}.${userId}.${target.form}${target.recordId ? `.${target.recordId}` : ''}`;
}

const resumeKey = (userId: string) => `${PREFIX}-resume.${userId}`;

/** A store of form drafts over localStorage (or the storage given, for tests). */
export function createDraftStore(storage: DraftStorage | null = browserStorage(), now: () => number = Date.now) {
  return {
    save<Values>(key: string, values: Values): void {
      if (storage) writeJson(storage, key, { values, savedAt: now() } satisfies Draft<Values>);
    },

    /** The draft under `key`, or null when there is none or it is too old (then it is removed). */
    load<Values>(key: string): Draft<Values> | null {
      if (!storage) return null;
      const stored = readJson(storage, key) as Partial<Draft<Values>> | null;
      if (!stored || typeof stored.savedAt !== 'number' || stored.values === undefined) return null;
      if (now() - stored.savedAt > DRAFT_MAX_AGE_MS) {
        storage.removeItem(key);
        return null;
      }
      return { values: stored.values, savedAt: stored.savedAt };
    },

    clear(key: string): void {
      storage?.removeItem(key);
    },

    /** Remembers to open this form again once the person has signed in again. */
    markResume(userId: string, resume: DraftResume): void {
      if (storage) writeJson(storage, resumeKey(userId), { ...resume, savedAt: now() });
    },

    /** The form of `form` to open again, once (the mark is removed), or undefined when there is none. */
    takeResume(userId: string, form: string): DraftResume | undefined {
      if (!storage) return undefined;
      const stored = readJson(storage, resumeKey(userId)) as (DraftResume & { savedAt: number }) | null;
      if (!stored || stored.form !== form) return undefined;
      storage.removeItem(resumeKey(userId));
      if (now() - stored.savedAt > RESUME_MAX_AGE_MS) return undefined;
      return { form: stored.form, recordId: stored.recordId ?? null };
    },

    /** Forgets every draft of one user (on sign out). */
    clearUser(userId: string): void {
      if (!storage) return;
      const mine = `${PREFIX}.${userId}.`;
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        if (key?.startsWith(mine)) keys.push(key);
      }
      for (const key of keys) storage.removeItem(key);
      storage.removeItem(resumeKey(userId));
    },
  };
}

export type DraftStore = ReturnType<typeof createDraftStore>;

/** The app's draft store, over the browser's localStorage. */
export const drafts: DraftStore = createDraftStore();
