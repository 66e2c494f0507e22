import type { LoggerOptions } from 'pino';
import type { Config } from './config.ts';

/** pino options shared by every process role; request ids come from Fastify's `genReqId`. */
export function loggerOptions(config: Pick<Config, 'logLevel' | 'env'>): LoggerOptions {
  return {
    level: config.logLevel,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    ...(config.env === 'development' ? { transport: { target: 'pino-pretty' } } : {}),
  };
}
