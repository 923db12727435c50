/** The Portuguese lexicon (same theme keys as English; terms are stemmed with Snowball's Portuguese). */
import type { LanguageLexicon } from '../multilingual';
import { lexiconOf } from './build';

export const PT: LanguageLexicon = {
  neutral: ['não sei', 'para ser sincero'],
  lexicon: lexiconOf({
    speed:
      'rápido | rápida | rapidez | rapidamente | agilidade | ágil | imediato | imediatamente | na hora | espera | fila | fila de espera | sem espera | esperar | demora | demorar | lento | minutos | mesmo dia | tempo de resposta | pendurado | no dia seguinte | dia seguinte | menos de uma hora | em menos de | num piscar de olhos | piscar de olhos | filas | em menos de uma hora | chega logo',
    empathy:
      'educado | educados | educação | paciente | pacientes | paciência | gentil | gentileza | simpático | cordial | empatia | ouvir | ouvido | escuta | respeito | respeitado | humano | acolhedor | carinho | atencioso | compreensão | valorizado | tem tempo pra | tempo para entender | tempo pra entender | se importa | a gente se importa | caloroso | calorosa | tom caloroso | tranquilizar | acalmar',
    personalisation:
      'personalizado | personalizada | personalizadas | personalizar | sob medida | nome | meu nome | histórico | lembrar | lembrem | preferências | recomendações | individual | já comprou | o que comprou | compras anteriores | quem eu sou | não é um número | pelo nome | como pessoa | como uma pessoa | não como um protocolo | protocolo | adaptado | adaptados | adaptada | adaptadas | situação dele | situação dela | conhece | já conhece',
    proactivity:
      'avisar | aviso | antecipar | proativo | proativa | notificar | notificação | alertar | informar | acompanhamento | acompanhar | antes que | manter informado | ligar pro cliente | ligar para o cliente | se atrasar | uma mensagem quando | sms | mensagem pro cliente | mensagem para o cliente | sem ele pedir | sem precisar pedir | status da entrega | status do pedido | sem o cliente pedir',
    product_quality:
      'qualidade | confiável | confiabilidade | estável | estabilidade | falhas | falha | sem falhas | defeito | defeituoso | bug | erro | erros | funciona | robusto | durável | quebrado | trava | nunca cai | site cai | app cai | sistema cai | fora do ar | chega inteiro | inteiro | bom estado | funciona de primeira | sem travar | sistema não cai | app não cai | site não cai | bem feito | bem feita | dura anos | duram anos | no ar | sempre no ar | sem interrupções | interrupção | interrupções',
    ease: 'fácil | facilmente | facilidade | simples | simplicidade | prático | praticidade | burocracia | complicado | intuitivo | sem esforço | transferido | transferir | de um setor para outro | repetir | descomplicado | dor de cabeça | sem tutorial | sem manual | dá pra entender | explicar de novo | explicar tudo de novo | de um lado pro outro | de um lado para o outro | dois cliques | poucos cliques | de um setor pro outro | de setor em setor | três cliques | entender de primeira | único contato | do começo ao fim | passos | três passos | poucos passos | papelada | jogado | de um atendente pro outro | de um atendente para outro | tela clara | acha tudo',
    value:
      'preço | preços | barato | caro | desconto | descontos | oferta | ofertas | promoção | grátis | gratuito | frete grátis | economia | economizar | custo benefício | valor | clientes fiéis | fidelidade | preço justo | preços claros | preço claro | preço anunciado | vantagens | vantagem | clientes antigos',
    delight:
      'surpresa | surpreender | encantar | encantado | encantamento | sorriso | alegria | uau | superar as expectativas | presente | mimo | inesquecível | memorável | bilhete | escrito à mão | à mão | positivamente surpreso',
    consistency:
      'o mesmo padrão | mesmo padrão | mesma qualidade | mesmo atendimento | consistente | consistência | coerente | padronizado | em todas as lojas | todos os canais | uniforme | mesma experiência | qualquer filial | qualquer loja | todas as filiais | mesmo nível | todas as regiões | idêntica | idêntico | mesma mensagem | não importa o | a resposta é a mesma | mesma resposta',
    resolution:
      'resolver | resolvido | resolução | solução | solucionar | primeiro contato | primeira ligação | de primeira | reembolso | devolução | troca | substituição | consertar | devolver o dinheiro | ligar de novo | ligar novamente | ligar outra vez | achar uma saída | uma saída | cobrar de novo | precisa cobrar | solucionado',
    trust:
      'honestidade | honesto | transparência | transparente | confiança | promessa | prometido | no prazo | prazo | cumprir | taxas escondidas | taxas ocultas | sem surpresas | letras miúdas | segurança | garantia | cobrança surpresa | surpresa na fatura | preços claros | preço claro | preço anunciado | em dobro | cobrança inesperada | cobranças inesperadas | taxa inesperada | orçamento | a verdade | falar a verdade | dados pessoais | protegidos | privacidade | proteção de dados',
    availability:
      'disponível | disponibilidade | 24 horas | 24h | 24/7 | fim de semana | fins de semana | pessoa de verdade | pessoa real | robô | chatbot | bot | sempre disponível | atendimento humano | whatsapp | domingo | domingos | à noite | de madrugada | alguém pra atender | no sábado | aos sábados | qualquer hora | fáceis de achar | fácil de achar | aberto até | aberta até | uma pessoa | máquina | feriados | nos feriados | atendimento funciona | carne e osso | falar com a gente',
  }),
};
