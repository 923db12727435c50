import type { ReportModel } from '../../analytics/report';
import type { DigestRepository, DigestRow } from '../../db/repositories/digest-repository';
import { departmentKey, sourceOf } from './period-key';

/**
 * Every post a run owes, claimed (a unique row per period and channel) before the first is
 * attempted: a crash during one post leaves the others pending for resume(), instead of never
 * created. With `onlyIfNew`, a channel whose last digest showed the same results is left out.
 */
export function claimOwed(
  repo: Pick<DigestRepository, 'claim' | 'lastShown'>,
  run: {
    periodKey: string;
    model: ReportModel;
    onlyIfNew: boolean;
    companyChannels: readonly string[];
    /** Each department's own channel, when department digests are on (else empty). */
    departmentChannels: ReadonlyMap<number, string>;
  },
): DigestRow[] {
  const { periodKey, model, onlyIfNew } = run;
  const source = sourceOf(model);
  const company = run.companyChannels
    .filter((channel) => !onlyIfNew || repo.lastShown(channel, null) !== source)
    .map((channel) => repo.claim(periodKey, channel, 'company'));
  const departments = model.departments.flatMap((d) => {
    const channel = run.departmentChannels.get(d.id);
    if (!channel || (onlyIfNew && repo.lastShown(channel, d.id) === source)) return [];
    return [repo.claim(departmentKey(periodKey, d.id), channel, 'department')];
  });
  return [...company, ...departments];
}
