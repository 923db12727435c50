/** English: the source of truth. Every other language is typed against this shape. */
export const en = {
  dm: {
    inviteLead: (word: string) =>
      `:wave: *A one-minute pulse on ${word} experience.* What does a great ${word} experience look like to you, how well do we deliver each touchpoint today, and which matter most? Your view, next to every other department’s, shows where we agree and where we don’t.`,
    reminderLead: (word: string) =>
      `:hourglass_flowing_sand: *A gentle reminder:* the one-minute pulse on ${word} experience is still open, and every department’s view counts.`,
    openUntil: (until: string) => `Open until ${until}.`,
    answerButton: 'Answer (1 min)',
    notNowButton: 'Not now',
    privacy: (threshold: number) =>
      `:lock: Answers are stored under a pseudonym and only ever shown for groups of ${threshold} or more people, never with your name. You can change your answer until the pulse closes, and delete your data from the app’s Home tab.`,
    notNow: (until: string) =>
      `No problem. The pulse stays open until ${until}: answer here or from the app’s Home tab whenever suits you.`,
  },
  modal: {
    title: 'CX pulse',
    send: 'Send',
    update: 'Update answer',
    notNow: 'Not now',
    close: 'Close',
    intro: (until: string, threshold: number) =>
      `About a minute. Open until ${until}; you can change your answer until then. Shown only for groups of ${threshold}+, never with your name.`,
    definitionLabel: (word: string) =>
      `In a sentence or two, what does a great ${word} experience look like?`,
    definitionLabelPlural: (word: string, plural: string) =>
      `In a sentence or two, what does a great ${word} experience look like for our ${plural}?`,
    definitionPlaceholder: 'In your own words',
    ratingsHeading:
      '*How well do we deliver each of these today?*\n1 = very poor, 5 = excellent. Pick “Don’t know” or leave it blank when you can’t say: a guess is noise.',
    ratingLabels: ['1 — very poor', '2 — poor', '3 — okay', '4 — good', '5 — excellent'] as readonly [
      string,
      string,
      string,
      string,
      string,
    ],
    dontKnow: 'Don’t know',
    ratePlaceholder: 'Rate 1–5',
    prioritiesLabel: (max: number, word: string) =>
      `Which (up to) ${max} touchpoints matter most to the ${word} experience?`,
    prioritiesLabelPlural: (max: number, plural: string) =>
      `Which (up to) ${max} touchpoints matter most to our ${plural}?`,
    pickUpTo: (max: number) => `Pick up to ${max}`,
    comment: 'Anything else? (optional)',
    quoteLabel: 'Quotes in reports',
    quoteOption: 'You may quote this answer, without my name',
    quoteDescription: (threshold: number) =>
      `Names, contacts and links removed; groups of ${threshold}+ only.`,
    quoteHint: 'Off unless you tick it. Only your answer to the question above can be quoted.',
    departmentLabel: 'Which department are you in?',
    departmentHint:
      'Your answer to this pulse counts there. A change later takes effect from the next pulse.',
    pickDepartment: 'Pick your department',
    countsIn: (name: string) => `Your answer to this pulse counts in *${name}*.`,
    staysThere:
      'It stays there for this pulse; a change of department below takes effect from the next pulse.',
    nextDepartmentLabel: 'Your department from the next pulse on',
    pickDepartmentNotice: ':point_down: *Please pick your department* to send your answer.',
  },
  errors: {
    tooShort: 'Please write a sentence or two (at least 3 characters).',
    tooLong: (max: number) => `Please keep it under ${max} characters.`,
    notInPulse: 'This touchpoint is not part of this pulse.',
    badRating: 'Please pick a rating from 1 to 5, or “Don’t know”.',
    outOfDate: 'This form is out of date; please close it and open the pulse again.',
    tooManyPriorities: (max: number) => `Please pick at most ${max}.`,
    prioritiesFromList: 'Please pick touchpoints from the list.',
  },
  notices: {
    thanksTitle: 'Thank you',
    saved: (until: string) =>
      `:white_check_mark: Your answer is saved. You can change it until ${until} from the pulse DM or the app’s Home tab; the latest answer is the one that counts.`,
    updated: (until: string) =>
      `:white_check_mark: Your answer is updated. You can change it until ${until} from the pulse DM or the app’s Home tab; the latest answer is the one that counts.`,
    kept: (name: string) =>
      `It counts in *${name}*: a department is fixed for a pulse once it is set, and a change takes effect from the next pulse.`,
    next: (name: string) => `From the next pulse on, you are counted in *${name}*.`,
    closedTitle: 'Pulse closed',
    closed:
      'This pulse has closed, so answers can no longer be added or changed. Thank you all the same: the next pulse will reach you by DM.',
  },
};

/** The shape every language fills in: a missing key, or a placeholder of another type, does not compile. */
export type Messages = typeof en;
