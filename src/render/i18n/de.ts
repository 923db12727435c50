/** German (de-DE, de-AT, de-CH, …). */
import type { Messages } from './en';

export const de: Messages = {
  dm: {
    inviteLead: (word: string) =>
      `:wave: *Eine Ein-Minuten-Umfrage zur ${word}-Erfahrung.* Wie sieht für Sie eine großartige ${word}-Erfahrung aus, wie gut liefern wir heute jeden Kontaktpunkt, und welche zählen am meisten? Ihre Sicht, neben der jeder anderen Abteilung, zeigt, wo wir uns einig sind und wo nicht.`,
    reminderLead: (word: string) =>
      `:hourglass_flowing_sand: *Eine kurze Erinnerung:* Die Ein-Minuten-Umfrage zur ${word}-Erfahrung ist noch offen, und die Sicht jeder Abteilung zählt.`,
    openUntil: (until: string) => `Offen bis ${until}.`,
    answerButton: 'Antworten (1 Min.)',
    notNowButton: 'Nicht jetzt',
    privacy: (threshold: number) =>
      `:lock: Antworten werden unter einem Pseudonym gespeichert und nur für Gruppen ab ${threshold} Personen gezeigt, nie mit Ihrem Namen. Sie können Ihre Antwort bis zum Ende der Umfrage ändern und Ihre Daten im Start-Tab der App löschen.`,
    notNow: (until: string) =>
      `Kein Problem. Die Umfrage bleibt bis ${until} offen: Antworten Sie hier oder im Start-Tab der App, wann es Ihnen passt.`,
  },
  modal: {
    title: 'CX-Umfrage',
    send: 'Senden',
    update: 'Antwort ändern',
    notNow: 'Nicht jetzt',
    close: 'Schließen',
    intro: (until: string, threshold: number) =>
      `Etwa eine Minute. Offen bis ${until}; bis dahin können Sie Ihre Antwort ändern. Nur für Gruppen ab ${threshold} gezeigt, nie mit Ihrem Namen.`,
    definitionLabel: (word: string) => `Wie sieht in ein, zwei Sätzen eine großartige ${word}-Erfahrung aus?`,
    definitionLabelPlural: (word: string, plural: string) =>
      `Wie sieht in ein, zwei Sätzen eine großartige ${word}-Erfahrung für unsere ${plural} aus?`,
    definitionPlaceholder: 'In Ihren eigenen Worten',
    ratingsHeading:
      '*Wie gut liefern wir jeden dieser Punkte heute?*\n1 = sehr schlecht, 5 = ausgezeichnet. Wählen Sie „Weiß nicht“ oder lassen Sie es leer, wenn Sie es nicht sagen können: Raten ist nur Rauschen.',
    ratingLabels: ['1 — sehr schlecht', '2 — schlecht', '3 — in Ordnung', '4 — gut', '5 — ausgezeichnet'],
    dontKnow: 'Weiß nicht',
    ratePlaceholder: 'Bewerten 1–5',
    prioritiesLabel: (max: number, word: string) =>
      `Welche (bis zu) ${max} Kontaktpunkte zählen für die ${word}-Erfahrung am meisten?`,
    prioritiesLabelPlural: (max: number, plural: string) =>
      `Welche (bis zu) ${max} Kontaktpunkte zählen für unsere ${plural} am meisten?`,
    pickUpTo: (max: number) => `Bis zu ${max} wählen`,
    comment: 'Sonst noch etwas? (optional)',
    quoteLabel: 'Zitate in Berichten',
    quoteOption: 'Sie dürfen diese Antwort zitieren, ohne meinen Namen',
    quoteDescription: (threshold: number) =>
      `Namen, Kontaktdaten und Links entfernt; nur Gruppen ab ${threshold}.`,
    quoteHint:
      'Aus, solange Sie es nicht ankreuzen. Nur Ihre Antwort auf die Frage oben kann zitiert werden.',
    departmentLabel: 'In welcher Abteilung sind Sie?',
    departmentHint:
      'Ihre Antwort auf diese Umfrage zählt dort. Eine spätere Änderung gilt ab der nächsten Umfrage.',
    pickDepartment: 'Abteilung wählen',
    countsIn: (name: string) => `Ihre Antwort auf diese Umfrage zählt in *${name}*.`,
    staysThere:
      'Sie bleibt dort für diese Umfrage; ein Abteilungswechsel unten gilt ab der nächsten Umfrage.',
    nextDepartmentLabel: 'Ihre Abteilung ab der nächsten Umfrage',
    pickDepartmentNotice: ':point_down: *Bitte wählen Sie Ihre Abteilung*, um Ihre Antwort zu senden.',
  },
  errors: {
    tooShort: 'Bitte schreiben Sie ein, zwei Sätze (mindestens 3 Zeichen).',
    tooLong: (max: number) => `Bitte bleiben Sie unter ${max} Zeichen.`,
    notInPulse: 'Dieser Kontaktpunkt gehört nicht zu dieser Umfrage.',
    badRating: 'Bitte wählen Sie eine Bewertung von 1 bis 5 oder „Weiß nicht“.',
    outOfDate: 'Dieses Formular ist veraltet; bitte schließen Sie es und öffnen Sie die Umfrage erneut.',
    tooManyPriorities: (max: number) => `Bitte wählen Sie höchstens ${max}.`,
    prioritiesFromList: 'Bitte wählen Sie Kontaktpunkte aus der Liste.',
  },
  notices: {
    thanksTitle: 'Danke',
    saved: (until: string) =>
      `:white_check_mark: Ihre Antwort ist gespeichert. Sie können sie bis ${until} in der Umfrage-Nachricht oder im Start-Tab der App ändern; es zählt die letzte Antwort.`,
    updated: (until: string) =>
      `:white_check_mark: Ihre Antwort ist aktualisiert. Sie können sie bis ${until} in der Umfrage-Nachricht oder im Start-Tab der App ändern; es zählt die letzte Antwort.`,
    kept: (name: string) =>
      `Sie zählt in *${name}*: Die Abteilung steht für eine Umfrage fest, sobald sie gesetzt ist, und eine Änderung gilt ab der nächsten Umfrage.`,
    next: (name: string) => `Ab der nächsten Umfrage zählen Sie in *${name}*.`,
    closedTitle: 'Umfrage beendet',
    closed:
      'Diese Umfrage ist beendet, Antworten können nicht mehr hinzugefügt oder geändert werden. Trotzdem danke: Die nächste Umfrage erreicht Sie per Direktnachricht.',
  },
};
