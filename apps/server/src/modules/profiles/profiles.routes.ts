import { myProfileSchema, RESUME_MAX_BYTES, successSchema, updateProfileSchema } from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '#platform/http/auth.ts';
import { ok } from '#platform/http/envelope.ts';
import { acceptMultipart, defineUpload, readMultipart } from '#platform/http/multipart.ts';
import { uploadDoc } from '#platform/http/openapi.ts';
import type { ProfilesService } from './profiles.service.ts';

const tags = ['profiles'];
const one = successSchema(myProfileSchema);
const resumeUpload = defineUpload({
  maxBytes: RESUME_MAX_BYTES,
  file: 'A PDF or DOCX résumé, at most 10 MB',
  missing: 'Choose a file to upload',
});

/** The signed-in user's own profile and résumé. */
export const profileRoutes: FastifyPluginAsyncZod<{ profiles: ProfilesService }> = async (app, { profiles }) => {
  await acceptMultipart(app);

  app.get('/profile', { schema: { tags, response: { 200: one } } }, async (request) =>
    ok(await profiles.getOwn(actorOf(request))),
  );

  app.put('/profile', { schema: { tags, body: updateProfileSchema, response: { 200: one } } }, async (request) =>
    ok(await profiles.update(actorOf(request), request.body)),
  );

  app.put(
    '/profile/resume',
    {
      config: uploadDoc(resumeUpload),
      schema: {
        tags,
        description: 'Upload a PDF or DOCX résumé (field `file`, at most 10 MB); replaces the current one.',
        response: { 200: one },
      },
    },
    async (request) => ok(await profiles.uploadResume(actorOf(request), await readMultipart(request, resumeUpload))),
  );

  app.delete('/profile/resume', { schema: { tags } }, async (request, reply) => {
    await profiles.deleteResume(actorOf(request));
    return reply.status(204).send();
  });
};
