import { afterEach, vi } from 'vitest';

// A test cannot pass by accident: an unexpected console.error fails it.
const errors: unknown[][] = [];
vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
  errors.push(args);
});
afterEach(() => {
  if (errors.length === 0) return;
  const seen = errors.splice(0).map((a) => a.map(String).join(' '));
  throw new Error(`console.error was called:\n${seen.join('\n')}`);
});
