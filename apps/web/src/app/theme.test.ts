import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrast, cssVariablesResolver, readableOn } from './theme';

describe('theme colours', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#e67700', '#fff9db')).toBeCloseTo(2.83, 2);
  });

  it('keeps a colour that already reads and darkens one that does not', () => {
    expect(readableOn('#1864ab', '#e7f5ff')).toBe('#1864ab');
    const yellow = readableOn('#e67700', '#fff3bf');
    expect(contrast(yellow, '#fff3bf')).toBeGreaterThanOrEqual(4.6);
  });

  it('gives every light-variant text (badges, alerts) ≥ 4.5:1 on its fill at rest and on hover, and on white', () => {
    const { light } = cssVariablesResolver(DEFAULT_THEME);
    for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
      const text = light[`--mantine-color-${name}-light-color`];
      expect(text, name).toMatch(/^#[0-9a-f]{6}$/);
      for (const background of [shades[0], shades[1], '#ffffff']) {
        expect(contrast(text as string, background), `${name} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
