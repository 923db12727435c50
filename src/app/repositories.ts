import type { Db } from '../db/open-db';
import { createAnswerRepository } from '../db/repositories/answer-repository';
import { createAnswerTagsRepository } from '../db/repositories/answer-tags-repository';
import { createDeliveryRepository } from '../db/repositories/delivery-repository';
import { createDepartmentRepository } from '../db/repositories/department-repository';
import { createDigestRepository } from '../db/repositories/digest-repository';
import { createFollowUpRepository } from '../db/repositories/follow-up-repository';
import { createPeopleRepository } from '../db/repositories/people-repository';
import { createPulseRepository } from '../db/repositories/pulse-repository';
import { createScheduleSlotRepository } from '../db/repositories/schedule-slot-repository';
import { createSettingsRepository } from '../db/repositories/settings-repository';
import { createTouchpointRepository } from '../db/repositories/touchpoint-repository';

/** One repository per table group, over one database. */
export function createRepositories(db: Db) {
  return {
    settings: createSettingsRepository(db),
    departments: createDepartmentRepository(db),
    touchpoints: createTouchpointRepository(db),
    people: createPeopleRepository(db),
    pulses: createPulseRepository(db),
    deliveries: createDeliveryRepository(db),
    answers: createAnswerRepository(db),
    answerTags: createAnswerTagsRepository(db),
    digests: createDigestRepository(db),
    scheduleSlots: createScheduleSlotRepository(db),
    followUps: createFollowUpRepository(db),
  };
}
