import { describe, expect, it } from 'vitest';
import type { PeopleRepository } from '../../../src/db/repositories/people-repository';
import { fakeGateway } from './gateway';
import { strictFake } from './strict-fake';

describe('strict fakes', () => {
  it('answers with the faked members and throws, naming the member, for any other', () => {
    const people = strictFake<PeopleRepository>('PeopleRepository', { countActive: () => 3 });
    expect(people.countActive()).toBe(3);
    expect(() => people.listRoster()).toThrow('PeopleRepository.listRoster is not faked in this test');
  });

  it('records the gateway calls with their arguments', async () => {
    const slack = fakeGateway();
    expect(await slack.gateway.openDm('U0000001')).toBe('DU0000001');
    expect(slack.callsTo('openDm')).toEqual([['U0000001']]);
    expect(() => slack.gateway.listUsers()).toThrow('SlackGateway.listUsers is not faked');
  });
});
