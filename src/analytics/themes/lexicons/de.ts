/** The German lexicon (same theme keys as English; terms are stemmed with Snowball's German). */
import type { LanguageLexicon } from '../multilingual';
import { lexiconOf } from './build';

export const DE: LanguageLexicon = {
  neutral: ['ehrlich gesagt', 'keine ahnung'],
  lexicon: lexiconOf({
    speed:
      'schnell | schnelle | zügig | sofort | umgehend | rasch | warten | wartezeit | warteschleife | verzögerung | langsam | am nächsten tag | am gleichen tag | reaktionszeit | antwortzeit | minuten | effizient | flott | hängt | hängen | halbe stunde | stundenlang | warteschleifenmusik | gedudel | am nächsten morgen | innerhalb einer stunde | innerhalb eines tages | innerhalb von | binnen | im handumdrehen | tagelang | hänger | warteschlange | warteschlangen | werktag | nächsten werktag | noch am selben tag | am selben tag',
    empathy:
      'freundlich | freundliche | freundlichkeit | geduldig | geduldige | geduld | höflich | höflichkeit | zuhören | verständnis | verstanden | einfühlsam | empathie | respekt | respektvoll | wertschätzung | wertgeschätzt | menschlich | herzlich | nett | ernst genommen | nehmen sich zeit | nimmt sich zeit | abgewimmelt | urteilen nicht | hören zu | hört zu | kümmern | kümmert | kümmert sich | warm | warmer ton | beruhigen | beruhigt | schroff | unfreundlich',
    personalisation:
      'persönlich | personalisiert | individuell | individuelle | maßgeschneidert | name | namen | kennt | kennen | erinnern | historie | verlauf | empfehlung | empfehlungen | ansprechpartner | gekauft hat | schon gekauft | bisherige bestellungen | kaufhistorie | erinnert sich | wünsche | wer ich bin | keine nummer | mit namen | als mensch behandelt | nicht als fall | kein fall | keine akte | zugeschnitten | auf ihn zugeschnitten | seine situation | ihre situation',
    proactivity:
      'proaktiv | vorausschauend | rechtzeitig | informieren | benachrichtigen | benachrichtigung | warnen | melden uns | bevor | im voraus | nachfassen | erinnerung | auf dem laufenden | bescheid | bescheid sagen | sms | rufen den kunden selbst an | selbst an | von uns aus | ohne dass er fragen | ohne dass sie fragen | ohne zu fragen | ohne nachzufragen | lieferstatus | sendungsverfolgung | status der bestellung',
    product_quality:
      'qualität | zuverlässig | zuverlässiges | zuverlässigkeit | stabil | stabile | stabilität | absturz | abstürze | fehler | fehlerfrei | defekt | kaputt | funktioniert | einfach funktioniert | robust | langlebig | ausfall | hochwertig | heil | vollständig | unbeschädigt | beschädigt | bugs | bug | unbeschadet | fällt aus | fällt nie aus | bricht zusammen | abstürze und hänger | zusammenbricht | zusammenbrechen | fehlermeldung | fehlermeldungen | gut gemacht | gut gemachtes | jahrelang hält | lange hält | ausfallzeit | ausfallzeiten | immer online | störungsfrei',
    ease: 'einfach | einfache | einfachheit | leicht | unkompliziert | kompliziert | bequem | intuitiv | bedienung | benutzerfreundlich | mühelos | aufwand | reibungslos | weitergeleitet | weiterleiten | zweimal erklären | wiederholen | übersichtlich | ohne anleitung | ohne handbuch | selbsterklärend | von abteilung zu abteilung | hin und her | weitergereicht | von einem zum anderen | zwei klicks | wenigen klicks | auf anhieb | fester ansprechpartner | von anfang bis ende | drei schritten | wenigen schritten | schritten | papierkram | bürokratie | zum nächsten geschickt | von einem zum nächsten | klare oberfläche | findet alles',
    value:
      'preis | preise | günstig | billig | teuer | kosten | rabatt | rabatte | angebot | sonderangebot | gutschein | kostenlos | gratis | sparen | faire preise | preis leistungs verhältnis | preis leistung | treue | stammkunden | stammkunde | konditionen | angezeigte preis | versandkosten | überteuert | überteuerten | überteuerte | vorteile für',
    delight:
      'überraschung | überraschungen | überraschen | freude | begeistern | begeisterung | begeistert | erwartungen übertreffen | übertreffen | wow | geschenk | lächeln | unvergesslich | kleines extra | extra | handgeschrieben | handgeschriebene | überrascht | positiv überrascht',
    consistency:
      'gleiche qualität | gleichen service | gleiche erfahrung | überall | einheitlich | konsistent | beständig | durchgängig | egal ob | egal wo | online wie im laden | auf allen kanälen | denselben service | derselbe service | dieselbe qualität | im laden und online | online und im laden | identisch | identisches | auf jedem kanal | jedem kanal | in allen regionen | gleiche niveau | dieselbe botschaft | gleiche botschaft | dieselbe antwort | gleiche antwort | egal welcher | egal welche',
    resolution:
      'lösen | gelöst | lösung | beim ersten anruf | ersten kontakt | beheben | behoben | erledigt | rückerstattung | erstattung | ersatz | umtausch | reparatur | geklärt | wirklich weg | problem ist weg | nochmal anrufen | noch einmal anrufen | erneut anrufen | zweimal anrufen | dreimal anrufen | nachhaken | nachfassen müssen | anliegen erledigt',
    trust:
      'ehrlich | ehrlichkeit | transparent | transparenz | vertrauen | vertrauenswürdig | versprechen | versprochen | wie versprochen | pünktlich | pünktliche | versteckte kosten | versteckten kosten | kleingedruckte | datenschutz | garantie | verlässlich | datensicherheit | böse überraschung | böse überraschungen | keine überraschungen | ohne überraschungen | angezeigte preis | doppelten rechnungen | doppelt berechnet | versteckte gebühren | versteckten gebühren | entspricht dem angebot | rechnungsbetrag | wahrheit | die wahrheit | persönlichen daten | persönliche daten | daten sind geschützt | geschützt | privatsphäre',
    availability:
      'erreichbar | erreichbarkeit | rund um die uhr | 24/7 | 24 stunden | verfügbar | verfügbarkeit | jederzeit | wochenende | öffnungszeiten | echter mensch | echten menschen | chatbot | bot | nachts | abends | sonntags | feiertags | erreichen | erreicht | jemanden erreichen | ein mensch | gleich ein mensch | besetzt | aus fleisch und blut | fleisch und blut | feiertag | feiertagen | an feiertagen | telefonisch erreichbar',
  }),
};
