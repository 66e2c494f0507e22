import { myProfileSchema, RESUME_MAX_BYTES, successSchema, updateProfileSchema } from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { acceptUploads, readUpload } from '#modules/files/index.ts';
import { actorOf } from '#platform/http/auth.ts';
import { ok } from '#platform/http/envelope.ts';
import type { ProfilesService } from './profiles.service.ts';

const tags = ['profiles'];
const one = successSchema(myProfileSchema);

/** The signed-in user's own profile and résumé. */
export const profileRoutes: FastifyPluginAsyncZod<{ profiles: ProfilesService }> = async (app, { profiles }) => {
  await acceptUploads(app, RESUME_MAX_BYTES);

  app.get('/profile', { schema: { tags, response: { 200: one } } }, async (request) =>
    ok(await profiles.getOwn(actorOf(request))),
  );

  app.put('/profile', { schema: { tags, body: updateProfileSchema, response: { 200: one } } }, async (request) =>
    ok(await profiles.update(actorOf(request), request.body)),
  );

  app.put(
    '/profile/resume',
    {
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        description: 'Upload a PDF or DOCX résumé (field `file`, at most 10 MB); replaces the current one.',
        response: { 200: one },
      },
    },
    async (request) => ok(await profiles.uploadResume(actorOf(request), await readUpload(request, RESUME_MAX_BYTES))),
  );

  app.delete('/profile/resume', { schema: { tags } }, async (request, reply) => {
    await profiles.deleteResume(actorOf(request));
    return reply.status(204).send();
  });
};
