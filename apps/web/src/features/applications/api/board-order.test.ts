import { describe, expect, it } from 'vitest';
import { dropTarget, placeAfter, stepTarget } from './board-order';

const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => ({ id })) as [
  { id: string },
  { id: string },
  { id: string },
  { id: string },
];
const ids = (items: { id: string }[]) => items.map((i) => i.id).join('');

describe('placeAfter', () => {
  it('moves a card after another, or first', () => {
    expect(ids(placeAfter([a, b, c], 'c', 'a'))).toBe('acb');
    expect(ids(placeAfter([a, b, c], 'c', null))).toBe('cab');
    expect(ids(placeAfter([a, b, c], 'a', 'c'))).toBe('bca');
  });
  it('leaves the list alone when a card is not in it', () => {
    expect(ids(placeAfter([a, b], 'x', null))).toBe('ab');
    expect(ids(placeAfter([a, b], 'a', 'x'))).toBe('ab');
  });
});

describe('stepTarget', () => {
  it('names the card to land after when moving one step', () => {
    expect(stepTarget([a, b, c, d], 'c', -1)).toBe('a');
    expect(stepTarget([a, b, c, d], 'b', -1)).toBeNull();
    expect(stepTarget([a, b, c, d], 'b', 1)).toBe('c');
    expect(ids(placeAfter([a, b, c, d], 'b', stepTarget([a, b, c, d], 'b', 1) ?? null))).toBe('acbd');
  });
  it('does nothing at the ends', () => {
    expect(stepTarget([a, b], 'a', -1)).toBeUndefined();
    expect(stepTarget([a, b], 'b', 1)).toBeUndefined();
  });
});

describe('dropTarget', () => {
  it('takes the place of the card it is dropped on', () => {
    expect(ids(placeAfter([a, b, c, d], 'a', dropTarget([a, b, c, d], 'a', 'c') ?? null))).toBe('bcad');
    expect(ids(placeAfter([a, b, c, d], 'd', dropTarget([a, b, c, d], 'd', 'b') ?? null))).toBe('adbc');
    expect(dropTarget([a, b, c, d], 'd', 'a')).toBeNull();
    expect(dropTarget([a, b], 'a', 'a')).toBeUndefined();
  });
});
