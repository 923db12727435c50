/** Quotes in the report model: scrubbed before they are chosen, and only from groups at or above the threshold. */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/analytics/report/index';
import { literalInput } from './fixtures';

const ratings = { 1: [3, 4, 3, 4, 3, 4, 3] };

describe('report quotes', () => {
  it('replace contacts, links, mentions and roster names before choosing', () => {
    const input = {
      ...literalInput([
        {
          id: 1,
          name: 'Sales',
          respondents: 7,
          ratings,
          quotes: [
            'Ask Anna Schmidt (anna@acme.com, +44 20 7946 0958) like <@U012ABC> said',
            'Anna',
            'Short +1 555 123 4567 x',
          ],
        },
      ]),
      rosterNames: ['Anna Schmidt'],
    };
    const model = buildReport(input, { threshold: 5 });
    expect(model.definitions.quotes).toEqual([
      { department: 'Sales', text: 'Ask [name] ([contact], [contact]) like [name] said' },
    ]);
    // "Short +1 555 123 4567 x" was long enough; scrubbed, it is too short to be worth quoting
    expect(JSON.stringify(model)).not.toMatch(/anna|7946|U012ABC/i);
  });

  it('come only from departments at or above the threshold', () => {
    const input = literalInput([
      { id: 1, name: 'Sales', respondents: 5, ratings, quotes: ['Answer within the hour, every time.'] },
      { id: 2, name: 'Finance', respondents: 4, ratings, quotes: ['Invoices that are right first time.'] },
      { id: 3, name: 'Product', respondents: 6, ratings, quotes: ['Features that just work, no manual.'] },
    ]);
    for (const threshold of [5, 6, 7]) {
      const model = buildReport(input, { threshold });
      const expected = [
        ['Sales', 5],
        ['Product', 6],
      ]
        .filter(([, n]) => (n as number) >= threshold)
        .map(([name]) => name);
      expect(model.definitions.quotes.map((q) => q.department)).toEqual(expected);
      expect(JSON.stringify(model.definitions)).not.toContain('Invoices');
    }
  });
});
