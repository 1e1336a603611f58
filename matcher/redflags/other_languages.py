"""Spanish and German texts: read for the plainest red-flag claims before a person reads them in full.

The learned engine reads English only (its models and its corpus are English), so a text in another
language still goes to a reviewer (`needs_human_reading`). Spanish and German are the two other languages of
our market, though, and a link seller writing in them should not sit in buyers' shortlists, merely ranked
lower, until someone gets to it. So a Spanish or German text is first read by these patterns: a match is a
claim, with its evidence, only where the sentence speaks as a seller (the writer's "we" or "I", an opening
imperative or formal "Sie", a price line, a heading of its own page, or a text that is terms of sale), is
not a question, a condition, a definition, a quotation, a topic or history, carries no warning or critique,
and no negation stands in the match's clause ("no compramos enlaces", "Rankings können wir nicht
garantieren"). Precision before recall: what the patterns miss, the reviewer still reads.

Measured on real Spanish and German snippets (data/redflags_real/multilingual/, bench/redflags_eval.py
--corpus multilingual).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Clause boundaries: punctuation inside a sentence, a spaced dash.
_BOUNDARY = re.compile(r"[;:,()]|\s[—–-]+\s|[—–]")


def _rx(*parts: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in parts))


@dataclass(frozen=True)
class Lexicon:
    practices: dict[str, re.Pattern]  # category -> what names the practice (on lower-cased text)
    negation: re.Pattern  # negates what stands in its clause
    warning: re.Pattern  # the sentence warns, criticises or reports a penalty
    condition: re.Pattern  # the sentence is a condition ("si", "wenn", "bevor")
    defining: re.Pattern  # right after the practice: the sentence defines it
    writer: re.Pattern  # the writer speaks: "we", "our", "I" (on the text as written)
    reader: re.Pattern  # the writer addresses its buyer: an opening imperative, formal "Sie" (as written)
    contract: re.Pattern  # a contract's wording ("en adelante", "im Folgenden"): the text is terms of sale
    price: re.Pattern  # a price with its amount: the sentence sells
    remedy: re.Pattern  # cleaning up or finding the practice: an audit, a disavow, a removal
    topic: re.Pattern  # before the match: the practice is what is talked about ("te explicamos cómo")
    reassure: re.Pattern  # a negated risk ("sin riesgo de penalización"): no denial of the practice
    pitch: re.Pattern  # a question put to the buyer ("¿Buscas...?", "Suchen Sie...?"): a sales question
    disclosed: re.Pattern  # a placement marked as advertising (rel="sponsored", "als Werbung gekennzeichnet")
    refund: re.Pattern  # a guarantee's own condition ("o te devolvemos", "oder Geld zurück")
    verdict: re.Pattern  # after the match: a colon and a refusal ("...: ninguno"), or "..., wir nicht"
    contrast: re.Pattern  # a clause boundary that lifts a negation ("pero", "sondern")
    asking: re.Pattern  # a clause opened by an interrogative: what is explained ("cómo", "wie")
    history: re.Pattern  # the sentence, or the one before it, tells of the past ("hace años", "damals")
    others: re.Pattern  # a third party is the subject (on the text as written: German nouns are capitalised)


_NUM = r"\d[\d.,]*"
_LINKS_ES = r"(?:enlaces|links|backlinks|v[ií]nculos)"
_LINK_ES = r"(?:enlaces?|links?|backlinks?|v[ií]nculos?)"
_LINKS_DE = r"(?:backlinks|textlinks|links|verlinkungen)"
# Hours, or days up to three weeks (promises.SHORT_TIME's bound)
_FEW_DE = r"(?:(?:\d{1,2}|wenigen) stunden|(?:[1-9]|1\d|2[01]|wenigen) tagen)"
_LINK_DE = r"(?:backlinks?|textlinks?|links?|verlinkung(?:en)?)"

SPANISH = Lexicon(
    practices={
        "paid_links": _rx(
            rf"\b(?:compra|venta|comprar|vender|vendemos|vendo|compramos|alquiler|alquilar|alquilamos|"
            rf"adquier\w*|adquirir)(?: de)? {_LINKS_ES}",
            rf"\b{_LINKS_ES}\b[^.\n]{{0,40}}\b(?:desde|por|a partir de) \d[\d.,]*\s?(?:€|euros?)",
            rf"\b(?:ofrecemos|ofrezco)\b[^.\n]{{0,30}}\b{_LINKS_ES}\b[^.\n]{{0,60}}(?:precio|€|euros?)",
            rf"\binsert\w* (?:tu |tus |sus )?{_LINK_ES}\b",
            rf"\bpublicaci[oó]n(?:es)? patrocinad\w* con (?:un |tu )?{_LINK_ES}\b",
            rf"\b{_LINKS_ES} (?:de pago|pagados|comprados|vendidos|a la venta|en venta)",
            rf"\d[\d.,]*\s?(?:€|euros?) (?:por|cada) {_LINK_ES}\b",
            rf"\bintercambi(?:o|os|ar|amos)(?: de)? {_LINKS_ES}",
            # an exchange named apart from its links ("linkbuilding y altas e intercambios manuales")
            rf"\bintercambios?\b(?= [^.\n]{{0,80}}\b(?:{_LINK_ES}|link ?building)\b)|"
            rf"\b(?:{_LINK_ES}|link ?building)\b[^.\n]{{0,80}}\bintercambios?\b",
            rf"\bart[ií]culos? patrocinados?\b[^.\n]{{0,80}}(?:\b{_LINK_ES}\b|dofollow)",
            rf"\b{_LINK_ES} do-?follow\b[^.\n]{{0,60}}"
            r"(?:€|euros?|\$|precio|comprar|pedido)",
            # a placement's life guaranteed is the term of a sold link ("enlace permanente" is a permalink)
            rf"\b(?:{_LINK_ES}|publicaci[oó]n(?:es)?|art[ií]culos?)\b(?: do-?follow)?[^.\n]{{0,30}}"
            r"\b(?:de por vida|para siempre|sin l[ií]mite de tiempo)\b",
            r"\b(?:guest ?posts?|posts? invitados?) (?:de pago|patrocinados?)\b",
            rf"\bplataforma de (?:compra|venta|compraventa) de {_LINKS_ES}",
            r"\blink ?building de pago\b",
            rf"\bposts? patrocinados? con (?:un |tu )?{_LINK_ES}\b",
            rf"\bpacks? de {_LINKS_ES}\b",
            r"\bguest ?posts? do-?follow\b",
            rf"\balquil\w* (?:de )?{_LINKS_ES}\b",
            rf"\binserci[oó]n de {_LINKS_ES}\b|\blink insertions?\b",
        ),
        "guaranteed_rankings": _rx(
            r"\bposicionamiento garantizado\b",
            r"\b(?:primera p[aá]gina|primeras posiciones|primer puesto|primera posici[oó]n|top ?\d{1,2}|"
            r"posiciones?|resultados)(?: (?:de|en) google)?,? garantizad[oa]s?\b",
            r"\b(?:top ?\d{1,2}|primera p[aá]gina|primeras posiciones)\b[^.\n]{0,60}\b(?:o te devolvemos|"
            r"o le devolvemos|o te reembolsamos|o reembolso)",
            r"\bgaranti\w*\b[^.\n]{0,20}\d[\d.,]* (?:visitas|visitantes|clics|leads)\b",
            # a promise made as a commitment, to a position ("nos comprometemos a situarte en la primera
            # página")
            r"\b(?:(?:nos|me|se) comprome(?:temos|to|te)|compromiso de)\b[^.\n]{0,60}\b(?:primera p[aá]gina|"
            r"primeras posiciones|primer puesto|primera posici[oó]n|top ?\d{1,2})\b",
            r"\b(?:garanti\w*|asegura(?:mos)?)\b[^.\n]{0,40}\b(?:primera p[aá]gina|"
            r"primeras posiciones|"
            r"primer puesto|primera posici[oó]n|top ?\d{1,2}|posicionarte|posicionar tu|estar en (?:el|la) "
            r"(?:primer|primera|top))",
            r"\b(?:si no|o te devolvemos|devoluci[oó]n del dinero)\b[^.\n]{0,60}\b"
            r"(?:primera p[aá]gina|top ?\d|posici[oó]n|posicionamos)",
            r"\bpago por (?:resultados|posici[oó]n|posicionamiento)\b",
            r"\b(?:s[oó]lo|solamente) pagas? (?:si|cuando)\b[^.\n]{0,60}\b(?:top ?\d|primera p[aá]gina|"
            r"primeras posiciones|posicion\w*)",
        ),
        "guaranteed_link_count": _rx(
            rf"\b{_NUM} {_LINKS_ES}(?: de calidad| dofollow| do-follow)?[^.\n]{{0,40}}\b(?:garantizad|"
            r"(?:da|dr|pa|tf)\W{0,3}(?:superior a |mayor (?:de|que) |\+ ?)?\d|por (?:solo |sólo )?\d|€|"
            r"euros)",
            rf"\b{_NUM} {_LINKS_ES}\b[^.\n]{{0,20}}\ben (?:\d+|pocas|unas) (?:horas|d[ií]as)\b",
            rf"\bgaranti(?:zamos|zado|za)\b[^.\n]{{0,30}}\b{_NUM} {_LINKS_ES}",
            # a count every month is a package's: "te conseguimos 100 backlinks de calidad cada mes"
            rf"\b{_NUM} {_LINKS_ES}\b[^.\n]{{0,30}}\b(?:cada mes|al mes|por mes|mensuales|cada semana|"
            r"a la semana|por semana|semanales)\b",
        ),
        "pbn": _rx(
            r"\bpbns?\b",
            r"\bred(?:es)? (?:privada|privadas)? ?de (?:blogs|webs|sitios|dominios)\b",
            r"\bred(?:es)? de (?:blogs|webs|sitios) privad[oa]s?\b",
            r"\bnuestra red de (?:blogs|webs|sitios|dominios)\b",
            r"\b(?:blogs|webs|dominios|sitios) propi[oa]s\b",
            r"\bred de (?:m[aá]s de )?\d[\d.]* (?:blogs|webs|sitios|dominios)\b",
            rf"\b(?:mis|nuestros|nuestras) (?:\d+ )?(?:blogs|webs|sitios)\b[^.\n]{{0,40}}\b{_LINK_ES}\b|"
            rf"\b{_LINK_ES}\b[^.\n]{{0,40}}\b(?:mis|nuestros|nuestras) (?:\d+ )?(?:blogs|webs|sitios)\b",
            rf"\bdominios (?:expirados|caducados)\b[^.\n]{{0,60}}\b{_LINKS_ES}",
        ),
        "automated_links": _rx(
            rf"\b{_LINKS_ES} (?:autom[aá]ticos|automatizados|masivos|en masa)\b",
            rf"\b(?:miles|cientos) de {_LINKS_ES}\b",
            rf"\b(?:software|herramienta|programa) (?:de|para) (?:crear |generar |conseguir )?{_LINKS_ES}",
            r"\balta (?:masiva|autom[aá]tica) en (?:directorios|marcadores)\b",
            r"\bspam de comentarios\b",
        ),
        "anchor_manipulation": _rx(
            r"\b(?:anchor(?: text)?|texto ancla|ancla) "
            r"(?:exact[oa]|optimizad[oa]|con (?:tu |la )?palabra clave)",
            r"\bpalabra clave exacta como (?:anchor|ancla|texto ancla)\b",
        ),
        "undisclosed_methods": _rx(
            r"\b(?:m[eé]todo|f[oó]rmula|t[eé]cnica|estrategia)s? secret[oa]s?\b",
            r"\b(?:m[eé]todo|f[oó]rmula|t[eé]cnica|estrategia)s?\b[^.\n]{0,40}\bno (?:podemos |"
            r"vamos a )?revel\w*",
            r"\b(?:contactos?|acuerdo|relaci[oó]n especial) (?:en|con) google\b(?! ads| partner)",
        ),
        "unrealistic_timeline": _rx(
            r"\b(?:primera p[aá]gina|top ?\d{1,2}|posicionad[oa]s?|indexad[oa]s?|indexaci[oó]n\b[^.\n]{0,30}|"
            r"resultados) en "
            # days up to three weeks, as in English (promises.SHORT_TIME): "30 días" is no days-long promise
            r"(?:solo |sólo |apenas |menos de )?(?:(?:\d{1,2}|veinticuatro|cuarenta y ocho|unas|pocas) horas|"
            r"(?:[1-9]|1\d|2[01]|unos|pocos) d[ií]as)\b",
            r"\bresultados inmediatos\b",
        ),
        "deceptive_tactics": _rx(
            r"\bcloaking\b",
            r"\bp[aá]ginas? (?:puerta|pasarela)\b",
            r"\bdoorway pages?\b",
            r"\b(?:texto|enlaces|links) ocult[oa]s\b",
            r"\bseo negativo\b",
            r"\b(?:rese[nñ]as|opiniones|valoraciones) (?:falsas|falsos)\b",
            r"\b(?:comprar|compra|venta|vendemos) (?:de )?(?:rese[nñ]as|opiniones|valoraciones)\b",
            r"\b(?:rese[nñ]as|opiniones|valoraciones)\b[^.\n]{0,30}\b(?:desde|por) \d[\d.,]*\s?(?:€|euros?)",
            r"\b(?:hund\w*|perjudic\w*|penaliz\w*|tumb\w*) (?:a )?(?:tu|su|la) competencia\b",
        ),
    },
    negation=re.compile(r"\b(?:no|nunca|jam[aá]s|ni|sin|tampoco|nada|nadie|evit\w*|prohib\w*|rechaz\w*|"
                        r"olv[ií]date|dejamos de|nos desmarcamos|basta de|se acab\w*|adi[oó]s a|"
                        r"ning[uú]n\w*|en lugar de|en vez de|se niega\w*|qued\w* fuera|excluy\w*|excluid\w*|"
                        r"ya no|merece\w* (?:algo )?(?:mejor|m[aá]s) "
                        r"que)\b"),
    warning=re.compile(
        r"\b(?:penali[zc]\w*|castig\w*|sanci[oó]n\w*|peligros\w*|riesgos?\w*|cuidado|desconf[ií]\w*|"
        r"estafa\w*|fraude\w*|enga[nñ]\w*|malas? pr[aá]cticas?|pol[ií]ticas? de (?:spam|google)|"
        r"infring\w*|viola\w*|desaconsej\w*|no recomend\w*|black ?hat|spam\w*|ojo con|alertas?|alarmas?|"
        r"red flags?|granjas? de enlaces|vendedores? de humo|humo|charlat[aá]n\w*|huye|huir|al[eé]jate|"
        r"ap[aá]rtate)\b"
    ),
    condition=re.compile(r"(?:^|[\s¿¡(])(?:si|cuando|aunque|antes de|podr[ií]a\w*|ser[ií]a\w*)\b"),
    defining=re.compile(r"\W*(?:\w+\W+){0,2}?(?:es|son|consiste|consisten|significa|se (?:refiere|denomina|"
                        r"llama|conoce|trata))\b"),
    # First person plural ends in -amos/-emos/-imos; adjectives and nouns that do too are left out.
    writer=re.compile(r"(?i)\b(?:nosotros|nuestr[oa]s?|yo|mis?|me|ofrezco|vendo|garantizo|hago|trabajo|tengo|"
                      r"pongo|consigo|publico|gestiono|realizo|(?!(?:[uú]ltimos|pr[oó]ximos|m[ií]nimos|"
                      r"m[aá]ximos|[oó]ptimos|leg[ií]timos|pr[eé]stamos|ramos|tramos|mismos|primos|"
                      r"[aá]nimos|extremos|supremos|[ií]ntimos)\b)\w{2,}(?:amos|emos|imos))\b"),
    # Only an imperative that opens the sentence: a generic "tú" is as common in advice as in sales.
    reader=re.compile(r"(?i)^\W*(?:compra|consigue|contrata|pide|solicita|obt[eé]n|aumenta|mejora|descubre|"
                      r"elige|accede|prueba|reserva|posiciona|sube|multiplica|adquiere|gana)\b"),
    contract=re.compile(r"(?i)\b(?:en adelante|en lo sucesivo|objeto del contrato|condiciones generales de "
                        r"(?:venta|contrataci[oó]n|uso|servicio))\b"),
    price=re.compile(r"(?i)\d[\d.,]*\s?(?:€|euros?\b|eur\b)|[€$]\s?\d"),
    contrast=re.compile(r"\b(?:pero|sino|aunque|mientras)\b"),
    asking=re.compile(r"\W*(?:c[oó]mo|qu[eé]|por qu[eé]|cu[aá]ndo|d[oó]nde|cu[aá]l\w*)\b"),
    remedy=re.compile(r"\b(?:limpi\w*|elimin\w*|quit\w*|desautoriz\w*|disavow|detect\w*|identific\w*|"
                      r"auditor[ií]as?|audit\w*|analiz\w*|recuper\w*|retir\w*)\b"),
    topic=re.compile(r"\b(?:explic\w*|habl\w* (?:de|sobre)|acerca de|art[ií]culo sobre|"
                     r"gu[ií]a (?:de|sobre|para)|c[oó]mo|d[oó]nde|cont(?:amos|ar)|qu[eé] es|todo sobre|"
                     r"informaci[oó]n sobre|p[oó]dcast|webinar|seminario|curso)\b"),
    reassure=re.compile(r"\b(?:sin|ning[uú]n\w*|no|cero)\s+(?:\w+\s+){0,2}?(?:riesgos?|penalizaci[oó]n\w*|"
                        r"huellas?|peligro|spam|permanencia|compromiso|intermediarios|letra peque[nñ]a|"
                        r"caducidad|l[ií]mites?|costes? ocultos?)\b(?:\s+de\s+\w+)?|\bno dejan? huella\b|"
                        r"\bnunca (?:fue|ha sido) tan\b|\bno te preocupes(?: por nada)?\b"),
    pitch=re.compile(r"\b(?:buscas|necesitas|quieres|deseas|te gustar[ií]a)\b"),
    disclosed=re.compile(r"rel=\W*(?:sponsored|nofollow)|\bnofollow\b|\b(?:etiquetad|marcad|se[nñ]alizad)\w* "
                         r"como (?:patrocinad|publicidad|contenido patrocinado)"),
    refund=re.compile(r"\b(?:devol\w*|reembols\w*|(?:s[oó]lo|solamente) pagas?|no pagas?)\b"),
    verdict=re.compile(r"^[^\S\n]*:\s*(?:ninguno|ninguna|nada|no|nunca|jam[aá]s|tab[uú])\b|"
                       r"[,;–-]\s*(?:nosotros no|aqu[ií] no|no con nosotros)\W*$"),
    # "desde hace años" and "hace años que" are ongoing: "vendemos enlaces desde hace años".
    history=re.compile(r"\b(?:hab[ií]a|hab[ií]an|ya no)\b|"
                       r"(?<!desde )\bhace (?:unos |muchos |varios )?(?:a[nñ]os|d[eé]cadas?)\b(?! que)|"
                       r"\b(?:antiguamente|en el pasado|en su d[ií]a|por aquel entonces|"
                       r"en aquella [eé]poca)\b"),
    others=re.compile(r"(?i)\b(?:(?:muchas|algunas|otras|ciertas|las) "
                      r"(?:agencias|empresas|webs|tiendas|marcas)|(?:muchos|algunos|otros|ciertos) "
                      r"(?:seos?|profesionales|proveedores|vendedores|negocios)|"
                      r"hay (?:agencias|empresas|quienes)|la mayor[ií]a de|"
                      r"(?:muchos|muchas|algunos|algunas|otros|otras) \w+(?:an|en))\b|"
                      r"(?i:^\W*(?:quien|quienes|el que|la que|los que)\b)|"
                      r"(?i:\b(?:de|a) quien(?:es)?\b|\bquien(?:es)? te\b|\b(?:tu|su) (?:anterior|antigua) "
                      r"agencia\b|\b(?:dice|dicen|dijo|seg[uú]n)\b)"),
)

GERMAN = Lexicon(
    practices={
        "paid_links": _rx(
            r"\bplatzier\w* (?:ihren|deinen|einen|den) (?:back)?link",
            rf"\bmiet\w* (?:\w+ ){{0,2}}{_LINKS_DE}",
            r"\bbezahlte[nr]? (?:gastartikel|gastbeitr\w*|artikel)\b",
            rf"\bsichern sie sich (?:\w+ ){{0,2}}{_LINKS_DE}",
            rf"\b{_LINKS_DE}\b[^.\n]{{0,40}}\b(?:ab|f[uü]r|je) \d[\d.,]*\s?(?:€|euro)",
            r"\blinkplatzierung\w*\b[^.\n]{0,40}\bab \d",
            rf"\b{_LINKS_DE}[- ]?(?:kaufen|verkaufen|mieten|kauf|verkauf|miete)\b",
            rf"\b(?:kaufen|verkaufen|mieten) sie (?:\w+ ){{0,3}}{_LINKS_DE}",
            r"\b(?:backlink|link)[- ]?(?:kauf|verkauf|miete|tausch|handel)\w*\b",
            # "Textlinks zu vermarkten / verkaufen": the links before the verb
            rf"\b{_LINKS_DE}\b[^.\n]{{0,20}}\bzu (?:vermarkten|verkaufen|vermieten)\b",
            rf"\b(?:ge|ver)kaufte[nr]? {_LINKS_DE}",
            rf"\d[\d.,]*\s?(?:€|euro) (?:pro|je|f[uü]r einen) {_LINK_DE}\b",
            rf"\bbezahlte[nr]? {_LINKS_DE}",
            rf"\b(?:gastartikel|gastbeitr[aä]ge?|gastbeitrag|artikel|blogartikel|beitr[aä]ge?) mit "
            rf"(?:\w+ ){{0,2}}(?:do-?follow[- ]?)?{_LINK_DE}\b[^.\n]{{0,60}}"
            r"(?:€|euro|preis|buchen|kaufen|bestellen)",
            r"\blinkplatzierung(?:en)? (?:buchen|kaufen|bestellen)\b",
            r"\bsponsored posts? (?:mit|inklusive) (?:do-?follow|backlink|link)",
            rf"\b(?:verkauf|vermiet|tausch|vermittel)\w*\b[^.\n]{{0,40}}\b{_LINKS_DE}",
            rf"\bkauf(?:e)? dir\b[^.\n]{{0,40}}\b{_LINK_DE}",
            rf"\bdo-?follow[- ]?{_LINK_DE}\b[^.\n]{{0,60}}(?:€|euro)",
            r"\b(?:gastartikel|gastbeitr\w*)\b[^.\n]{0,80}\bdo-?follow\b",
            # a placement's life guaranteed is the term of a sold link (schemes.PAID_LINKS in English)
            rf"\b(?:{_LINK_DE}|linkplatzierung(?:en)?|platzierung(?:en)?)\b[^.,;\n]{{0,40}}\b(?:lebenslang\w*|"
            r"unbefristet\w*)",
            rf"\b(?:lebenslang|unbefristet)e[nr]? (?:do-?follow[- ]?)?(?:{_LINK_DE}|linkplatzierung\w*|"
            r"platzierung\w*)\b",
        ),
        "guaranteed_rankings": _rx(
            r"\b(?:zahlen sie|sie zahlen) nur\b[^.\n]{0,60}\b(?:top[- ]?\d|seite 1|erste[n]? seite|platz \d)",
            r"\b(?:nur bei erfolg|erfolgsbasiert\w* abrechnung)\b[^.\n]{0,60}\b(?:top[- ]?\d|seite 1|"
            r"erste[n]? seite|platz \d)",
            r"\bkeine? (?:top[- ]?\d+|seite 1|platz \d)\W+kein (?:honorar|geld)\b",
            r"\bauf (?:seite 1|platz 1|die erste seite)\b[^.\n]{0,30}\bmit garantie\b",
            r"\b(?:top[- ]?\d{1,2}|seite[- ]1|erste[n]?[- ]seite|platz[- ]1|platzierungs?|ranking|"
            r"positions?)[- ]?garantie\b",
            r"\b(?:garantier|versprech)\w* (?:\w+ ){0,2}(?:top[- ]?\d{1,2}|platz|platzierung(?:en)?|"
            r"rankings?|erste[n]? seite|seite 1|positionen)\b",
            # ...or as a commitment, to a position: "wir verpflichten uns zu Top-10-Platzierungen"
            r"\bverpflichte\w* (?:uns|mich)\b[^.\n]{0,60}\b(?:top[- ]?\d{1,2}|platz \d|erste[n]? seite|"
            r"seite 1)\b",
            r"\b(?:top[- ]?\d{1,2}|platz \d|seite 1|erste(?:n)? seite|platzierung(?:en)?|rankings?|"
            r"positionen)\b[^.\n]{0,40}\bgarantier(?:t|en|e)\b",
            r"\bgeld[- ]zur[uü]ck[^.\n]{0,60}\b(?:platz|seite 1|erste[n]? seite|top ?\d|ranking|platzierung)",
            r"\b(?:seite 1|top[- ]?\d{1,2}|platz \d|erste[n]? seite)\b[^.\n]{0,40}\boder geld[- ]zur[uü]ck",
            r"\b(?:bezahlung|zahlung|abrechnung) (?:nur )?(?:bei|nach) erfolg\b",
            # search engine optimisation sold with a money-back guarantee
            r"\b(?:suchmaschinenoptimierung|seo)\b[^.\n]{0,20}\bgeld[- ]zur[uü]ck[- ]?garantie\b",
        ),
        "guaranteed_link_count": _rx(
            r"\b\d+ (?:gastartikel|gastbeitr\w*|backlinks|links)\b[^.\n]{0,40}\b(?:da|dr|pa|tf)\W{0,3}\d",
            rf"\b{_NUM} {_LINKS_DE}[^.\n]{{0,25}}"
            r"\b(?:garantiert|(?:da|dr|pa|tf) ?\d|f[uü]r (?:nur )?\d|€|euro)",
            rf"\bgarantier\w* {_NUM} {_LINKS_DE}",
            rf"\b{_NUM} {_LINKS_DE}\b[^.\n]{{0,30}}\b(?:pro monat|im monat|jeden monat|monatlich|pro woche|"
            r"jede woche|w[öo]chentlich)\b",
        ),
        "pbn": _rx(
            rf"\b{_LINK_DE}\b[^.\n]{{0,40}}\b(?:aus|in|von) (?:unserem|meinem) (?:eigenen )?(?:blog|seiten|"
            rf"website)?"
            r"[- ]?netzwerk",
            r"\bnetzwerk (?:von|aus|mit) (?:über |mehr als )?\d[\d.]* (?:blogs|seiten|websites|domains)\b",
            r"\beigenes? (?:blog|seiten|website)?[- ]?netzwerk\b",
            r"\bpbns?\b",
            r"\b(?:private[sn]?|eigene[sn]?) (?:blog|seiten|website|webseiten)[- ]?netzwerk",
            r"\bblog-?netzwerk\w*\b",
            rf"\beigene[nr]? (?:blogs|seiten|websites|webseiten|domains)\b[^.\n]{{0,60}}\b{_LINKS_DE}",
            rf"\b(?:expired|abgelaufene[n]?) domains?\b[^.\n]{{0,60}}\b{_LINKS_DE}",
        ),
        "automated_links": _rx(
            rf"\b{_NUM} {_LINKS_DE}\b[^.\n]{{0,20}}\bautomatisch",
            r"\b\d{1,3}(?:\.\d{3})+ (?:backlinks|links|forenprofile|profile)\b",
            r"\b\d+ (?:forenprofile|forenbeitr\w*|web ?2\.0\w*|profile)\b[^.\n]{0,20}\blink",
            rf"\bautomatisiert(?:e|en|er)? (?:{_LINK_DE}|backlinkaufbau|linkaufbau|eintr[aä]ge)",
            r"\b(?:backlinkaufbau|linkaufbau|linkbuilding) mit (?:hilfe von )?software\b",
            rf"\bmassen(?:haft|weise)? ?{_LINKS_DE}|\bmassen(?:links|eintr[aä]ge|eintragung)\b",
            rf"\b(?:tausende|hunderte) (?:von )?{_LINKS_DE}",
            r"\b(?:web ?2\.0|foren|social[- ]bookmark)[- ]?(?:profile|eintr[aä]ge|links|backlinks)\b"
            r"[^.\n]{0,60}(?:€|euro|paket|bestell|erstell)",
        ),
        "anchor_manipulation": _rx(
            r"\b(?:money[- ]keyword|exakte[rn]? (?:anchor|ankertext))\w*",
            r"\b(?:anchor|anker)[- ]?text(?:e)? (?:mit|aus) (?:ihrem |dem |dein\w* )?(?:money[- ])?keyword",
        ),
        "undisclosed_methods": _rx(
            r"\bgeheim(?:e|en)? (?:methode|technik|formel|strategie|rezept)\w*",
            r"\bgeheim(?:rezept|methode|formel|strategie)\w*",
            r"\b(?:kontakte?|beziehungen|draht) zu google\b(?! ads| partner)",
        ),
        "unrealistic_timeline": _rx(
            # days up to three weeks, as in English (promises.SHORT_TIME): "30 Tagen" is no days-long promise
            rf"\bin {_FEW_DE}\b[^.\n]{{0,30}}\b(?:auf seite 1|auf die erste seite|in die top|auf platz)",
            rf"\binnerhalb von {_FEW_DE}\b[^.\n]{{0,20}}\bindexiert",
            r"\b(?:top[- ]?\d{1,2}|seite 1|erste seite|platz \d|rankings?|indexiert|indexierung|ergebnisse)"
            r"\b[^.\n]{0,20}\b(?:in|innerhalb|binnen) (?:von )?(?:nur )?"
            r"(?:(?:\d{1,2}|wenigen|ein(?:em|er)?) stunden|(?:[1-9]|1\d|2[01]|wenigen|einem) "
            r"(?:tagen|tag))\b",
            r"\bsofort(?:ige)? (?:rankings?|ergebnisse|platzierung(?:en)?|top)\b",
        ),
        "deceptive_tactics": _rx(
            r"\b(?:schaden|sch[aä]digen) (?:ihrem|ihren|deinem|deinen|der|dem) (?:konkurren\w*|"
            r"wettbewerb\w*|mitbewerb\w*)",
            r"\bkaufen sie (?:\w+ ){0,2}\S*bewertungen\b",
            r"\b(?:schreiben|verfassen|liefern) (?:\S+ ){0,2}\S*bewertungen\b",
            r"\bcloaking\b",
            r"\b(?:br[uü]cken|doorway)[- ]?(?:seiten|pages?)\b",
            r"\bversteckte[rn]? (?:text|texte|links)\b",
            r"\bnegative[sn]? seo\b",
            r"\b(?:gef[aä]lschte|fake)[- ]?(?:bewertungen|rezensionen)\b",
            r"\b(?:bewertungen|rezensionen) (?:kaufen|verkaufen)\b",
        ),
    },
    negation=re.compile(r"\b(?:nicht|nichts|nie|niemals|niemand\w*|distanzier\w*|schluss mit|nie wieder|"
                        r"kein\w*|ohne|weder|"
                        r"verzicht\w*|verboten|"
                        r"vermeid\w*|statt|anstatt|lehnen|tabu|nicht mehr|ausgeschlossen)\b"),
    warning=re.compile(
        r"\b(?:abgestraft|abstrafung\w*|penalty|strafe\w*|bestraf\w*|gef[aä]hrlich\w*|risiko\w*|riskant\w*|"
        r"vorsicht\w*|finger weg|schlangen[oö]l\w*|scharlatan\w*|unseri[oö]s\w*|betrug\w*|betr[uü]ger\w*|"
        r"verst[oö][sß]\w*|"
        r"abzocke\w*|linkfarm\w*|black ?hat|spam\w*|warn\w*|abraten|schaden|schadet|"
        r"manuelle ma[sß]nahme\w*)\b"
    ),
    condition=re.compile(r"(?:^|[\s(])(?:wenn|falls|sofern|bevor|ehe|zum beispiel|beispielsweise|"
                         r"k[oö]nnte\w*|"
                         r"w[uü]rde\w*|w[aä]re\w*|kann man|man kann)\b"),
    defining=re.compile(r"\W*(?:\w+\W+){0,2}?(?:ist|sind|bezeichnet|bedeutet|bedeuten|versteht man|"
                        r"nennt man|meint|besteht|bestehen)\b"),
    writer=re.compile(r"(?i)\b(?:wir|uns|unser\w*|ich|mein\w*|mir|mich)\b"),
    # Formal "Sie"/"Ihr" only as written: lower-case "sie" and "ihr" are "they", "her", "their".
    # Formal "Sie" only as written (lower-case "sie" is "they"); "du" is as common in advice as in sales,
    # so of it only the imperatives of buying.
    reader=re.compile(r"\bSie\b|(?i:\b(?:kauf|hol|sicher)e? dir\b)"),
    contract=re.compile(r"(?i)\b(?:im folgenden|nachstehend|allgemeine gesch[aä]ftsbedingungen|"
                        r"vertragsgegenstand|auftraggeber\w*|auftragnehmer\w*)\b"),
    price=re.compile(r"(?i)\d[\d.,]*\s?(?:€|euro\b|eur\b)|[€$]\s?\d"),
    contrast=re.compile(r"\b(?:aber|sondern|jedoch|doch|w[aä]hrend)\b"),
    asking=re.compile(r"\W*(?:wie|warum|weshalb|wieso|was|ob|wann|wo)\b"),
    remedy=re.compile(r"\b(?:entfern\w*|erkenn\w*|disavow\w*|abbau\w*|bereinig\w*|analysier\w*|pr[uü]f\w*|"
                      r"aufr[aä]um\w*|identifizier\w*|audit\w*|entwert\w*)\b"),
    topic=re.compile(r"\b(?:erkl[aä]r\w*|erfahren|informier\w*|zum thema|ratgeber|leitfaden|berat\w*|"
                     r"alles [uü]ber|mehr [uü]ber|was ist|besproch\w*|bespr[eo]ch\w*|podcast|webinar|"
                     r"seminar)\b"),
    reassure=re.compile(r"\b(?:ohne|kein\w*|null)\s+(?:\w+\s+){0,2}?(?:risiko\w*|abstrafung\w*|penalty|"
                        r"spuren|footprint|spam|vertragslaufzeit|mindestlaufzeit|vertragsbindung|abo)\b|"
                        r"\brisikofrei\b|\bkeine sorge\b|\b(?:war|waren) (?:noch )?nie so\b"),
    pitch=re.compile(r"\b(?:suchen sie|brauchen sie|m[oö]chten sie|wollen sie|suchst du|brauchst du|"
                     r"du willst|willst du)\b"),
    disclosed=re.compile(r"rel=\W*(?:sponsored|nofollow)|\bnofollow\b|"
                         r"\b(?:als )?(?:werbung|anzeige|sponsored) gekennzeichnet|"
                         r"\bgekennzeichnet als (?:werbung|anzeige)"),
    refund=re.compile(r"\b(?:geld[- ]zur[uü]ck|(?:zahlen sie|sie zahlen) nur|nur bei erfolg|erstatt\w*)\b"),
    verdict=re.compile(r"^[^\S\n]*:\s*(?:keine?|nichts|nein|nie|niemals|(?:alles )?tabu)\b|"
                       r"[,;–-]\s*(?:wir nicht|nicht bei uns|bei uns nicht)\W*$"),
    history=re.compile(r"\b(?:hatte|hatten|nicht mehr|fr[uü]her|damals|einst|"
                       r"vor (?:einigen |vielen |ein paar )?jahren|"
                       r"in der vergangenheit)\b"),
    others=re.compile(r"\b(?:[Vv]iele|[Mm]anche|[Ee]inige|[Aa]ndere|[Dd]ie meisten) "
                      r"(?!Backlinks|Links|Textlinks|Gastartikel|Artikel)[A-ZÄÖÜ]\w+|^\W*[Ww]er\b|"
                      r"(?i:\b(?:(?:ihre?[nr]?|seine?) (?:fr[uü]here|alte|bisherige)\w* agentur|hei[sß]t es|"
                      r"sagt|sagte|schreibt|laut|erz[aä]hlt\w*|"
                      r"bericht\w*)\b)"),
)

LEXICONS: dict[str, Lexicon] = {"es": SPANISH, "de": GERMAN}


@dataclass(frozen=True)
class Claim:
    category: str
    start: int
    end: int


def _clause(low: str, sentence: tuple[int, int], start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """The clause around a match: between the punctuation marks and contrast words that bound it."""
    lo, hi = sentence
    for m in _BOUNDARY.finditer(low, lo, hi):
        if m.end() <= start:
            lo = max(lo, m.end())
        elif m.start() >= end:
            hi = min(hi, m.start())
            break
    for m in lex.contrast.finditer(low, lo, start):
        lo = max(lo, m.end())
    return lo, hi


# A quotation of at least five words: someone else's words ("wirbt mit dem Slogan «Jetzt Google Bewertungen
# kaufen und sofort besser ranken»"); a shorter one names something («Pack PBN Premium»).
_QUOTED = re.compile(r"[«„“\"‚]((?:[^«»„“”\"‚‘’\n\s]+\s+){4,}[^«»„“”\"‚‘’\n]*?)[»“”\"‘’]")
# Any quotation, of however few words: reported speech where a colon introduces it.
_INTRODUCED = re.compile(r"[«„“\"‚]([^«»„“”\"‚‘’\n]{3,400})[»“”\"‘’]")


def _quoted(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the match stands inside a quotation that is not the whole sentence: one of five words or
    more, or any that a colon introduces ("Nos escribió un vendedor: «Vendemos enlaces desde 30€»")."""
    s, e = sentence
    for m in _QUOTED.finditer(text, s, e):
        if m.start(1) <= start and end <= m.end(1):
            return m.end() - m.start() < 0.9 * (e - s)
    for m in _INTRODUCED.finditer(text, s, e):
        introduced = text[max(s, m.start() - 3) : m.start()].rstrip().endswith(":")
        if introduced and m.start(1) <= start and end <= m.end(1):
            return True
    return False


# Guarantees speak in conditions ("o te devolvemos el dinero si..."): a condition word does not make them a
# hypothetical. A short verbless line naming a practice ("Top 3 en Google garantizado", "Jetzt Backlinks
# kaufen!") is a heading of the writer's own offer.
_PROMISES = ("guaranteed_rankings", "guaranteed_link_count", "unrealistic_timeline")
HEADING_WORDS = 8


@dataclass(frozen=True)
class _Context:
    """What a sentence's neighbours say: the list header it sits under, whether the text is terms of sale,
    the previous sentence of its paragraph and the next one."""

    header: tuple[int, int] | None
    terms: bool
    before: tuple[int, int] | None
    after: tuple[int, int] | None


def _governed(text: str, low: str, sentence: tuple[int, int], start: int, end: int, category: str,
              lex: Lexicon, around: _Context) -> bool:
    """Whether something other than the speaker's own offer holds the match. A text that is terms of sale
    speaks for the seller in each of its sentences (the rubric's settled point 6)."""
    s, e = sentence
    written = text[s:e]
    head_written = text[around.header[0] : around.header[1]] if around.header else ""
    head = head_written.lower()
    # A negated risk ("sin riesgo de penalización") is the seller's reassurance, not a denial or a warning.
    said = lex.reassure.sub(lambda m: " " * len(m.group()), low[s:e])
    promise = category in _PROMISES
    writes = bool(lex.writer.search(written) or lex.writer.search(head_written))
    if _quoted(text, sentence, start, end) or lex.disclosed.search(said):
        return True  # someone else's words; a placement marked as advertising
    if "?" in said or "¿" in said:
        # A question is asked, not offered, unless it is a sales question the writer then answers
        # ("¿Buscas comprar enlaces? Tenemos 5.000 medios").
        nxt = text[around.after[0] : around.after[1]] if around.after else ""
        if not (lex.pitch.search(said) and lex.writer.search(nxt)):
            return True
    # An offer of negative SEO speaks in a warning's words ("hundimos a tu competencia"): its own match is no
    # warning.
    unwarned = said[: start - s] + " " * (end - start) + said[end - s :]
    # A third party governs the ';'-part of the sentence that holds the match ("Algunos ofrecen PBN;
    # nosotros tenemos nuestra red de blogs").
    cut = written.find(";", end - s)
    part = written[written.rfind(";", 0, start - s) + 1 : cut if cut >= 0 else len(written)]
    if lex.warning.search(unwarned) or lex.others.search(part) or lex.remedy.search(said):
        return True  # a warning, a third party's doing, cleaning the practice up
    lo, hi = _clause(low, sentence, start, end, lex)
    # A condition holds what follows it in its own clause: "aunque también hay otros servicios (hago ...
    # intercambios)" concedes in one clause and offers in the next; "si compras enlaces, Google..." has the
    # match in the condition; "...al top 3 antes de fin de año" dates the promise.
    if lex.condition.search(said[lo - s : end - s]) and not (promise and lex.refund.search(said)):
        return True  # a hypothetical; a guarantee's own condition is still the guarantee
    if lex.warning.search(head) or lex.negation.search(head) or lex.others.search(head_written):
        return True  # "Lo que nunca hacemos:", "Lo que otras agencias te venden:"
    if lex.topic.search(said):
        return True  # the practice is what is talked about: "te explicamos cómo comprar enlaces"
    earlier = around.before and not writes and lex.history.search(low, *around.before)
    if lex.history.search(said) or earlier:
        return True  # the past, also from the sentence before unless the writer speaks for today
    short = len(said.split()) <= HEADING_WORDS
    before_match = len(said[: start - s].split())
    # A price sells on a short line of a price list ("Artículo con enlace dofollow: 50 €"), on a line that
    # opens with the practice ("Backlinks kaufen ohne Risiko: ... ab 59 Euro") and in the match itself ("50 €
    # por enlace"); in a longer sentence it is as often a review's or a news item's figure.
    priced = bool(lex.price.search(said)) and (short or before_match == 0)
    sells = (around.terms or priced or bool(lex.reader.search(written) or lex.reader.search(head_written))
             or bool(lex.price.search(head)) or bool(lex.price.search(low, start, end)))
    heading = short and (promise or (before_match <= 2 and not said.rstrip().endswith(".")))
    if not writes and not sells and not heading:
        return True  # nobody sells here: teaching, news, a description of others
    clause = said[lo - s : hi - s]  # the sentence with its reassurances already blanked
    if promise and lex.refund.search(said):
        # A money-back condition's own "not" ("si no llegas a la primera página, te devolvemos el dinero").
        clause = re.sub(r"\b(?:si no|wenn (?:\w+ ){0,3}nicht|falls (?:\w+ ){0,3}nicht)\b", " ", clause)
    if lex.negation.search(clause) or lex.asking.match(low, lo, start) or lex.verdict.search(low[end:e]):
        return True  # "no compramos enlaces"; "erkläre ich, wie..."; "Posicionamiento garantizado: ninguno"
    colon = said.rfind(":")
    if colon > end - s and lex.negation.search(said, colon):
        return True  # a list before a verdict: "Enlaces comprados, PBN...: todo eso queda fuera"
    # "Una PBN es...", "Linkkauf bedeutet...": the practice is being defined, unless the writer speaks.
    return not writes and bool(lex.defining.match(low, end, min(e, end + 40)))


def _header(low: str, spans: list[tuple[int, int]], i: int) -> tuple[int, int] | None:
    """The line ending in ':' that a list item (one item a line) sits under."""
    for j in range(i - 1, max(-1, i - 12), -1):
        if "\n" not in low[spans[j][1] : spans[j + 1][0]]:
            return None  # the list ends here
        if low[spans[j][0] : spans[j][1]].rstrip().endswith(":"):
            return spans[j]
    return None


def _word_end(low: str, end: int, limit: int) -> int:
    """The evidence runs to the end of the word it stops in ("automatisierten Backlink|aufbau")."""
    while end < limit and low[end].isalnum():
        end += 1
    return end


def _unwrapped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences with hard-wrapped lines joined: a line that stops mid-sentence (no closing punctuation)
    and a next line that goes on in lower case are one sentence, as terms pasted from a PDF are."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            ps, pe = out[-1]
            gap = text[pe:s]
            wrapped = gap.strip() == "" and gap.count("\n") == 1
            if wrapped and text[pe - 1] not in ".:;!?" and text[s].islower():
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def claims(text: str, low: str, spans: list[tuple[int, int]], lang: str) -> list[Claim]:
    """The claims a text in `lang` makes (`low`: its lower-cased copy, `spans`: its sentences), one per
    category and sentence, in text order."""
    lex = LEXICONS.get(lang)
    if lex is None:
        return []
    if len(low) != len(text):
        raise ValueError("low must be the text lower-cased to the same length (prefilter.lower_same_length)")
    low = low.replace("\xa0", " ")  # scraped pages put no-break spaces between a number and its word
    spans = _unwrapped(text, spans)
    terms = bool(lex.contract.search(text))
    out: list[Claim] = []
    for i, (s, e) in enumerate(spans):
        around = _Context(
            header=_header(low, spans, i),
            terms=terms,
            before=spans[i - 1] if i and "\n\n" not in low[spans[i - 1][1] : s] else None,
            after=spans[i + 1] if i + 1 < len(spans) else None,
        )
        for category, rx in lex.practices.items():
            for m in rx.finditer(low, s, e):
                if _governed(text, low, (s, e), m.start(), m.end(), category, lex, around):
                    continue
                out.append(Claim(category, m.start(), _word_end(low, m.end(), e)))
                break
    return sorted(out, key=lambda c: (c.start, c.category))
