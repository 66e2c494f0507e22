import { filesModule } from '#modules/files/index.ts';
import { profilesModule } from '#modules/profiles/index.ts';
import { defineModule, routes } from '#platform/module.ts';
import { parseResumeTask } from './parser/parse-resume.task.ts';
import type { ParseResumeInput, ParseResumeResult } from './parser/parse-resume.ts';
import { resumeParseRoutes } from './resume-parse.routes.ts';
import { createResumeParseService } from './resume-parse.service.ts';

export type { ParseResumeResult } from './parser/parse-resume.ts';

/**
 * Résumés (issue 9). This manifest carries the parser only (ADR 035); the data model, its routes and the
 * parse route join it from their own branches.
 */
export const resumesModule = defineModule({
  name: 'resumes',
  tables: {},
  parseTasks: [parseResumeTask],
  build({ parser, use }) {
    return {
      api: {
        /** Parses a résumé file in the untrusted-document pool; `owner` counts it against that user's share. */
        parse: (input: ParseResumeInput, owner?: string): Promise<ParseResumeResult> =>
          parser.run(parseResumeTask, input, [], owner),
      },
      routes: [
        routes(
          resumeParseRoutes,
          { parsing: createResumeParseService({ parser, files: use(filesModule), profiles: use(profilesModule) }) },
          'user',
        ),
      ],
    };
  },
});
