import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('runs with no settings at all: port 3000, ./data, PGlite', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobpilot-cfg-'));
    try {
      const config = loadConfig({ DATA_DIR: dir });
      expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, publicUrl: 'http://localhost:3000' });
      expect(config.authSecret).toHaveLength(64);
      expect(readFileSync(join(dir, 'auth-secret'), 'utf8')).toBe(config.authSecret);
      expect(loadConfig({ DATA_DIR: dir }).authSecret).toBe(config.authSecret);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads PORT, DATA_DIR and DATABASE_URL', () => {
    const config = loadConfig({
      PORT: '8080',
      DATA_DIR: 'memory://',
      DATABASE_URL: 'postgres://u@db:5432/jobs',
    });
    expect(config).toMatchObject({ port: 8080, databaseUrl: 'postgres://u@db:5432/jobs' });
    expect(existsSync('memory:')).toBe(false);
  });

  it('lists every bad key with a readable reason', () => {
    const attempt = () =>
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SMTP_URL: 'mail.example.com', DATA_DIR: 'memory://' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (err) {
      const { problems } = err as ConfigError;
      expect(problems).toHaveLength(3);
      expect(problems.join('\n')).toMatch(/PORT/);
      expect(problems.join('\n')).toMatch(/DATABASE_URL: must start with postgres/);
      expect(problems.join('\n')).toMatch(/SMTP_URL: must start with smtp/);
    }
  });

  it('reads TRUST_PROXY as a flag, a hop count or a list of proxies', () => {
    const trust = (TRUST_PROXY: string) => loadConfig({ DATA_DIR: 'memory://', TRUST_PROXY }).trustProxy;
    expect(loadConfig({ DATA_DIR: 'memory://' }).trustProxy).toBe(false);
    expect(trust('true')).toBe(true);
    expect(trust('2')).toBe(2);
    expect(trust('127.0.0.1, 10.0.0.0/8')).toBe('127.0.0.1, 10.0.0.0/8');
    expect(() => trust('yes please!')).toThrow(/TRUST_PROXY/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATA_DIR: 'memory://', SMTP_URL: '' })).toMatchObject({
      port: 3000,
      smtpUrl: undefined,
    });
  });
});
