import { analyticsFeature } from '../features/analytics';
import { applicationsFeature } from '../features/applications';
import { authFeature } from '../features/auth';
import { contactsFeature } from '../features/contacts';
import { dashboardFeature } from '../features/dashboard';
import { interviewsFeature } from '../features/interviews';
import { notificationsFeature } from '../features/notifications';
import { outboxFeature } from '../features/outbox';
import { profilesFeature } from '../features/profiles';
import { resumesFeature } from '../features/resumes';
import { settingsFeature } from '../features/settings';
import { sharedResumeFeature } from '../features/shared-resume';
import { tasksFeature } from '../features/tasks';
import { transferFeature } from '../features/transfer';

/** The one list of the web app's features: the router and the navigation are built from it. */
export const FEATURES = [
  authFeature,
  dashboardFeature,
  applicationsFeature,
  transferFeature,
  interviewsFeature,
  tasksFeature,
  analyticsFeature,
  contactsFeature,
  resumesFeature,
  profilesFeature,
  notificationsFeature,
  outboxFeature,
  settingsFeature,
  sharedResumeFeature,
] as const;
