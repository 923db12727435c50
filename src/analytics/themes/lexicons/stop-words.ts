/**
 * Words never reported as frequent terms outside the lexicon, per language: function words (articles,
 * pronouns, prepositions, auxiliaries, common verbs and adverbs) and generic CX words that say nothing
 * about *which* CX an answer wants ("client", "Kunde", "servicio", "atendimento"), as English has
 * GENERIC_CX_WORDS. Compared without diacritics and in lower case, as the text's words are.
 */

// biome-ignore format: one line per group of words is easier to review
const WORDS: Readonly<Record<string, string>> = {
  fr:
    'le la les l un une des du de d au aux et ou mais donc or ni car que qu qui quoi dont où ce cet cette ces ' +
    'je j tu il elle on nous vous ils elles me m te t se s moi toi soi eux lui leur leurs mon ma mes ton ta tes son sa ses ' +
    'notre nos votre vos y en ne n pas plus moins très trop bien tout tous toute toutes rien personne ' +
    'à a dans par pour sur sous avec sans chez entre vers avant après pendant depuis comme si quand ' +
    'est sont être été était sera ai as avons avez ont avoir eu fait faire font peut peuvent pouvoir ' +
    'doit doivent devoir veut veulent vouloir va vont aller faut falloir dit dire ça cela ceci c là ici aussi encore ' +
    'déjà toujours jamais même autre autres chaque quelque quelques fois alors ben bof oui non ' +
    'client clients clientèle service services expérience entreprise équipe équipes produit produits ' +
    'bon bonne bons bonnes meilleur meilleure super excellent excellente parfait parfaite génial vraiment chose choses aide problème',
  de:
    'der die das den dem des ein eine einen einem einer eines und oder aber doch sondern denn dass daß ' +
    'ich du er sie es wir ihr man mich dich sich uns euch mir dir ihm ihn ihnen mein meine dein sein seine ' +
    'unser unsere euer ihre kein keine keinen keinem keiner nicht nichts nie niemand auch noch schon nur ' +
    'sehr so zu zum zur in im an am auf aus bei mit nach von vom vor über unter um für ohne durch bis gegen ' +
    'ist sind sein war waren wird werden wurde hat haben hatte kann können muss müssen soll sollen will wollen ' +
    'darf dürfen mag möchte gibt geben macht machen wie wo was wer wenn als ob dann da hier dort immer ' +
    'jeder jede jedes alle alles etwas mal ja nein eben halt gleich wirklich ' +
    'kunde kunden kundin service services erlebnis erfahrung firma unternehmen team produkt produkte ' +
    'gut gute guter gutes besser beste super toll perfekt ausgezeichnet sache sachen hilfe problem',
  es:
    'el la los las lo un una unos unas y e o u ni pero sino que quien quién cual cuál donde dónde cuando cuándo ' +
    'como cómo yo tú tu él ella ello nosotros vosotros ellos ellas me te se nos os le les mi mis su sus ' +
    'nuestro nuestra nuestros nuestras de del a al en con sin por para sobre entre hacia hasta desde ' +
    'no sí si muy más menos mucho mucha muchos muchas poco todo toda todos todas nada nadie algo alguien ' +
    'es son ser sea sean fue está están estar estamos ha han haber hay tiene tienen tener hace hacen hacer ' +
    'puede pueden poder debe deben quiere quieren va van ir dar dan siempre nunca también ya aquí ahí así ' +
    'cada otro otra otros otras mismo misma pues bueno vale ' +
    'cliente clientes servicio servicios experiencia empresa equipo producto productos atención ' +
    'buen buena buenos buenas mejor excelente genial perfecto perfecta cosa cosas ayuda problema',
  pt:
    'o a os as um uma uns umas e ou mas nem que quem qual onde quando como eu tu você vocês ele ela nós eles ' +
    'elas me te se nos lhe lhes meu minha meus minhas seu sua seus suas nosso nossa nossos nossas de do da dos ' +
    'das em no na nos nas num numa ao aos à às com sem por pelo pela pelos pelas para pra pro sobre entre até ' +
    'desde não sim muito muita muitos muitas mais menos pouco todo toda todos todas tudo nada ninguém algo alguém ' +
    'é são ser seja foi está estão estar tem têm ter há haver faz fazem fazer pode podem poder deve devem ' +
    'quer querem vai vão ir dar dá sempre nunca também já aqui ali assim cada outro outra outros outras mesmo ' +
    'mesma gente só isso isto aquilo esse essa este esta aí né ' +
    'cliente clientes serviço serviços experiência empresa equipe time produto produtos atendimento ' +
    'bom boa bons boas melhor ótimo ótima excelente perfeito perfeita coisa coisas ajuda problema',
};

const plain = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** The stop-words of `language` (empty for a language without a list), plain and lower-cased. */
export function stopWordsOf(language: string): ReadonlySet<string> {
  return new Set(
    (WORDS[language] ?? '')
      .split(' ')
      .filter((w) => w !== '')
      .map(plain),
  );
}
