/** Spanish words of the open pulse's line and of the touchpoint and department views. */
import type { enViews } from './en-views';

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const esViews: typeof enViews = {
  open: {
    noClosed:
      'Aún no hay resultados: los resultados de una encuesta aparecen aquí cuando se cierra, nunca mientras la gente sigue respondiendo.',
    isOpen: (id, emphasis) =>
      emphasis ? `*La encuesta #${id} está abierta*` : `La encuesta #${id} está abierta`,
    line: (pulse, date, answered, anyShown) =>
      `${pulse} hasta el ${date}${anyShown ? ':' : ';'} ${answered}. Sus resultados llegarán cuando se cierre.`,
    none: (delivered) =>
      delivered > 0 ? `ninguno de ${delivered} ha respondido aún` : 'aún no hay respuestas',
    fewerThan5: (delivered) =>
      delivered > 0
        ? `menos de 5 de ${delivered} han respondido por ahora`
        : 'menos de 5 respuestas por ahora',
    about: (answers) => `unas ${answers} por ahora`,
    aboutOf: (about, delivered, percent) =>
      `unos ${about}${delivered > 0 ? ` de ${delivered} han respondido` : ''} por ahora (alrededor del ${percent}%)`,
    share: (percent, delivered) =>
      `${percent === 0 ? 'menos del 5%' : `alrededor del ${percent}%`} de los ${delivered} invitados ha respondido por ahora`,
    noDepartment: (threshold) => `ningún departamento tiene aún ${threshold} respuestas`,
    note: (threshold) =>
      `Los recuentos incluyen solo departamentos con al menos ${threshold} respuestas hasta ahora; se redondean (a un múltiplo de 5 por debajo de 100 respuestas, si no al 5% de los invitados) y se actualizan como mucho una vez por hora. Los resultados se muestran solo para encuestas cerradas, para que nadie pueda deducir una respuesta de un informe que cambia a medida que la gente responde.`,
  },
  trend: {
    title: 'Evolución de la alineación',
    index: (value) => (value === null ? 'índice n/d' : `índice *${value}*`),
    point: (id, day, index, parts, departments) =>
      `*Encuesta #${id}* · ${day} — ${index} · ${parts} · ${departments}`,
    overall: (from, to, arrow, pulses) =>
      `El índice de alineación pasó de ${from} a ${to} (${arrow}) en ${pulses} encuestas.`,
    tooFew: (points) =>
      `La evolución necesita al menos dos encuestas; ${points === 0 ? 'aún no hay ninguna' : 'por ahora hay una'}. Aparecerá aquí tras la próxima encuesta.`,
    heading: (shown, cut) =>
      `Índice y partes por encuesta, de la más antigua a la más reciente${cut ? ` (las últimas ${shown})` : ''}`,
    note: 'Cada encuesta cuenta solo los departamentos que alcanzaron en ella el umbral de anonimato.',
    over: (title, pulses) => `${title} en ${pulses} encuestas`,
  },
  touchpoint: {
    title: 'Un punto de contacto entre departamentos',
    nothingToCompare: 'Menos de dos departamentos lo valoraron, así que no hay nada que comparar.',
    diverges: (line) => `Los departamentos divergen: ${line}, más que el ruido.`,
    agrees: (departments, gap, low, high) =>
      `Los departamentos coinciden: los ${departments} están a menos de ${gap} puntos (${low}–${high}).`,
    unclear: (gap, high, highMean, low, lowMean) =>
      `La diferencia de ${gap} entre ${high} (${highMean}) y ${low} (${lowMean}) está dentro del ruido, así que no se informa como divergencia.`,
    tooFew: (names) => `_Muy pocas respuestas para mostrar: ${names}_`,
    pickedShare: (share) => `${share} de todas las respuestas lo eligen en su top 3. `,
    cannotPlace: 'Ningún departamento tiene cifras suficientes para situarlo.',
    notInReport: (names) =>
      `Ese punto de contacto no está en este informe. Sus puntos de contacto son ${names}.`,
    ratings: 'Cómo lo valora cada departamento (1–5)',
    picked: 'Con qué frecuencia se elige como prioridad top 3',
    quadrants: 'Importancia y desempeño, por departamento',
    legend: (agrees, split) =>
      `Las barras muestran la media en 1–5. El acuerdo del equipo es rwg: ≥ ${agrees} coincide, &lt; ${split} dividido.`,
  },
  department: {
    title: 'Cómo lo ve un departamento',
    digestTitle: (period) => `La visión de su equipo frente al resto · ${period}`,
    clear: ' · diferencia clara',
    rating: (touchpoint, dept, mean, others, signed, clear) =>
      `${touchpoint}: ${dept} ${mean} frente a ${others} del resto (${signed})${clear}`,
    noRated: 'Ningún punto de contacto fue valorado por este departamento y por otro.',
    tooFew: (dept, names) => `_Muy pocas respuestas de ${dept} para mostrar: ${names}_`,
    priority: (label, share, dept, others) =>
      `${label}: ${share} de las respuestas de ${dept} lo eligen en el top 3, ${others} de las del resto`,
    theme: (label, share, dept, others) =>
      `${label}: ${share} de las definiciones de ${dept}, ${others} de las del resto`,
    ends: (closest, near, furthest, far) =>
      `Sus definiciones están más cerca de las de ${closest} (${near}) y más lejos de las de ${furthest} (${far}), en 0–1.`,
    intro: (dept, others, respondents, window) =>
      `En qué difiere la visión de ${dept} de ${s(others, 'el otro departamento mostrado', `los otros ${others} departamentos mostrados`)} · ${respondents} · ${window}`,
    ratings: (dept) => `Valoraciones (1–5): ${dept} frente al resto`,
    priorities: 'Prioridades principales',
    noPicks: 'Aún no hay elecciones de top 3.',
    defines: (dept) => `Cómo define ${dept} una gran CX`,
    noTheme: 'Aún no se menciona ningún tema CX.',
    quadrants: 'Dónde sitúa un punto de contacto en otro cuadrante',
    othersNote: (others, dept) =>
      `"El resto" agrupa ${s(others, 'el otro departamento mostrado', `los otros ${others} departamentos mostrados`)}, ponderados por evaluadores. Diferencia clara: la media del resto queda fuera del intervalo del 95% de ${dept}.`,
    summary: (dept, others) =>
      `En qué difiere la visión de ${dept} de ${s(others, 'el otro departamento', `los otros ${others} departamentos`)}`,
    biggest: (touchpoint, dept, mean, othersMean, signed) =>
      `: la mayor diferencia es ${touchpoint}, ${dept} ${mean} frente a ${othersMean} del resto (${signed}).`,
    notShown:
      'No hay nada que mostrar de ese departamento en este informe. Puede que tuviera menos participantes que el umbral de anonimato, que mantiene anónimas las respuestas de todos.',
  },
};
