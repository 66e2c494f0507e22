import {
  APPLIED_STAGE_STATUSES,
  type ApplicationStatus,
  INTERVIEW_STAGE_STATUSES,
  OFFER_STAGE_STATUSES,
} from '@jobpilot/contracts';
import { sql } from 'drizzle-orm';
import { applicationFacts, statusChanges } from '#modules/applications/index.ts';
import type { Db } from '#platform/db.ts';
import { rowsOf, statusList } from './sql.ts';

export interface DateRange {
  /** Inclusive calendar dates, `YYYY-MM-DD`. */
  from: string;
  to: string;
}

export interface Distributions {
  cells: { month: string; status: ApplicationStatus; count: number }[];
  titles: { title: string; count: number }[];
  locations: { location: string | null; count: number }[];
}

export interface FunnelRow {
  applied: number;
  interview: number;
  offer: number;
  medianDaysAppliedToInterview: number | null;
  medianDaysInterviewToOffer: number | null;
  appliedToInterviewSamples: number;
  interviewToOfferSamples: number;
}

/**
 * The analytics read model: aggregates in SQL over the owner's applications whose day (applied date, else
 * the UTC day added) falls in the range (ADR 009), over the views the applications module exports of its
 * applications and their status history (ADR 016, "Read models"). Titles and locations come back grouped by
 * their text; the service folds them into families and places.
 */
export function createAnalyticsRepository(db: Db) {
  const a = applicationFacts(db);
  const h = statusChanges(db);
  const inRange = (userId: string, range: DateRange) =>
    sql`${a.userId} = ${userId} and ${a.day} between ${range.from}::date and ${range.to}::date`;
  const month = sql`date_trunc('month', ${a.day}::timestamp)`;

  return {
    /**
     * One pass over the applications in range, grouped three ways: by month and status, by title, by location.
     * Titles and locations come back as typed (case and spelling folded later), which keeps the grouping cheap.
     */
    async distributions(userId: string, range: DateRange): Promise<Distributions> {
      const rows = await rowsOf<{
        grouping_set: number;
        month: string | null;
        status: ApplicationStatus | null;
        title: string | null;
        location: string | null;
        count: number;
      }>(
        db,
        sql`select grouping_set, to_char(month, 'YYYY-MM') as month, status, title, location, count
            from (
              select grouping(${month}, ${a.status}, ${a.position}, ${a.location})::int as grouping_set,
                ${month} as month, ${a.status} as status, ${a.position} as title, ${a.location} as location,
                count(*)::int as count
              from ${a}
              where ${inRange(userId, range)}
              group by grouping sets ((${month}, ${a.status}), (${a.position}), (${a.location}))
            ) cells`,
      );
      const result: Distributions = { cells: [], titles: [], locations: [] };
      for (const { grouping_set: set, month, status, title, location, count } of rows) {
        // grouping() sets a bit for every column left out of the set: 0b0011 = month and status kept.
        if (set === 0b0011 && month && status) result.cells.push({ month, status, count });
        else if (set === 0b1101 && title !== null) result.titles.push({ title, count });
        else if (set === 0b1110) result.locations.push({ location, count });
      }
      return result;
    },

    /**
     * Per application: which stages it ever reached (any status of the stage in its history) and when it first
     * entered `applied`, `interview` and `offer`. Then the counts, and the medians in whole UTC days:
     * applied → interview from the applied date (else the first `applied` entry) to the first `interview`
     * entry; interview → offer between the first `interview` and the first `offer` entries. Only real moves
     * count as arriving at a stage: an application entered (or imported) already at `interview` or `offer` has
     * no such moment. Applications missing either end, or whose dates run backwards, are left out of a median.
     */
    async funnel(userId: string, range: DateRange): Promise<FunnelRow> {
      const [row] = await rowsOf<FunnelRow>(
        db,
        sql`with per_application as (
              select
                bool_or(${h.toStatus} in ${statusList(APPLIED_STAGE_STATUSES)}) as reached_applied,
                bool_or(${h.toStatus} in ${statusList(INTERVIEW_STAGE_STATUSES)}) as reached_interview,
                bool_or(${h.toStatus} in ${statusList(OFFER_STAGE_STATUSES)}) as reached_offer,
                coalesce(min(${a.appliedAt}), (min(${h.changedAt}) filter (where ${h.toStatus} = 'applied') at time zone 'UTC')::date) as applied_day,
                (min(${h.changedAt}) filter (where ${h.toStatus} = 'interview' and ${h.fromStatus} is not null) at time zone 'UTC')::date as interview_day,
                (min(${h.changedAt}) filter (where ${h.toStatus} = 'offer' and ${h.fromStatus} is not null) at time zone 'UTC')::date as offer_day
              from ${a}
              join ${h} on ${h.applicationId} = ${a.id}
              -- saved and withdrawn entries decide nothing below; leaving them out spares a third of the rows.
              where ${inRange(userId, range)} and ${h.toStatus} in ${statusList(APPLIED_STAGE_STATUSES)}
              group by ${a.id}
            ),
            gaps as (
              select reached_applied, reached_interview, reached_offer,
                case when interview_day >= applied_day then interview_day - applied_day end as applied_to_interview,
                case when offer_day >= interview_day then offer_day - interview_day end as interview_to_offer
              from per_application
            )
            select
              count(*) filter (where reached_applied)::int as applied,
              count(*) filter (where reached_interview)::int as interview,
              count(*) filter (where reached_offer)::int as offer,
              (percentile_cont(0.5) within group (order by applied_to_interview))::float8 as "medianDaysAppliedToInterview",
              (percentile_cont(0.5) within group (order by interview_to_offer))::float8 as "medianDaysInterviewToOffer",
              count(applied_to_interview)::int as "appliedToInterviewSamples",
              count(interview_to_offer)::int as "interviewToOfferSamples"
            from gaps`,
      );
      if (!row) throw new Error('the funnel statement returned no row');
      return row;
    },
  };
}

export type AnalyticsRepository = ReturnType<typeof createAnalyticsRepository>;
