export {
  asFormData,
  createJobPilotClient,
  type JobPilotClient,
  type JobPilotClientOptions,
  serializeQuery,
} from './client.js';
export { type DownloadedFile, download, filenameOf, type Settled, unwrap, unwrapEnvelope } from './envelope.js';
export {
  ApiRequestError,
  type ErrorEnvelopeBody,
  errorMessage,
  NETWORK_ERROR,
  NETWORK_MESSAGE,
  toApiError,
  UNEXPECTED_MESSAGE,
} from './errors.js';
export type { components, operations, paths } from './schema.js';
