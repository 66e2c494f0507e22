import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  CONTACT_IMPORT_MAX_BYTES,
  exportContactsQuerySchema,
  type ImportEntry,
  type ImportResult,
  importContactsBodySchema,
  importContactsQuerySchema,
  importResultSchema,
  successSchema,
} from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '#platform/http/auth.ts';
import { sendDownload } from '#platform/http/download.ts';
import { ok } from '#platform/http/envelope.ts';
import { acceptMultipart, defineUpload, readMultipart } from '#platform/http/multipart.ts';
import { downloadDoc, uploadDoc } from '#platform/http/openapi.ts';
import type { ContactExportService } from './contact-export.service.ts';
import type { ContactImportService, ImportFile } from './contact-import.service.ts';

const tags = ['contacts'];
/**
 * A JSON import carries the file as a string, parsed on the event loop before any worker sees it: 2 MiB
 * parses in about 10 ms (19.8 MB held the loop 95-160 ms). Larger files go as an upload, read in the pool.
 */
export const JSON_IMPORT_BODY_LIMIT = 2 * 1024 * 1024;

/** Entries turned into JSON per turn of the event loop: 2,000 long notes (10 MB) took it 40–100 ms at once. */
const ENTRIES_PER_TURN = 100;

/** An entry in `importEntrySchema`'s key order, as the schema's serializer wrote it. */
const entryJson = (e: ImportEntry) =>
  JSON.stringify({
    index: e.index,
    status: e.status,
    contact: e.contact,
    duplicateOf: e.duplicateOf,
    contactId: e.contactId,
    warnings: e.warnings,
    error: e.error,
  });

/** The envelope of an import's answer as JSON text, its entries written a slice at a time between other requests. */
async function importResultJson(result: ImportResult): Promise<string> {
  const { entries, ...rest } = result;
  const [before, after] = JSON.stringify(ok({ ...rest, entries: [] })).split('"entries":[]');
  const slices: string[] = [];
  for (let at = 0; at < entries.length; at += ENTRIES_PER_TURN) {
    if (at > 0) await nextTurn();
    slices.push(
      entries
        .slice(at, at + ENTRIES_PER_TURN)
        .map(entryJson)
        .join(','),
    );
  }
  return `${before}"entries":[${slices.join(',')}]${after}`;
}

const CONTENT_TYPES = { vcf: 'text/vcard; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

const contactUpload = defineUpload({
  maxBytes: CONTACT_IMPORT_MAX_BYTES,
  file: 'A .vcf (vCard 2.1-4.0) or .csv (Google, Outlook, LinkedIn) file',
  missing: 'Choose a file to upload',
  fields: { format: importContactsBodySchema.shape.format },
  json: importContactsBodySchema,
});

/** Import from vCard/CSV (multipart upload or JSON text), export as vCard 4.0 or CSV. */
export const contactImportExportRoutes: FastifyPluginAsyncZod<{
  importer: ContactImportService;
  exporter: ContactExportService;
}> = async (app, { importer, exporter }) => {
  await acceptMultipart(app);

  app.post(
    '/contacts/import',
    {
      bodyLimit: JSON_IMPORT_BODY_LIMIT,
      config: uploadDoc(contactUpload),
      schema: {
        tags,
        querystring: importContactsQuerySchema,
        description:
          'A .vcf or .csv file as multipart field `file` (optional field `format`), or JSON `{ text, format? }`. ' +
          '`mode=preview` (default) writes nothing; `mode=commit` saves the new contacts.',
        response: { 200: successSchema(importResultSchema), 201: successSchema(importResultSchema) },
      },
    },
    async (request, reply) => {
      let file: ImportFile;
      if (request.isMultipart()) {
        const upload = await readMultipart(request, contactUpload);
        file = { content: upload.data, filename: upload.filename, format: upload.fields.format };
      } else {
        const body = importContactsBodySchema.parse(request.body ?? {});
        file = { content: body.text, format: body.format };
      }
      const result = await importer.run(actorOf(request), file, request.query.mode);
      // Written ahead in slices (importResultJson), so the serializer only hands the text over.
      const json = await importResultJson(result);
      return reply
        .status(result.committed && result.counts.created > 0 ? 201 : 200)
        .serializer(() => json)
        .send(ok(result));
    },
  );

  app.get(
    '/contacts/export',
    {
      config: downloadDoc(Object.values(CONTENT_TYPES), 'The contacts as a vCard 4.0 (.vcf) or CSV file.'),
      schema: {
        tags,
        querystring: exportContactsQuerySchema,
        description: 'All your contacts (or those matching `q`) as a vCard 4.0 or CSV download.',
      },
    },
    async (request, reply) => {
      const { format, q } = request.query;
      const body = await exporter.export(actorOf(request), format, q);
      const day = new Date().toISOString().slice(0, 10);
      return sendDownload(reply, { filename: `contacts-${day}.${format}`, contentType: CONTENT_TYPES[format], body });
    },
  );
};
