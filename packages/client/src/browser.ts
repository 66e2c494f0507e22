/** Helpers that need a browser (XMLHttpRequest); the main entry runs anywhere fetch does. */
export { progressFetch } from './progress-fetch.js';
