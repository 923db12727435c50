/**
 * A date Slack renders in each reader's own time zone (`<!date^…>`), with a fallback (UTC unless
 * given) for clients and notifications that cannot.
 */
export function slackDate(
  at: Date,
  format = '{date_short_pretty} at {time}',
  fallback = `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
): string {
  const seconds = Math.floor(at.getTime() / 1000);
  return `<!date^${seconds}^${format}|${fallback}>`;
}
