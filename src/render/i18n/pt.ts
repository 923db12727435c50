/** Portuguese (pt-BR, pt-PT, …). */
import type { Messages } from './en';

export const pt: Messages = {
  dm: {
    inviteLead: (word: string) =>
      `:wave: *Uma pesquisa de um minuto sobre a experiência ${word}.* Como é para você uma ótima experiência ${word}, quão bem entregamos hoje cada ponto de contato e quais importam mais? Sua visão, ao lado da de cada outro departamento, mostra onde concordamos e onde não.`,
    reminderLead: (word: string) =>
      `:hourglass_flowing_sand: *Um lembrete rápido:* a pesquisa de um minuto sobre a experiência ${word} continua aberta, e a visão de cada departamento conta.`,
    openUntil: (until: string) => `Aberta até ${until}.`,
    answerButton: 'Responder (1 min)',
    notNowButton: 'Agora não',
    privacy: (threshold: number) =>
      `:lock: As respostas são guardadas sob um pseudônimo e só aparecem para grupos de ${threshold} ou mais pessoas, nunca com o seu nome. Você pode mudar sua resposta até a pesquisa fechar e apagar seus dados na aba Início do app.`,
    notNow: (until: string) =>
      `Sem problema. A pesquisa fica aberta até ${until}: responda aqui ou na aba Início do app quando for melhor para você.`,
  },
  modal: {
    title: 'Pesquisa CX',
    send: 'Enviar',
    update: 'Atualizar resposta',
    notNow: 'Agora não',
    close: 'Fechar',
    intro: (until: string, threshold: number) =>
      `Cerca de um minuto. Aberta até ${until}; você pode mudar sua resposta até lá. Mostrada só para grupos de ${threshold}+, nunca com o seu nome.`,
    definitionLabel: (word: string) => `Em uma ou duas frases, como é uma ótima experiência ${word}?`,
    definitionLabelPlural: (word: string, plural: string) =>
      `Em uma ou duas frases, como é uma ótima experiência ${word} para os nossos ${plural}?`,
    definitionPlaceholder: 'Com suas próprias palavras',
    ratingsHeading:
      '*Quão bem entregamos hoje cada um destes?*\n1 = muito ruim, 5 = excelente. Escolha “Não sei” ou deixe em branco quando não souber dizer: um palpite é só ruído.',
    ratingLabels: ['1 — muito ruim', '2 — ruim', '3 — razoável', '4 — bom', '5 — excelente'],
    dontKnow: 'Não sei',
    ratePlaceholder: 'Avaliar 1–5',
    prioritiesLabel: (max: number, word: string) =>
      `Quais pontos de contato (até ${max}) importam mais para a experiência ${word}?`,
    prioritiesLabelPlural: (max: number, plural: string) =>
      `Quais pontos de contato (até ${max}) importam mais para os nossos ${plural}?`,
    pickUpTo: (max: number) => `Escolha até ${max}`,
    comment: 'Mais alguma coisa? (opcional)',
    quoteLabel: 'Citações nos relatórios',
    quoteOption: 'Vocês podem citar esta resposta, sem o meu nome',
    quoteDescription: (threshold: number) => `Nomes, contatos e links removidos; só grupos de ${threshold}+.`,
    quoteHint: 'Desligado a menos que você marque. Só a sua resposta à pergunta acima pode ser citada.',
    departmentLabel: 'Em que departamento você está?',
    departmentHint:
      'Sua resposta a esta pesquisa conta lá. Uma mudança depois vale a partir da próxima pesquisa.',
    pickDepartment: 'Escolha seu departamento',
    countsIn: (name: string) => `Sua resposta a esta pesquisa conta em *${name}*.`,
    staysThere:
      'Ela fica lá nesta pesquisa; uma mudança de departamento abaixo vale a partir da próxima pesquisa.',
    nextDepartmentLabel: 'Seu departamento a partir da próxima pesquisa',
    pickDepartmentNotice: ':point_down: *Escolha seu departamento* para enviar sua resposta.',
  },
  errors: {
    tooShort: 'Escreva uma ou duas frases (pelo menos 3 caracteres).',
    tooLong: (max: number) => `Mantenha abaixo de ${max} caracteres, por favor.`,
    notInPulse: 'Este ponto de contato não faz parte desta pesquisa.',
    badRating: 'Escolha uma nota de 1 a 5, ou “Não sei”.',
    outOfDate: 'Este formulário está desatualizado; feche-o e abra a pesquisa de novo.',
    tooManyPriorities: (max: number) => `Escolha no máximo ${max}.`,
    prioritiesFromList: 'Escolha pontos de contato da lista.',
  },
  notices: {
    thanksTitle: 'Obrigado',
    saved: (until: string) =>
      `:white_check_mark: Sua resposta está salva. Você pode mudá-la até ${until} pela mensagem da pesquisa ou pela aba Início do app; vale a última resposta.`,
    updated: (until: string) =>
      `:white_check_mark: Sua resposta está atualizada. Você pode mudá-la até ${until} pela mensagem da pesquisa ou pela aba Início do app; vale a última resposta.`,
    kept: (name: string) =>
      `Ela conta em *${name}*: o departamento fica fixo para uma pesquisa depois de definido, e uma mudança vale a partir da próxima pesquisa.`,
    next: (name: string) => `A partir da próxima pesquisa, você conta em *${name}*.`,
    closedTitle: 'Pesquisa encerrada',
    closed:
      'Esta pesquisa foi encerrada, então as respostas não podem mais ser adicionadas nem alteradas. Obrigado mesmo assim: a próxima pesquisa chegará por mensagem direta.',
  },
};
