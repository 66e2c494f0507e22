/**
 * A year and a half of job search for the tracker benchmark: applications with realistic status histories,
 * interviews (rounds of the applications that reached an interview, a few still ahead) and follow-up tasks.
 * Deterministic (seeded random), inserted in batches straight into the tables.
 */
import type { ApplicationStatus } from '@jobpilot/contracts';
import {
  applicationStatusHistory,
  applications,
  type NewApplicationRow,
} from '../../apps/server/src/modules/applications/applications.table.ts';
import { interviews } from '../../apps/server/src/modules/interviews/interviews.table.ts';
import { applicationTasks } from '../../apps/server/src/modules/tasks/tasks.table.ts';
import type { Db } from '../../apps/server/src/platform/db.ts';
import { COMPANIES, LOCATIONS, POSITIONS, random, SOURCES } from './seed.ts';

const DAY = 24 * 3600_000;
const SENIORITY = ['', '', 'Senior ', 'Junior ', 'Staff ', 'Lead ', 'Principal '];
const BATCH = 500;

interface Plan {
  row: NewApplicationRow;
  history: { toStatus: ApplicationStatus; changedAt: Date }[];
}

export interface TrackerCounts {
  applications: number;
  interviews: number;
  tasks: number;
}

/** One application's journey: saved → applied → (interview rounds → offer → accepted) or a stop on the way. */
function plan(userId: string, rnd: () => number, now: number, i: number): Plan {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const createdAt = new Date(now - rnd() * 540 * DAY);
  const history: Plan['history'] = [];
  let at = createdAt.getTime();
  const step = (toStatus: ApplicationStatus, minDays: number, maxDays: number) => {
    at += (minDays + rnd() * (maxDays - minDays)) * DAY;
    if (at > now) return false;
    history.push({ toStatus, changedAt: new Date(at) });
    return true;
  };
  const savedFirst = rnd() < 0.6;
  history.push({ toStatus: savedFirst ? 'saved' : 'applied', changedAt: createdAt });
  let appliedAt: string | null = savedFirst ? null : createdAt.toISOString().slice(0, 10);
  const journey = () => {
    if (savedFirst) {
      if (rnd() < 0.15) return void step('withdrawn', 1, 20);
      if (rnd() < 0.12 || !step('applied', 0, 7)) return;
      appliedAt = new Date(at).toISOString().slice(0, 10);
    }
    const r = rnd();
    if (r < 0.42) return void step('rejected', 3, 45);
    if (r < 0.5) return void step('withdrawn', 5, 30);
    if (r > 0.78 || !step('interview', 3, 30)) return;
    const s = rnd();
    if (s < 0.45) return void step('rejected', 5, 25);
    if (s < 0.55) return void step('withdrawn', 5, 25);
    if (s > 0.85 || !step('offer', 7, 30)) return;
    const o = rnd();
    if (o < 0.55) step('accepted', 1, 10);
    else if (o < 0.8) step('withdrawn', 1, 10);
  };
  journey();
  const last = history.at(-1) ?? { toStatus: 'saved' as const, changedAt: createdAt };
  const company = pick(COMPANIES);
  const salaryMin = 50_000 + Math.floor(rnd() * 100) * 1_000;
  return {
    row: {
      userId,
      company,
      position: `${pick(SENIORITY)}${pick(POSITIONS)}`,
      location: pick(LOCATIONS),
      salaryMin,
      salaryMax: salaryMin + Math.floor(rnd() * 40) * 1_000,
      salaryCurrency: pick(['USD', 'EUR', 'GBP']),
      salaryPeriod: 'year',
      jobUrl: `https://jobs.example.com/${company.toLowerCase().replace(/\W+/g, '-')}/${100_000 + i}`,
      status: last.toStatus,
      source: pick(SOURCES),
      appliedAt,
      createdAt,
      updatedAt: last.changedAt,
    },
    history,
  };
}

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/**
 * Seeds `count.applications` applications with their histories, `count.interviews` interviews and
 * `count.tasks` tasks for `userId`, spread over the last 18 months (a few interviews and tasks ahead).
 */
export async function seedTracker(db: Db, userId: string, count: TrackerCounts, seed = 7): Promise<void> {
  const rnd = random(seed);
  const now = Date.now();
  const plans = Array.from({ length: count.applications }, (_, i) => plan(userId, rnd, now, i));
  const ids: string[] = [];
  await inBatches(plans, async (batch) => {
    const inserted = await db
      .insert(applications)
      .values(batch.map((p) => p.row))
      .returning({ id: applications.id });
    ids.push(...inserted.map((r) => r.id));
  });
  const history = plans.flatMap((p, i) =>
    p.history.map((h, j) => ({
      applicationId: ids[i] as string,
      fromStatus: j === 0 ? null : (p.history[j - 1]?.toStatus ?? null),
      ...h,
    })),
  );
  await inBatches(history, (batch) => db.insert(applicationStatusHistory).values(batch));

  // Interviews: rounds after each application's interview step; the rest spread over the next 30 days.
  const interviewed = plans.flatMap((p, i) => {
    const step = p.history.find((h) => h.toStatus === 'interview');
    return step ? [{ plan: p, id: ids[i] as string, at: step.changedAt.getTime() }] : [];
  });
  const rows = Array.from({ length: count.interviews }, (_, k) => {
    const target = interviewed[k % Math.max(1, interviewed.length)];
    const round = Math.floor(k / Math.max(1, interviewed.length));
    // Every 20th interview (or all, without interviewed applications) is somewhere in the next 30 days.
    const ahead = !target || k % 20 === 0;
    const scheduledAt = new Date(ahead ? now + rnd() * 30 * DAY : target.at + (2 + round * 7) * DAY);
    return {
      userId,
      applicationId: target?.id ?? null,
      company: target?.plan.row.company ?? 'Acme Corp',
      position: target?.plan.row.position ?? 'Engineer',
      scheduledAt,
      timezone: 'Europe/Berlin',
      durationMinutes: [30, 45, 60, 90][k % 4] ?? 60,
      type: (['phone', 'online', 'onsite'] as const)[k % 3] ?? 'online',
      location: k % 3 === 2 ? 'Office' : null,
    };
  });
  await inBatches(rows, (batch) => db.insert(interviews).values(batch));

  const tasks = Array.from({ length: count.tasks }, (_, k) => {
    const dueAt = new Date(now + (rnd() * 90 - 60) * DAY);
    return {
      userId,
      applicationId: ids[Math.floor(rnd() * ids.length)] as string,
      title:
        ['Follow up with the recruiter', 'Send thank-you note', 'Prepare case study', 'Research the team'][k % 4] ?? '',
      dueAt: k % 10 === 0 ? null : dueAt,
      doneAt: dueAt.getTime() < now && rnd() < 0.8 ? dueAt : null,
    };
  });
  await inBatches(tasks, (batch) => db.insert(applicationTasks).values(batch));
}
