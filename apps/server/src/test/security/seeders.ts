import type { Interview, Notification } from '@jobpilot/contracts';
import { makeDocx, multipart } from '#modules/files/test-documents.ts';
import { insertSession } from '#modules/identity/identity.factory.ts';
import { registerUser } from '#test/client.ts';
import type { Seeder } from './resources.ts';

/**
 * Resources no API call creates, made as their owner would come to have them. A new one belongs here
 * only when the API truly cannot make it; everything else is found in the OpenAPI document.
 */
export const seeders: Seeder[] = [
  {
    // The people directory: another user whose profile the owner can see and keep as a favourite.
    resource: 'users',
    needs: [],
    seed: async (t) => (await registerUser(t, 'Someone Else')).id,
  },
  {
    // Sessions are made by signing in: another device of the owner's (DELETE /account/sessions/{id}).
    resource: 'sessions',
    needs: [],
    seed: async (t, owner) => (await insertSession(t.ctx.database.db, owner.id)).id,
  },
  {
    // Files arrive as uploads (multipart, which the generator does not write): the résumé on the owner's profile.
    resource: 'files',
    needs: [],
    async seed(t, owner) {
      const body = multipart({
        filename: 'resume.docx',
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        data: makeDocx('Ann Lee, engineer'),
      });
      const res = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/profile/resume',
        headers: { ...owner.auth, ...body.headers },
        payload: body.payload,
      });
      if (res.statusCode !== 200) throw new Error(`the profile résumé upload answered ${res.statusCode}: ${res.body}`);
      const id = (await t.ctx.api.profiles.exportRows(owner.id)).profile?.resumeFileId;
      if (!id) throw new Error('the profile résumé upload kept no file');
      return id;
    },
    // No route reads a file by id: the owner sees it as the résumé on their profile.
    async read(t, owner, id) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/profile', headers: owner.auth });
      const rows = await t.ctx.api.profiles.exportRows(owner.id);
      return { resumeFileId: rows.profile?.resumeFileId === id ? id : null, profile: res.json().data };
    },
  },
  {
    // Résumé versions are recorded by editing the document: the first one comes with the résumé.
    resource: 'versions',
    needs: ['resumes'],
    async seed(t, owner, ids) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/resumes/${ids.resumes}/versions`,
        headers: owner.auth,
      });
      const first = res.json<{ data: { id: string }[] }>().data[0];
      if (!first) throw new Error(`résumé ${ids.resumes} has no version: ${res.body}`);
      return first.id;
    },
  },
  {
    // Notifications are made by the reminder job: run it half an hour before the owner's interview.
    resource: 'notifications',
    needs: ['interviews'],
    async seed(t, owner, ids) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/interviews/${ids.interviews}`,
        headers: owner.auth,
      });
      const interview = res.json<{ data: Interview }>().data;
      await t.ctx.api.notifications.reminders.run({ now: new Date(Date.parse(interview.scheduledAt) - 30 * 60_000) });
      const inbox = await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: owner.auth });
      const first = inbox.json<{ data: Notification[] }>().data[0];
      if (!first) throw new Error(`the reminder job made no notification for interview ${interview.id}`);
      return first.id;
    },
  },
];
