import { describe, expect, it } from 'vitest';
import { createDraftStore, DRAFT_MAX_AGE_MS, draftKey, RESUME_MAX_AGE_MS } from './form-draft';

/** The part of the Web Storage API the store uses, in memory. */
class MemoryStorage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

function setup() {
  const storage = new MemoryStorage();
  let time = 1_000_000;
  const store = createDraftStore(storage, () => time);
  return { storage, store, advance: (ms: number) => (time += ms), now: () => time };
}

describe('draft keys', () => {
  it('name the user, the form and the record being edited', () => {
    expect(draftKey('u1', { form: 'application' })).toBe('jobpilot.draft.u1.application');
    expect(draftKey('u1', { form: 'application', recordId: 'a9' })).toBe('jobpilot.draft.u1.application.a9');
    expect(draftKey('u2', { form: 'application' })).not.toBe(draftKey('u1', { form: 'application' }));
  });
});

describe('the draft store', () => {
  it('gives back what was saved, with when', () => {
    const { store, now } = setup();
    const key = draftKey('u1', { form: 'application' });
    store.save(key, { company: 'Acme', salaryMin: 5 });
    expect(store.load(key)).toEqual({ values: { company: 'Acme', salaryMin: 5 }, savedAt: now() });
    store.clear(key);
    expect(store.load(key)).toBeNull();
  });

  it('keeps one user’s drafts from another on the same browser, and forgets only the leaver’s on sign out', () => {
    const { store } = setup();
    const mine = draftKey('u1', { form: 'application' });
    const myEdit = draftKey('u1', { form: 'contact', recordId: 'c1' });
    const theirs = draftKey('u2', { form: 'application' });
    store.save(mine, { company: 'Mine' });
    store.save(myEdit, { name: 'Ada' });
    store.save(theirs, { company: 'Theirs' });
    store.markResume('u1', { form: 'application', recordId: null });

    expect(store.load(theirs)?.values).toEqual({ company: 'Theirs' });
    store.clearUser('u1');
    expect(store.load(mine)).toBeNull();
    expect(store.load(myEdit)).toBeNull();
    expect(store.takeResume('u1', 'application')).toBeUndefined();
    expect(store.load(theirs)?.values).toEqual({ company: 'Theirs' });
  });

  it('forgets drafts older than two weeks', () => {
    const { store, storage, advance } = setup();
    const key = draftKey('u1', { form: 'application' });
    store.save(key, { company: 'Old' });
    advance(DRAFT_MAX_AGE_MS + 1);
    expect(store.load(key)).toBeNull();
    expect(storage.getItem(key)).toBeNull();
  });

  it('reads a damaged entry as no draft', () => {
    const { store, storage } = setup();
    storage.setItem('jobpilot.draft.u1.application', '{not json');
    expect(store.load('jobpilot.draft.u1.application')).toBeNull();
    storage.setItem('jobpilot.draft.u1.application', JSON.stringify({ values: { a: 1 } }));
    expect(store.load('jobpilot.draft.u1.application')).toBeNull();
  });

  it('works without storage (blocked), keeping nothing', () => {
    const store = createDraftStore(null);
    store.save('k', { a: 1 });
    expect(store.load('k')).toBeNull();
    store.markResume('u1', { form: 'application', recordId: null });
    expect(store.takeResume('u1', 'application')).toBeUndefined();
  });
});

describe('opening a form again after signing in', () => {
  it('hands the form to its own page once', () => {
    const { store } = setup();
    store.markResume('u1', { form: 'application', recordId: 'a9' });
    expect(store.takeResume('u2', 'application')).toBeUndefined();
    expect(store.takeResume('u1', 'contact')).toBeUndefined();
    expect(store.takeResume('u1', 'application')).toEqual({ form: 'application', recordId: 'a9' });
    expect(store.takeResume('u1', 'application')).toBeUndefined();
  });

  it('lets a forgotten mark lapse after an hour', () => {
    const { store, advance } = setup();
    store.markResume('u1', { form: 'application', recordId: null });
    advance(RESUME_MAX_AGE_MS + 1);
    expect(store.takeResume('u1', 'application')).toBeUndefined();
  });
});
