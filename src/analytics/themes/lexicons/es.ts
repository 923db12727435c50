/** The Spanish lexicon (same theme keys as English; terms are stemmed with Snowball's Spanish). */
import type { LanguageLexicon } from '../multilingual';
import { lexiconOf } from './build';

export const ES: LanguageLexicon = {
  neutral: ['la verdad', 'ni idea'],
  lexicon: lexiconOf({
    speed:
      'rápido | rápida | rápidamente | rapidez | enseguida | inmediato | inmediatamente | al instante | espera | esperas | esperar | demora | lento | tiempo de respuesta | agilidad | ágil | minutos | mismo día | colgado | colgada | al día siguiente | día siguiente | menos de una hora | en menos de | en un abrir y cerrar de ojos | abrir y cerrar de ojos | cola | colas | en menos de una hora | llega pronto',
    empathy:
      'amable | amabilidad | trato | cercano | cercanía | empatía | escuchar | escuchados | escucha | paciencia | paciente | respeto | respetuoso | educado | cordial | cariño | humano | comprensión | comprender | valorado | se toma su tiempo | tomarse su tiempo | den largas | dar largas | nos importa | le importa | cálido | cálida | tono cálido | tranquilizar | calmar',
    personalisation:
      'personalizado | personalizada | personalizadas | personalizar | a medida | nombre | recuerden | recordar | quién soy | historial | preferencias | recomendaciones | individual | he comprado | ya compré | lo que compré | compras anteriores | se acuerda | se acuerden | acordarse | lo que nos gusta | no es un número | por su nombre | como persona | como una persona | no como un expediente | expediente | adaptado | adaptados | adaptada | adaptadas | su situación | conoce | ya conoce | conozca',
    proactivity:
      'avisar | aviso | anticipar | adelantarse | proactivo | proactiva | notificar | notificación | alertar | informar | seguimiento | antes de que | mantener informado | llamar al cliente | se retrasa | un mensaje cuando | sms | llamar nosotros | nosotros al cliente | sin que lo pida | sin que lo pidan | estado del envío | estado del pedido | seguimiento del pedido',
    product_quality:
      'calidad | de calidad | fiable | confiable | fiabilidad | no falla | falla | fallos | errores | sin errores | estable | estabilidad | robusto | duradero | defecto | defectuoso | roto | funciona | se cae | se caiga | caídas | bugs | bug | buen estado | sin cuelgues | funciona a la primera | bien hecho | bien hecha | dura años | duran años | sin interrupciones | interrupciones | siempre en línea',
    ease: 'fácil | fácilmente | facilidad | sencillo | simple | sin complicaciones | complicado | complicaciones | cómodo | intuitivo | práctico | sin esfuerzo | repetir | de un departamento a otro | transferir | burocracia | trámites | sin tutorial | sin tutoriales | sin manual | se entiende | explicar todo otra vez | volver a explicar | explicar otra vez | de un sitio a otro | dos clics | pocos clics | de un área a otra | de un lado a otro | de área en área | tres clics | se entiende a la primera | único interlocutor | de principio a fin | pasos | tres pasos | pocos pasos | papeleo | de un agente a otro | pasen de un | pantalla clara | se encuentra todo',
    value:
      'precio | precios | barato | caro | económico | asequible | descuento | descuentos | oferta | ofertas | promoción | gratis | gratuito | ahorro | ahorrar | relación calidad precio | calidad precio | valor | clientes fieles | fidelidad | precios justos | precios claros | precio claro | precio anunciado | ventajas | ventaja | clientes de siempre',
    delight:
      'sorpresa | sorprender | detalle | inesperado | sonrisa | encantar | encantado | ilusión | alegría | superar las expectativas | superar | wow | regalo | memorable | inolvidable | escrita a mano | escrito a mano | nota escrita | grata sorpresa',
    consistency:
      'la misma experiencia | misma calidad | mismo servicio | coherente | coherencia | consistente | uniforme | en todos los canales | en la tienda y en la web | siempre igual | mismo trato | todas las tiendas | cada tienda | mismo nivel | todas las regiones | idéntica | idéntico | mismo mensaje | da igual qué | la respuesta es la misma | misma respuesta',
    resolution:
      'resolver | resuelvan | resuelto | resolución | solución | solucionar | a la primera | primer contacto | primera llamada | reembolso | devolución | reemplazo | arreglar | arreglado | devolver el dinero | devolución del dinero | volver a llamar | llamar otra vez | llamar de nuevo | encontrar una salida | una salida | tenga que insistir | insistir | solucionado',
    trust:
      'honestidad | honesto | transparencia | transparente | confianza | letra pequeña | promesa | prometido | prometió | cumplir | a tiempo | puntual | puntualidad | seguridad | garantía | cargos ocultos | costes ocultos | sin sorpresas | cargo sorpresa | cargos sorpresa | sorpresa en la factura | precios claros | precio claro | precio anunciado | cobros duplicados | cobro duplicado | cobro doble | cargos inesperados | cargo inesperado | costes inesperados | cobros inesperados | presupuesto | la verdad | decir la verdad | decirle la verdad | datos personales | protegidos | privacidad | protección de datos',
    availability:
      'disponible | disponibilidad | 24 horas | las 24 horas | 24/7 | fines de semana | fin de semana | persona de verdad | persona real | bot | chatbot | localizable | horario | domingo | domingos | al otro lado | por la noche | de noche | el sábado | los sábados | cuando quieran | cuando quieras | a cualquier hora | abierta hasta | abierto hasta | una persona | máquina | contactarnos | contactar | por la tarde | festivos | los festivos | días festivos | carne y hueso',
  }),
};
