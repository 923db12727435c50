import { describe, expect, it } from 'vitest';
import { matchName } from '../../src/services/name-match';

const names = [
  'Customer support',
  'Customer Service',
  'Sales conversations',
  'Website & app',
  'Ease / friction across the journey',
];
const m = (q: string) => matchName(q, names, (n) => n);

describe('forgiving name matching', () => {
  it('matches ignoring case and punctuation, then by prefix', () => {
    expect(m('website & APP')).toEqual({ kind: 'one', item: 'Website & app' });
    expect(m('sales')).toEqual({ kind: 'one', item: 'Sales conversations' });
    expect(m('friction')).toEqual({ kind: 'one', item: 'Ease / friction across the journey' });
  });
  it('says when a name is ambiguous', () => {
    expect(m('customer')).toEqual({ kind: 'many', items: ['Customer support', 'Customer Service'] });
  });
  it('suggests the closest names for an unknown one', () => {
    const r = m('webstie');
    expect(r.kind).toBe('none');
    expect(r.kind === 'none' && r.suggestions[0]).toBe('Website & app');
  });
});
