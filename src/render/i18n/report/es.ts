/** Spanish report words. */
import type { ReportMessages } from './en';
import { esViews } from './es-views';

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const reportEs: ReportMessages = {
  code: 'es',
  isOne: (n: number) => n === 1,
  nouns: {
    department: ['departamento', 'departamentos'],
    answer: ['respuesta', 'respuestas'],
    respondent: ['participante', 'participantes'],
  },
  words: {
    parts: {
      ratingAgreement: 'valoraciones',
      priorityConcordance: 'prioridades',
      definitionSimilarity: 'definiciones',
    },
    notAvailable: 'n/d',
    noChange: 'sin cambios',
    since: (change, since) => `${change} desde ${since}`,
    agreement: {
      agrees: 'el equipo coincide',
      moderate: 'algo de dispersión',
      split: 'el equipo está dividido',
    },
    interval: (low, high) => `IC 95% ${low}–${high}`,
    pulses: (ids, many) => (many ? `Encuestas ${ids}` : `Encuesta ${ids}`),
    opened: 'abierta el',
    from: 'desde el',
    stillOpen: 'aún abierta',
    closed: (day) => `cerrada el ${day}`,
    across: (departments) => `en ${departments}`,
    answered: (answered, delivered, percent, across) =>
      `${answered} de ${delivered} respondieron (${percent}%) ${across}`,
    unplaced: (n) =>
      ` (${n} de ellos invitados antes de conocerse su departamento, así que las invitaciones no se conocen por departamento)`,
    selfDeclared:
      'La mayoría de los departamentos aquí los eligieron las propias personas, no vienen de grupos de usuarios de Slack ni de un admin: lea con cuidado las diferencias entre departamentos.',
    footer: (threshold) =>
      `Nunca se muestran grupos de menos de ${threshold} personas, y ninguna respuesta se atribuye a nadie`,
    suppressed: (departments, cells, threshold) => {
      const parts: string[] = [];
      if (departments > 0)
        parts.push(
          `${departments} ${s(departments, 'departamento', 'departamentos')} con menos de ${threshold} participantes no se ${s(departments, 'muestra', 'muestran')}`,
        );
      if (cells > 0)
        parts.push(
          `${cells} ${s(cells, 'valoración departamento × punto de contacto', 'valoraciones departamento × punto de contacto')} con menos de ${threshold} evaluadores ${s(cells, 'muestra', 'muestran')} "muy pocas respuestas"`,
        );
      return parts.length === 0 ? null : `${parts.join('; ')}.`;
    },
  },
  index: {
    sincePulse: (id) => `la encuesta #${id}`,
    notAvailable: (parts) =>
      `Índice de alineación aún no disponible: necesita al menos dos departamentos con respuestas comparables (${parts})`,
    sentence: (shown, delta, parts) => `Índice de alineación ${shown}/100${delta} · ${parts}`,
    formula:
      'índice = 100 × media de las partes calculables: acuerdo de valoraciones (1 − ε² medio del departamento sobre los puntos de contacto), concordancia de prioridades (r̄ de Spearman medio = (mW − 1)/(m − 1) a partir de la W de Kendall), similitud de definiciones (media de 1 − divergencia de Jensen–Shannon de las mezclas de temas)',
  },
  report: {
    title: 'Informe de alineación CX',
    more: (n) => `…y ${n} más`,
    moreDepartments: (n) => `…y ${n} departamentos más`,
    moreTouchpoints: (n) => `…y ${n} puntos de contacto más`,
    respondentsIn: (respondents, departments) => `${respondents} en ${departments}`,
    diverge: 'Dónde divergen los departamentos',
    agree: 'Dónde coinciden los departamentos',
    split: 'Divisiones dentro de un equipo',
    priorities: 'Prioridades',
    quadrants: 'Importancia y desempeño: cuadrantes distintos',
    definitions: 'Cómo definen los departamentos una gran CX',
    topDivergence: (line) => `Principal divergencia: ${line}.`,
    moreViews: 'Vea `/cx-alignment help` para más vistas',
  },
  digest: {
    title: (period) => `Alineación CX · ${period}`,
    sinceLastDigest: 'el último resumen',
    moreInCommand: (n) => `…y ${n} más en \`/cx-alignment\``,
    details: '`/cx-alignment` para el detalle',
    agree: ':handshake: Dónde coincidimos',
    diverge: ':warning: Dónde divergimos',
    definitions: ':speech_balloon: Cómo define cada departamento una gran CX',
    heatmapTitle: 'Cómo valoran los departamentos cada punto de contacto (1–5)',
    heatmapHidden: (threshold) => `grupos de menos de ${threshold} no mostrados`,
    biggestDivergence: (line) => `Mayor divergencia: ${line}.`,
    pulseResults: (id) => `Resultados de la encuesta #${id}`,
    week: (week) => `Semana ${week}`,
  },
  definitions: {
    similarity: {
      very: 'muy parecidas',
      fairly: 'bastante parecidas',
      somewhat: 'algo distintas',
      different: 'muy distintas',
    },
    noTheme: 'ningún tema CX mencionado',
    coverage: (themed, tagged, otherLanguage) =>
      `${themed} de ${tagged} ${s(tagged, 'respuesta', 'respuestas')} con tema${otherLanguage > 0 ? `, ${otherLanguage} sin tema (idioma)` : ''}`,
    noConsensus: 'Aún no hay un tema compartido por la mayoría de los departamentos.',
    consensusItem: (label, departments, share) =>
      `${label} (${departments} departamentos, ${share} de las respuestas)`,
    consensus: (items) => `Compartido por la mayoría de los departamentos: ${items}`,
    standsOut: (department, label, share, others) =>
      `${department} destaca en ${label} (${share} frente a ${others} en el resto)`,
    ends: (a, b, near, c, d, far) => `; más cercanos ${a} y ${b} ${near}, más lejanos ${c} y ${d} ${far}`,
    similarityLine: (word, mean, ends) =>
      `Las definiciones son ${word} entre departamentos (similitud media ${mean} en 0–1${ends}).`,
  },
  divergence: {
    none: 'Ninguna divergencia en un punto de contacto supera el ruido.',
    noAgreement:
      'Aún ningún punto de contacto tiene a todos los departamentos a menos de medio punto entre sí.',
    rates: (high, touchpoint, highMean, low, lowMean, gap) =>
      `${high} valora ${touchpoint} con ${highMean}, ${low} con ${lowMean} (diferencia ${gap})`,
    intervals: (a, b, c, d) => `; intervalos del 95% ${a}–${b} y ${c}–${d}`,
    detail: (head, nHigh, nLow, intervals) => `${head}: n ${nHigh} y ${nLow}${intervals}`,
    agreement: (touchpoint, departments, gap, low, high) =>
      `${touchpoint}: los ${departments} departamentos dentro de ${gap} (${low}–${high})`,
    unclear: (n) =>
      `_${n} ${s(n, 'otra diferencia es', 'otras diferencias son')} de medio punto o más pero dentro del ruido._`,
    split: (department, touchpoint, figures) => `${department} está dividido sobre ${touchpoint}${figures}`,
    splitFigures: (mean, rwg) => ` (media ${mean}, rwg ${rwg})`,
    noSplit:
      'Ningún equipo está dividido sobre un punto de contacto: cada uno los valora de forma bastante coherente.',
  },
  priorities: {
    concordanceWords: {
      largely: 'coinciden en gran medida',
      partly: 'coinciden en parte',
      hardly: 'apenas coinciden',
      none: 'no coinciden',
    },
    noConcordance: 'Muy pocos departamentos eligieron prioridades para compararlas.',
    chance: ', no más de lo que daría el azar',
    concordance: (word, w, r, p, departments, chance) =>
      `Los departamentos ${word} en lo que más importa a los clientes (W de Kendall ${w}, correlación de rangos media ${r}, ${p}, ${departments} departamentos${chance}).`,
    topPicks: (items) => `Más elegidos en el top 3: ${items}`,
    moreNames: (shown, n) => `${shown} +${n} más`,
    opposite: ' (visiones opuestas)',
    quadrantFor: (label, names) => `${label} para ${names}`,
    quadrants: {
      fix_first: 'corregir primero',
      keep_it_up: 'mantener',
      low_priority: 'baja prioridad',
      possible_overkill: 'posible exceso',
    },
    noConflict: 'Los departamentos sitúan cada punto de contacto en el mismo cuadrante.',
  },
  empty: {
    noResults:
      'Aún no hay resultados. Cuando una encuesta tenga suficientes respuestas, aquí verá dónde coinciden y dónde divergen los departamentos. Un admin puede iniciar una con `/cx-alignment pulse now`.',
    noDepartmentHas: 'ningún departamento tiene',
    onlyHave: (departments, n) => `solo ${departments} ${s(n, 'tiene', 'tienen')}`,
    notComparable: (who, threshold, window) =>
      `Aún no hay suficiente para comparar: ${who} al menos ${threshold} participantes en ${window}. El informe compara departamentos, así que necesita dos o más; se completa a medida que más personas responden.`,
  },
  ...esViews,
};
