import {
  applicationStatusHistory,
  applications,
  type NewApplicationRow,
} from '../../apps/server/src/modules/applications/applications.table.ts';
import type { Db } from '../../apps/server/src/platform/db.ts';

type ApplicationStatus = NonNullable<NewApplicationRow['status']>;

export const COMPANIES = [
  'Acme Corp',
  'Globex',
  'Initech',
  'Umbrella Health',
  'Stark Industries',
  'Wayne Enterprises',
  'Hooli',
  'Pied Piper',
  'Vandelay Industries',
  'Soylent Foods',
  'Cyberdyne Systems',
  'Tyrell Corporation',
  'Wonka Industries',
  'Massive Dynamic',
  'Aperture Science',
  'Black Mesa',
  'Engage Analytics',
  'Northwind Traders',
  'Contoso',
  'Fabrikam',
  'Blue Harbor Logistics',
  'Brightline Energy',
  'Cobalt Robotics',
  'Datastream Labs',
  'Evergreen Bank',
  'Foxglove Media',
  'Greenfield Engineering',
  'Helios Solar',
  'Ironclad Security',
  'Juniper Learning',
  'Kestrel Aerospace',
  'Lumen Payments',
  'Meridian Insurance',
  'Nimbus Cloud',
  'Orchid Biotech',
  'Pinnacle Retail',
  'Quantum Freight',
  'Riverbend Games',
  'Summit Travel',
  'Tidewater Maritime',
];

export const POSITIONS = [
  'Frontend Engineer',
  'Backend Engineer',
  'Senior Software Engineer',
  'Staff Engineer',
  'Full-Stack Developer',
  'Site Reliability Engineer',
  'Data Engineer',
  'Machine Learning Engineer',
  'Platform Engineer',
  'Engineering Manager',
  'Product Manager',
  'Product Designer',
  'UX Researcher',
  'Data Analyst',
  'Data Scientist',
  'QA Engineer',
  'Mobile Developer (iOS)',
  'Mobile Developer (Android)',
  'Security Analyst',
  'Solutions Architect',
  'Technical Writer',
  'Developer Advocate',
  'DevOps Engineer',
  'Customer Success Manager',
  'Technical Program Manager',
];

export const LOCATIONS = [
  'Remote',
  'Berlin',
  'London',
  'New York, NY',
  'San Francisco, CA',
  'Amsterdam',
  'Toronto',
  null,
];
export const SOURCES = ['LinkedIn', 'Company website', 'Referral', 'Indeed', 'Hacker News', 'Recruiter', null];

/** Roughly how a real search spreads out: many sent, fewer interviews, few offers. */
const STATUS_WEIGHTS: [ApplicationStatus, number][] = [
  ['saved', 20],
  ['applied', 40],
  ['interview', 18],
  ['offer', 5],
  ['rejected', 17],
];

/** mulberry32: the same data on every run. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeApplications(userId: string, count: number): NewApplicationRow[] {
  const rnd = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const totalWeight = STATUS_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  const status = (): ApplicationStatus => {
    let r = rnd() * totalWeight;
    for (const [s, w] of STATUS_WEIGHTS) {
      r -= w;
      if (r < 0) return s;
    }
    return 'applied';
  };
  const now = Date.now();
  const rows: NewApplicationRow[] = [];
  for (let i = 0; i < count; i++) {
    // Spread over the last ~6 months, newest first.
    const createdAt = new Date(now - i * 4 * 3600_000 - Math.floor(rnd() * 3600_000));
    const updatedAt = new Date(createdAt.getTime() + Math.floor(rnd() * 7 * 24 * 3600_000));
    const s = status();
    const company = pick(COMPANIES);
    const salaryMin = 50_000 + Math.floor(rnd() * 100) * 1_000;
    rows.push({
      userId,
      company,
      position: pick(POSITIONS),
      location: pick(LOCATIONS),
      salaryMin,
      salaryMax: salaryMin + Math.floor(rnd() * 40) * 1_000,
      salaryCurrency: pick(['USD', 'EUR', 'GBP']),
      salaryPeriod: 'year',
      jobUrl: `https://jobs.example.com/${company.toLowerCase().replace(/\W+/g, '-')}/${10_000 + i}`,
      jobDescription: null,
      status: s,
      source: pick(SOURCES),
      appliedAt: s === 'saved' ? null : createdAt.toISOString().slice(0, 10),
      notes: rnd() < 0.3 ? 'Follow up with the recruiter next week.' : null,
      createdAt,
      updatedAt: updatedAt.getTime() > now ? new Date(now) : updatedAt,
    });
  }
  return rows;
}

/** Inserts `count` applications (and each one's first history entry) for `userId` in a few batches. */
export async function seedApplications(db: Db, userId: string, count: number): Promise<void> {
  const rows = makeApplications(userId, count);
  const batch = 250;
  for (let i = 0; i < rows.length; i += batch) {
    const inserted = await db
      .insert(applications)
      .values(rows.slice(i, i + batch))
      .returning({ id: applications.id, status: applications.status, createdAt: applications.createdAt });
    await db
      .insert(applicationStatusHistory)
      .values(
        inserted.map((r) => ({ applicationId: r.id, fromStatus: null, toStatus: r.status, changedAt: r.createdAt })),
      );
  }
  // What autovacuum would do soon after such a burst of inserts (statistics, and the visibility map that lets a
  // count read only the index); keeps the query plans stable across runs.
  await db.execute('vacuum analyze');
}
