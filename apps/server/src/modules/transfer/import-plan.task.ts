import { defineParseTask } from '#platform/untrusted/task.ts';
import { type PlanOptions, planImport } from './import-plan.ts';

export interface PlanInput {
  csv: string;
  options: PlanOptions;
  /** `duplicateKey`s of the person's applications. */
  existingKeys: string[];
}

/** Reading the CSV and planning the import, run in the untrusted-document pool. */
export const planImportTask = defineParseTask(import.meta.url, 'transfer.plan-import', (input: PlanInput) =>
  planImport(input.csv, input.options, new Set(input.existingKeys)),
);
