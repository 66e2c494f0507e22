import { createJobPilotClient, type DownloadedFile } from '@jobpilot/client';

export {
  ApiRequestError,
  asFormData,
  download,
  errorMessage,
  NETWORK_ERROR,
  unwrap,
  unwrapEnvelope,
} from '@jobpilot/client';
export { progressFetch } from '@jobpilot/client/browser';

/**
 * The web app's one client of the API: same origin, signed in by the session cookie. Every call names a
 * typed path of the server's OpenAPI document.
 *
 * @example
 * const me = await unwrap(api.GET('/api/v1/auth/me'));
 */
export const api = createJobPilotClient();

/**
 * Lets the browser save a downloaded file under its name; returns that name.
 *
 * @example
 * await saveFile(await download(api.GET('/api/v1/export', { parseAs: 'blob' }), 'jobpilot-export.json'));
 */
export function saveFile({ blob, filename }: DownloadedFile): string {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return filename;
}
