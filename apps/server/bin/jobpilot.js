#!/usr/bin/env node
// The `jobpilot` command: runs the TypeScript sources through tsx's loader (ADR 002).
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
