import {
  csvImportPreviewSchema,
  csvImportResultSchema,
  exportApplicationsQuerySchema,
  successSchema,
} from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '#platform/http/auth.ts';
import { sendDownload } from '#platform/http/download.ts';
import { ok } from '#platform/http/envelope.ts';
import { acceptMultipart } from '#platform/http/multipart.ts';
import { downloadDoc, uploadDoc } from '#platform/http/openapi.ts';
import { csvUpload, IMPORT_JSON_BODY_LIMIT, readImportRequest } from './read-import-request.ts';
import type { TransferService } from './transfer.service.ts';

const tags = ['transfer'];
const IMPORT_BODY =
  'JSON `{ csv, mapping?, statusMap?, dateOrder?, skipDuplicates? }`, or multipart/form-data with the file in ' +
  '`file` and the same options as JSON text in `options`.';

const CSV = 'text/csv; charset=utf-8';
const JSON_FILE = 'application/json; charset=utf-8';

/**
 * Import and export (ADR 010). `/applications/export` and `/applications/import…` are static paths, so
 * the router prefers them to `/applications/:id`.
 */
export const transferRoutes: FastifyPluginAsyncZod<{ transfer: TransferService }> = async (app, { transfer }) => {
  await acceptMultipart(app);

  app.get(
    '/applications/export',
    {
      config: downloadDoc([CSV], 'The applications as CSV (UTF-8 with a BOM, CRLF lines).'),
      schema: {
        tags,
        summary: 'The applications matching the list filters as an Excel-friendly CSV file',
        querystring: exportApplicationsQuerySchema,
      },
    },
    async (request, reply) => {
      const file = await transfer.exportApplications(actorOf(request), request.query);
      return sendDownload(reply, { ...file, contentType: CSV, cacheControl: 'no-store' });
    },
  );

  app.get(
    '/export',
    {
      config: downloadDoc([JSON_FILE], 'Your profile, applications, history, interviews, tasks and contacts.'),
      schema: { tags, summary: "All of the signed-in user's data as one JSON file" },
    },
    async (request, reply) => {
      const { filename, body } = await transfer.exportAll(actorOf(request));
      const text = JSON.stringify(body, null, 2);
      return sendDownload(reply, { filename, contentType: JSON_FILE, body: text, cacheControl: 'no-store' });
    },
  );

  app.post(
    '/applications/import/preview',
    {
      bodyLimit: IMPORT_JSON_BODY_LIMIT,
      config: uploadDoc(csvUpload),
      schema: {
        tags,
        summary: 'What importing a CSV would do: columns, suggested mapping, status values, rows and their problems',
        description: IMPORT_BODY,
        response: { 200: successSchema(csvImportPreviewSchema) },
      },
    },
    async (request) => ok(await transfer.previewImport(actorOf(request), await readImportRequest(request))),
  );

  app.post(
    '/applications/import',
    {
      bodyLimit: IMPORT_JSON_BODY_LIMIT,
      config: uploadDoc(csvUpload),
      schema: {
        tags,
        summary: 'Imports the valid rows of a CSV in one transaction; rows with problems are skipped and listed',
        description: IMPORT_BODY,
        response: { 201: successSchema(csvImportResultSchema) },
      },
    },
    async (request, reply) => {
      const result = await transfer.importApplications(actorOf(request), await readImportRequest(request));
      const message = result.imported === 1 ? 'Imported 1 application' : `Imported ${result.imported} applications`;
      return reply.status(201).send(ok(result, message));
    },
  );
};
