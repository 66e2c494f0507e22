export { ATS_WEIGHTS, type AtsOptions, atsReport, buildAtsReport } from './ats-report.ts';
export type { AtsFileFacts, AtsInput } from './input.ts';
export { loadSpellChecker, type SpellChecker } from './spelling.ts';
