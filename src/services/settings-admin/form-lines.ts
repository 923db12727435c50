/** The non-empty lines of one of the modal's lists, trimmed. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
