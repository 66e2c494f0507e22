// A worker thread starts with plain Node: register tsx's loader here, then load the TypeScript entry.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
