/** Portuguese words of the open pulse's line and of the touchpoint and department views. */
import type { enViews } from './en-views';

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const ptViews: typeof enViews = {
  open: {
    noClosed:
      'Ainda não há resultados: os resultados de uma pesquisa aparecem aqui quando ela é encerrada, nunca enquanto as pessoas ainda respondem.',
    isOpen: (id, emphasis) =>
      emphasis ? `*A pesquisa #${id} está aberta*` : `A pesquisa #${id} está aberta`,
    line: (pulse, date, answered, anyShown) =>
      `${pulse} até ${date}${anyShown ? ':' : ';'} ${answered}. Os resultados chegam quando ela for encerrada.`,
    none: (delivered) => (delivered > 0 ? `nenhum de ${delivered} respondeu ainda` : 'ainda sem respostas'),
    fewerThan5: (delivered) =>
      delivered > 0 ? `menos de 5 de ${delivered} responderam até agora` : 'menos de 5 respostas até agora',
    about: (answers) => `cerca de ${answers} até agora`,
    aboutOf: (about, delivered, percent) =>
      `cerca de ${about}${delivered > 0 ? ` de ${delivered} responderam` : ''} até agora (cerca de ${percent}%)`,
    share: (percent, delivered) =>
      `${percent === 0 ? 'menos de 5%' : `cerca de ${percent}%`} dos ${delivered} convidados responderam até agora`,
    noDepartment: (threshold) => `nenhum departamento tem ainda ${threshold} respostas`,
    note: (threshold) =>
      `As contagens incluem só departamentos com pelo menos ${threshold} respostas até agora; são arredondadas (a um múltiplo de 5 abaixo de 100 respostas, senão a 5% dos convidados) e atualizadas no máximo uma vez por hora. Os resultados aparecem só para pesquisas encerradas, para que ninguém possa deduzir uma resposta de um relatório que muda à medida que as pessoas respondem.`,
  },
  trend: {
    title: 'Evolução do alinhamento',
    index: (value) => (value === null ? 'índice n/d' : `índice *${value}*`),
    point: (id, day, index, parts, departments) =>
      `*Pesquisa #${id}* · ${day} — ${index} · ${parts} · ${departments}`,
    overall: (from, to, arrow, pulses) =>
      `O índice de alinhamento foi de ${from} para ${to} (${arrow}) em ${pulses} pesquisas.`,
    tooFew: (points) =>
      `A evolução precisa de pelo menos duas pesquisas; ${points === 0 ? 'ainda não há nenhuma' : 'por enquanto há uma'}. Ela aparece aqui após a próxima pesquisa.`,
    heading: (shown, cut) =>
      `Índice e partes por pesquisa, da mais antiga para a mais recente${cut ? ` (as últimas ${shown})` : ''}`,
    note: 'Cada pesquisa conta só os departamentos que atingiram nela o limite de anonimato.',
    over: (title, pulses) => `${title} em ${pulses} pesquisas`,
  },
  touchpoint: {
    title: 'Um ponto de contato entre departamentos',
    nothingToCompare: 'Menos de dois departamentos o avaliaram, então não há o que comparar.',
    diverges: (line) => `Os departamentos divergem: ${line}, maior que o ruído.`,
    agrees: (departments, gap, low, high) =>
      `Os departamentos concordam: os ${departments} estão a menos de ${gap} pontos (${low}–${high}).`,
    unclear: (gap, high, highMean, low, lowMean) =>
      `A diferença de ${gap} entre ${high} (${highMean}) e ${low} (${lowMean}) está dentro do ruído, então não é relatada como divergência.`,
    tooFew: (names) => `_Poucas respostas para mostrar: ${names}_`,
    pickedShare: (share) => `${share} de todas as respostas o escolhem no top 3. `,
    cannotPlace: 'Nenhum departamento tem números suficientes para posicioná-lo.',
    notInReport: (names) =>
      `Esse ponto de contato não está neste relatório. Seus pontos de contato são ${names}.`,
    ratings: 'Como cada departamento o avalia (1–5)',
    picked: 'Com que frequência é escolhido como prioridade top 3',
    quadrants: 'Importância e desempenho, por departamento',
    legend: (agrees, split) =>
      `As barras mostram a média em 1–5. A concordância da equipe é o rwg: ≥ ${agrees} concorda, &lt; ${split} dividida.`,
  },
  department: {
    title: 'Como um departamento vê',
    digestTitle: (period) => `A visão da sua equipe frente aos demais · ${period}`,
    clear: ' · diferença clara',
    rating: (touchpoint, dept, mean, others, signed, clear) =>
      `${touchpoint}: ${dept} ${mean} contra ${others} dos demais (${signed})${clear}`,
    noRated: 'Nenhum ponto de contato foi avaliado por este departamento e por outro.',
    tooFew: (dept, names) => `_Poucas respostas de ${dept} para mostrar: ${names}_`,
    priority: (label, share, dept, others) =>
      `${label}: ${share} das respostas de ${dept} o escolhem no top 3, ${others} das dos demais`,
    theme: (label, share, dept, others) =>
      `${label}: ${share} das definições de ${dept}, ${others} das dos demais`,
    ends: (closest, near, furthest, far) =>
      `Suas definições são mais próximas das de ${closest} (${near}) e mais distantes das de ${furthest} (${far}), em 0–1.`,
    intro: (dept, others, respondents, window) =>
      `Como a visão de ${dept} difere ${s(others, 'do outro departamento mostrado', `dos outros ${others} departamentos mostrados`)} · ${respondents} · ${window}`,
    ratings: (dept) => `Avaliações (1–5): ${dept} frente aos demais`,
    priorities: 'Principais prioridades',
    noPicks: 'Ainda sem escolhas de top 3.',
    defines: (dept) => `Como ${dept} define uma ótima CX`,
    noTheme: 'Ainda nenhum tema de CX mencionado.',
    quadrants: 'Onde coloca um ponto de contato em outro quadrante',
    othersNote: (others, dept) =>
      `"Os demais" reúne ${s(others, 'o outro departamento mostrado', `os outros ${others} departamentos mostrados`)}, ponderados por avaliadores. Diferença clara: a média dos demais fica fora do intervalo de 95% de ${dept}.`,
    summary: (dept, others) =>
      `Como a visão de ${dept} difere ${s(others, 'do outro departamento', `dos outros ${others} departamentos`)}`,
    biggest: (touchpoint, dept, mean, othersMean, signed) =>
      `: a maior diferença é ${touchpoint}, ${dept} ${mean} contra ${othersMean} dos demais (${signed}).`,
    notShown:
      'Não há nada a mostrar desse departamento neste relatório. Ele pode ter tido menos participantes que o limite de anonimato, que mantém as respostas de todos anônimas.',
  },
};
