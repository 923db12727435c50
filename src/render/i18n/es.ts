/** Spanish (es-ES, es-419, …). */
import type { Messages } from './en';

export const es: Messages = {
  dm: {
    inviteLead: (word: string) =>
      `:wave: *Una encuesta de un minuto sobre la experiencia ${word}.* ¿Cómo es para ti una gran experiencia ${word}, qué tan bien cumplimos hoy cada punto de contacto y cuáles importan más? Tu opinión, junto a la de cada otro departamento, muestra dónde coincidimos y dónde no.`,
    reminderLead: (word: string) =>
      `:hourglass_flowing_sand: *Un breve recordatorio:* la encuesta de un minuto sobre la experiencia ${word} sigue abierta, y la opinión de cada departamento cuenta.`,
    openUntil: (until: string) => `Abierta hasta ${until}.`,
    answerButton: 'Responder (1 min)',
    notNowButton: 'Ahora no',
    privacy: (threshold: number) =>
      `:lock: Las respuestas se guardan con un seudónimo y solo se muestran para grupos de ${threshold} o más personas, nunca con tu nombre. Puedes cambiar tu respuesta hasta que cierre la encuesta y borrar tus datos desde la pestaña Inicio de la app.`,
    notNow: (until: string) =>
      `Sin problema. La encuesta sigue abierta hasta ${until}: responde aquí o desde la pestaña Inicio de la app cuando te venga bien.`,
  },
  modal: {
    title: 'Encuesta CX',
    send: 'Enviar',
    update: 'Actualizar',
    notNow: 'Ahora no',
    close: 'Cerrar',
    intro: (until: string, threshold: number) =>
      `Alrededor de un minuto. Abierta hasta ${until}; puedes cambiar tu respuesta hasta entonces. Solo se muestra para grupos de ${threshold}+, nunca con tu nombre.`,
    definitionLabel: (word: string) => `En una o dos frases, ¿cómo es una gran experiencia ${word}?`,
    definitionLabelPlural: (word: string, plural: string) =>
      `En una o dos frases, ¿cómo es una gran experiencia ${word} para nuestros ${plural}?`,
    definitionPlaceholder: 'Con tus propias palabras',
    ratingsHeading:
      '*¿Qué tan bien cumplimos hoy cada uno de estos?*\n1 = muy mal, 5 = excelente. Elige «No lo sé» o déjalo en blanco si no puedes decirlo: adivinar solo añade ruido.',
    ratingLabels: ['1 — muy mal', '2 — mal', '3 — regular', '4 — bien', '5 — excelente'],
    dontKnow: 'No lo sé',
    ratePlaceholder: 'Valorar 1–5',
    prioritiesLabel: (max: number, word: string) =>
      `¿Qué puntos de contacto (hasta ${max}) importan más para la experiencia ${word}?`,
    prioritiesLabelPlural: (max: number, plural: string) =>
      `¿Qué puntos de contacto (hasta ${max}) importan más a nuestros ${plural}?`,
    pickUpTo: (max: number) => `Elige hasta ${max}`,
    comment: '¿Algo más? (opcional)',
    quoteLabel: 'Citas en los informes',
    quoteOption: 'Podéis citar esta respuesta, sin mi nombre',
    quoteDescription: (threshold: number) =>
      `Sin nombres, contactos ni enlaces; solo grupos de ${threshold}+.`,
    quoteHint: 'Desactivado salvo que lo marques. Solo se puede citar tu respuesta a la pregunta de arriba.',
    departmentLabel: '¿En qué departamento estás?',
    departmentHint:
      'Tu respuesta a esta encuesta cuenta allí. Un cambio posterior se aplica desde la próxima encuesta.',
    pickDepartment: 'Elige tu departamento',
    countsIn: (name: string) => `Tu respuesta a esta encuesta cuenta en *${name}*.`,
    staysThere:
      'Se queda allí en esta encuesta; un cambio de departamento abajo se aplica desde la próxima encuesta.',
    nextDepartmentLabel: 'Tu departamento desde la próxima encuesta',
    pickDepartmentNotice: ':point_down: *Elige tu departamento* para enviar tu respuesta.',
  },
  errors: {
    tooShort: 'Escribe una o dos frases (al menos 3 caracteres).',
    tooLong: (max: number) => `Mantenlo por debajo de ${max} caracteres, por favor.`,
    notInPulse: 'Este punto de contacto no forma parte de esta encuesta.',
    badRating: 'Elige una valoración de 1 a 5, o «No lo sé».',
    outOfDate: 'Este formulario está desactualizado; ciérralo y vuelve a abrir la encuesta.',
    tooManyPriorities: (max: number) => `Elige como máximo ${max}.`,
    prioritiesFromList: 'Elige puntos de contacto de la lista.',
  },
  notices: {
    thanksTitle: 'Gracias',
    saved: (until: string) =>
      `:white_check_mark: Tu respuesta está guardada. Puedes cambiarla hasta ${until} desde el mensaje de la encuesta o la pestaña Inicio de la app; cuenta la última respuesta.`,
    updated: (until: string) =>
      `:white_check_mark: Tu respuesta está actualizada. Puedes cambiarla hasta ${until} desde el mensaje de la encuesta o la pestaña Inicio de la app; cuenta la última respuesta.`,
    kept: (name: string) =>
      `Cuenta en *${name}*: el departamento queda fijo para una encuesta una vez establecido, y un cambio se aplica desde la próxima encuesta.`,
    next: (name: string) => `Desde la próxima encuesta, cuentas en *${name}*.`,
    closedTitle: 'Encuesta cerrada',
    closed:
      'Esta encuesta ha cerrado, así que ya no se pueden añadir ni cambiar respuestas. Gracias de todos modos: la próxima encuesta te llegará por mensaje directo.',
  },
};
