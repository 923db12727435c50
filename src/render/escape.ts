/**
 * Escapes text for Slack mrkdwn so user text can't form links or mentions (<@U…>, <!channel>):
 * Slack asks for exactly these three replacements.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts text to at most `max` characters, ending with an ellipsis when it had to cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${Array.from(text)
    .slice(0, Math.max(0, max - 1))
    .join('')
    .slice(0, max - 1)}…`;
}
