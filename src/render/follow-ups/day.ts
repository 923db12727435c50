import { slackDate } from '../slack-date';

/** A due day (YYYY-MM-DD) as Slack shows a date, read at midday UTC so no time zone moves it a day. */
export const slackDay = (day: string): string =>
  slackDate(new Date(`${day}T12:00:00Z`), '{date_short_pretty}', day);
