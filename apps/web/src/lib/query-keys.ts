import type {
  ApplicationStatus,
  CsvImportOptions,
  InterviewListOrder,
  InterviewType,
  TaskDueFilter,
} from '@jobpilot/contracts';

/** What the Applications page asks the list endpoint for. */
export interface ApplicationListParams {
  status: ApplicationStatus[];
  q: string;
  location?: string | undefined;
  source?: string | undefined;
  salaryMin?: number | undefined;
  salaryMax?: number | undefined;
  currency?: string | undefined;
  appliedFrom?: string | undefined;
  appliedTo?: string | undefined;
  tag?: string[] | undefined;
  page: number;
  limit: number;
  /** Absent: a search is ranked by relevance, anything else newest first. */
  sort?: string | undefined;
}

/** One page of the contacts list. */
export interface ContactListParams {
  q: string;
  page: number;
  limit: number;
}

/** The interviews list: a range, types, order and page. */
export interface InterviewListParams {
  from?: string | undefined;
  to?: string | undefined;
  type: InterviewType[];
  order: InterviewListOrder;
  page: number;
  limit: number;
}

/** The all-tasks list. */
export interface TaskListParams {
  due: TaskDueFilter;
  done?: boolean | undefined;
}

const applications = ['applications'] as const;
const contacts = ['contacts'] as const;
const interviews = ['interviews'] as const;
const notifications = ['notifications'] as const;
const profiles = ['profiles'] as const;
const resumes = ['resumes'] as const;
const tasks = ['tasks'] as const;

/**
 * Every TanStack Query key of the web app, in one place: a hook that changes another feature's data
 * invalidates that feature's key from here, never a literal. A module's `all` covers all its keys.
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: queryKeys.applications.lists() });
 */
export const queryKeys = {
  me: ['auth', 'me'] as const,
  account: { settings: ['account', 'settings'] as const, sessions: ['account', 'sessions'] as const },
  mailDelivery: ['mail', 'delivery'] as const,
  dashboard: ['dashboard'] as const,
  analytics: (from: string | null, to: string | null) => ['analytics', 'applications', from, to] as const,
  outbox: (page: number) => ['outbox', page] as const,
  applications: {
    all: applications,
    lists: () => [...applications, 'list'] as const,
    list: (params: ApplicationListParams) => [...applications, 'list', params] as const,
    history: (id: string) => [...applications, 'history', id] as const,
    /** One application's page (ADR 024). */
    workspace: (id: string) => [...applications, 'workspace', id] as const,
    /** The résumé sent with it (ADR 042). */
    resume: (id: string) => [...applications, 'resume', id] as const,
  },
  /** Response and interview rates per résumé and version (ADR 042). */
  resumePerformance: ['resume-performance'] as const,
  /** The résumés to choose from when recording which one went with an application. */
  resumeChoices: ['resume-choices'] as const,
  tags: ['tags'] as const,
  savedViews: ['saved-views'] as const,
  contacts: {
    all: contacts,
    lists: () => [...contacts, 'list'] as const,
    list: (params: ContactListParams) => [...contacts, 'list', params] as const,
    applicationOptions: () => [...contacts, 'application-options'] as const,
  },
  interviews: {
    all: interviews,
    list: (params: InterviewListParams) => [...interviews, 'list', params] as const,
    one: (id: string) => [...interviews, 'one', id] as const,
    feed: ['calendar-feed'] as const,
    applicationOptions: [...interviews, 'application-options'] as const,
  },
  notifications: {
    all: notifications,
    list: () => [...notifications, 'list'] as const,
    preferences: ['notification-preferences'] as const,
  },
  profiles: {
    all: profiles,
    mine: () => [...profiles, 'mine'] as const,
    people: (q: string, page: number) => [...profiles, 'people', { q, page }] as const,
    person: (id: string) => [...profiles, 'person', id] as const,
    favorites: (page: number) => [...profiles, 'favorites', page] as const,
  },
  resumes: {
    all: resumes,
    list: () => [...resumes, 'list'] as const,
    one: (id: string) => [...resumes, 'one', id] as const,
    versions: (id: string) => [...resumes, 'versions', id] as const,
    diff: (id: string, from: string, to: string) => [...resumes, 'diff', id, from, to] as const,
    /** Its ATS-readiness report (ADR 039): stale after every save. */
    ats: (id: string) => [...resumes, 'ats', id] as const,
  },
  tasks: {
    all: tasks,
    list: (params: TaskListParams) => [...tasks, 'list', params] as const,
    ofApplication: (applicationId: string) => [...tasks, 'application', applicationId] as const,
    application: (applicationId: string) => ['task-application', applicationId] as const,
    /** The applications the Tasks page's New task can be for (not under `all`: adding a task keeps them). */
    applicationChoices: ['task-application-choices'] as const,
  },
  transfer: {
    importPreview: (sourceId: number, options: CsvImportOptions) =>
      ['transfer', 'import-preview', sourceId, options] as const,
  },
};
