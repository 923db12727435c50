import type { AnswerRepository } from '../../db/repositories/answer-repository';
import type { DeliveryRepository } from '../../db/repositories/delivery-repository';
import type { PeopleRepository } from '../../db/repositories/people-repository';
import type { PulseRepository, PulseRow } from '../../db/repositories/pulse-repository';
import type { Logger } from '../../logging/logger';
import type { OrgService } from '../org-service';
import type { Pseudonymizer } from '../pseudonym';
import type { RosterService } from '../roster-service';
import type { SettingsService } from '../settings-service';

/** What the pulse service is built from. */
export type PulseServiceDeps = {
  pulses: PulseRepository;
  deliveries: DeliveryRepository;
  people: PeopleRepository;
  answers: AnswerRepository;
  org: OrgService;
  roster: RosterService;
  settings: SettingsService;
  pseudonym: Pseudonymizer;
  logger: Logger;
  clock: () => Date;
  onEnqueued: () => void;
  onClosed?: (pulse: PulseRow) => void;
};
