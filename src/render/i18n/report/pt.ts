/** Portuguese report words. */
import type { ReportMessages } from './en';
import { ptViews } from './pt-views';

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const reportPt: ReportMessages = {
  code: 'pt',
  isOne: (n: number) => n === 1,
  nouns: {
    department: ['departamento', 'departamentos'],
    answer: ['resposta', 'respostas'],
    respondent: ['participante', 'participantes'],
  },
  words: {
    parts: {
      ratingAgreement: 'avaliações',
      priorityConcordance: 'prioridades',
      definitionSimilarity: 'definições',
    },
    notAvailable: 'n/d',
    noChange: 'sem mudança',
    since: (change, since) => `${change} desde ${since}`,
    agreement: { agrees: 'equipe concorda', moderate: 'alguma dispersão', split: 'equipe dividida' },
    interval: (low, high) => `IC 95% ${low}–${high}`,
    pulses: (ids, many) => (many ? `Pesquisas ${ids}` : `Pesquisa ${ids}`),
    opened: 'aberta em',
    from: 'desde',
    stillOpen: 'ainda aberta',
    closed: (day) => `encerrada em ${day}`,
    across: (departments) => `em ${departments}`,
    answered: (answered, delivered, percent, across) =>
      `${answered} de ${delivered} responderam (${percent}%) ${across}`,
    unplaced: (n) =>
      ` (${n} deles convidados antes de se saber o departamento, por isso os convites não são conhecidos por departamento)`,
    selfDeclared:
      'A maioria dos departamentos aqui foi escolhida pelas próprias pessoas, não vem de grupos de usuários do Slack nem de um admin: leia as diferenças entre departamentos com cuidado.',
    footer: (threshold) =>
      `Grupos com menos de ${threshold} pessoas nunca são mostrados, e nenhuma resposta é atribuída a ninguém`,
    suppressed: (departments, cells, threshold) => {
      const parts: string[] = [];
      if (departments > 0)
        parts.push(
          `${departments} ${s(departments, 'departamento', 'departamentos')} com menos de ${threshold} participantes não ${s(departments, 'é mostrado', 'são mostrados')}`,
        );
      if (cells > 0)
        parts.push(
          `${cells} ${s(cells, 'avaliação departamento × ponto de contato', 'avaliações departamento × ponto de contato')} com menos de ${threshold} avaliadores ${s(cells, 'mostra', 'mostram')} "poucas respostas"`,
        );
      return parts.length === 0 ? null : `${parts.join('; ')}.`;
    },
  },
  index: {
    sincePulse: (id) => `a pesquisa #${id}`,
    notAvailable: (parts) =>
      `Índice de alinhamento ainda indisponível: precisa de pelo menos dois departamentos com respostas comparáveis (${parts})`,
    sentence: (shown, delta, parts) => `Índice de alinhamento ${shown}/100${delta} · ${parts}`,
    formula:
      'índice = 100 × média das partes calculáveis: concordância das avaliações (1 − ε² médio do departamento nos pontos de contato), concordância das prioridades (r̄ de Spearman médio = (mW − 1)/(m − 1) a partir do W de Kendall), semelhança das definições (média de 1 − divergência de Jensen–Shannon das misturas de temas)',
  },
  report: {
    title: 'Relatório de alinhamento CX',
    more: (n) => `…e mais ${n}`,
    moreDepartments: (n) => `…e mais ${n} departamentos`,
    moreTouchpoints: (n) => `…e mais ${n} pontos de contato`,
    respondentsIn: (respondents, departments) => `${respondents} em ${departments}`,
    diverge: 'Onde os departamentos divergem',
    agree: 'Onde os departamentos concordam',
    split: 'Divisões dentro de uma equipe',
    priorities: 'Prioridades',
    quadrants: 'Importância e desempenho: quadrantes diferentes',
    definitions: 'Como os departamentos definem uma ótima CX',
    topDivergence: (line) => `Principal divergência: ${line}.`,
    moreViews: 'Veja `/cx-alignment help` para mais visões',
  },
  digest: {
    title: (period) => `Alinhamento CX · ${period}`,
    sinceLastDigest: 'o último resumo',
    moreInCommand: (n) => `…e mais ${n} em \`/cx-alignment\``,
    details: '`/cx-alignment` para detalhes',
    agree: ':handshake: Onde concordamos',
    diverge: ':warning: Onde divergimos',
    definitions: ':speech_balloon: Como cada departamento define uma ótima CX',
    heatmapTitle: 'Como os departamentos avaliam cada ponto de contato (1–5)',
    heatmapHidden: (threshold) => `grupos com menos de ${threshold} não mostrados`,
    biggestDivergence: (line) => `Maior divergência: ${line}.`,
    pulseResults: (id) => `Resultados da pesquisa #${id}`,
    week: (week) => `Semana ${week}`,
  },
  definitions: {
    similarity: {
      very: 'muito parecidas',
      fairly: 'bastante parecidas',
      somewhat: 'um pouco diferentes',
      different: 'muito diferentes',
    },
    noTheme: 'nenhum tema de CX mencionado',
    coverage: (themed, tagged, otherLanguage) =>
      `${themed} de ${tagged} ${s(tagged, 'resposta', 'respostas')} com tema${otherLanguage > 0 ? `, ${otherLanguage} sem tema (idioma)` : ''}`,
    noConsensus: 'Ainda nenhum tema é compartilhado pela maioria dos departamentos.',
    consensusItem: (label, departments, share) =>
      `${label} (${departments} departamentos, ${share} das respostas)`,
    consensus: (items) => `Compartilhado pela maioria dos departamentos: ${items}`,
    standsOut: (department, label, share, others) =>
      `${department} se destaca em ${label} (${share} contra ${others} nos demais)`,
    ends: (a, b, near, c, d, far) => `; mais próximos ${a} e ${b} ${near}, mais distantes ${c} e ${d} ${far}`,
    similarityLine: (word, mean, ends) =>
      `As definições são ${word} entre departamentos (semelhança média ${mean} em 0–1${ends}).`,
  },
  divergence: {
    none: 'Nenhuma divergência em um ponto de contato é maior que o ruído.',
    noAgreement: 'Ainda nenhum ponto de contato tem todos os departamentos a menos de meio ponto entre si.',
    rates: (high, touchpoint, highMean, low, lowMean, gap) =>
      `${high} avalia ${touchpoint} com ${highMean}, ${low} com ${lowMean} (diferença ${gap})`,
    intervals: (a, b, c, d) => `; intervalos de 95% ${a}–${b} e ${c}–${d}`,
    detail: (head, nHigh, nLow, intervals) => `${head}: n ${nHigh} e ${nLow}${intervals}`,
    agreement: (touchpoint, departments, gap, low, high) =>
      `${touchpoint}: os ${departments} departamentos dentro de ${gap} (${low}–${high})`,
    unclear: (n) =>
      `_${n} ${s(n, 'outra diferença é', 'outras diferenças são')} de meio ponto ou mais, mas dentro do ruído._`,
    split: (department, touchpoint, figures) => `${department} está dividido sobre ${touchpoint}${figures}`,
    splitFigures: (mean, rwg) => ` (média ${mean}, rwg ${rwg})`,
    noSplit:
      'Nenhuma equipe está dividida sobre um ponto de contato: cada uma avalia de forma bastante coerente.',
  },
  priorities: {
    concordanceWords: {
      largely: 'concordam em grande parte',
      partly: 'concordam em parte',
      hardly: 'mal concordam',
      none: 'não concordam',
    },
    noConcordance: 'Poucos departamentos escolheram prioridades para compará-las.',
    chance: ', não mais do que o acaso daria',
    concordance: (word, w, r, p, departments, chance) =>
      `Os departamentos ${word} sobre o que mais importa aos clientes (W de Kendall ${w}, correlação de postos média ${r}, ${p}, ${departments} departamentos${chance}).`,
    topPicks: (items) => `Mais escolhidos no top 3: ${items}`,
    moreNames: (shown, n) => `${shown} +${n} outros`,
    opposite: ' (visões opostas)',
    quadrantFor: (label, names) => `${label} para ${names}`,
    quadrants: {
      fix_first: 'corrigir primeiro',
      keep_it_up: 'manter',
      low_priority: 'baixa prioridade',
      possible_overkill: 'possível excesso',
    },
    noConflict: 'Os departamentos colocam cada ponto de contato no mesmo quadrante.',
  },
  empty: {
    noResults:
      'Ainda não há resultados. Quando uma pesquisa tiver respostas suficientes, aqui aparece onde os departamentos concordam e onde divergem. Um admin pode iniciar uma com `/cx-alignment pulse now`.',
    noDepartmentHas: 'nenhum departamento tem',
    onlyHave: (departments, n) => `só ${departments} ${s(n, 'tem', 'têm')}`,
    notComparable: (who, threshold, window) =>
      `Ainda não há o bastante para comparar: ${who} pelo menos ${threshold} participantes em ${window}. O relatório compara departamentos, então precisa de dois ou mais; ele se completa à medida que mais pessoas respondem.`,
  },
  ...ptViews,
};
