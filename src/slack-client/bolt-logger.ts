import type { Logger as BoltLogger, LogLevel as BoltLogLevel } from '@slack/bolt';
import type { Logger, LogLevel } from '../logging/logger';

type SameStrings<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Stops compiling if Bolt's LogLevel values and our level names ever differ.
true satisfies SameStrings<`${BoltLogLevel}`, LogLevel>;

/**
 * The app's logger as Bolt's Logger, the same object: the two differ only in typing the level as a
 * string union rather than Bolt's string enum, whose values are those same strings.
 */
export function toBoltLogger(logger: Logger): BoltLogger {
  return logger as Omit<Logger, 'getLevel' | 'setLevel'> & {
    getLevel(): BoltLogLevel;
    setLevel(level: BoltLogLevel): void;
  };
}
