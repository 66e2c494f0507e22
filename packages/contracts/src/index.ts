export * from './applications.js';
export * from './auth.js';
export * from './envelope.js';
export * from './errors.js';
export * from './mail.js';
