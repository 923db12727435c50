import type { FollowUpOutcome } from '../../analytics/follow-ups/outcome';

/** The follow-up fields the renderers read (a repository row fits it). */
export interface FollowUpView {
  id: number;
  pulseId: number;
  subjectName: string;
  departments: string[];
  highDepartment: string;
  lowDepartment: string;
  gap: number;
  highMean: number;
  lowMean: number;
  significant: boolean;
  ownerId: string;
  nextStep: string;
  dueDate: string;
  channelId: string | null;
  status: 'open' | 'done' | 'resolved';
  doneNote: string | null;
  outcome: FollowUpOutcome | null;
}
