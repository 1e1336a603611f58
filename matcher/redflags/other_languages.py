"""Spanish and German texts: read for the plainest red-flag claims before a person reads them in full.

The learned engine reads English only (its models and its corpus are English), so a text in another
language still goes to a reviewer (`needs_human_reading`). Spanish and German are the two other languages of
our market, though, and a link seller writing in them should not sit in buyers' shortlists, merely ranked
lower, until someone gets to it. So a Spanish or German text is first read by these patterns: a match is a
claim, with its evidence, only where the sentence speaks as a seller (first or second person, an
imperative, a price or a contract's terms), is not a question, a condition or a definition, carries no
warning or critique, and no negation stands in the match's clause ("no compramos enlaces", "Rankings
können wir nicht garantieren"). Precision before recall: what the patterns miss, the reviewer still reads.

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
    condition: re.Pattern  # the sentence is a condition or about someone else's offer
    defining: re.Pattern  # right after the practice: the sentence defines it
    writer: re.Pattern  # the writer speaks: "we", "our", "I" (on the text as written)
    reader: re.Pattern  # the writer addresses its buyer: "you", an opening imperative (as written)
    parties: re.Pattern  # a contract's parties or wording ("el cliente", "im Folgenden"): terms of sale
    price: re.Pattern  # a price with its amount: the sentence sells
    contrast: re.Pattern  # a clause boundary that lifts a negation ("pero", "sondern")
    asking: re.Pattern  # a clause opened by an interrogative: what is explained ("cómo", "wie")
    history: re.Pattern  # the sentence, or the one before it, tells of the past ("hace años", "damals")
    others: re.Pattern  # a third party is the subject (on the text as written: German nouns are capitalised)


_NUM = r"\d[\d.,]*"
_LINKS_ES = r"(?:enlaces|links|backlinks|v[ií]nculos)"
_LINK_ES = r"(?:enlaces?|links?|backlinks?|v[ií]nculos?)"
_LINKS_DE = r"(?:backlinks|textlinks|links|verlinkungen)"
_LINK_DE = r"(?:backlinks?|textlinks?|links?|verlinkung(?:en)?)"

SPANISH = Lexicon(
    practices={
        "paid_links": _rx(
            rf"\b(?:compra|venta|comprar|vender|vendemos|vendo|compramos|alquiler|alquilar|alquilamos)"
            rf"(?: de)? {_LINKS_ES}",
            rf"\b{_LINKS_ES} (?:de pago|pagados|comprados|vendidos|a la venta|en venta)",
            rf"\d[\d.,]*\s?(?:€|euros?) (?:por|cada) {_LINK_ES}\b",
            rf"\bintercambi(?:o|os|ar|amos)(?: de)? {_LINKS_ES}",
            rf"\bart[ií]culos? patrocinados?\b[^.\n]{{0,80}}(?:\b{_LINK_ES}\b|dofollow)",
            rf"\b{_LINK_ES} do-?follow\b[^.\n]{{0,60}}"
            r"(?:€|euros?|\$|precio|comprar|pedido)",
            r"\b(?:guest ?posts?|posts? invitados?) (?:de pago|patrocinados?)\b",
            rf"\bplataforma de (?:compra|venta|compraventa) de {_LINKS_ES}",
            r"\blink ?building de pago\b",
        ),
        "guaranteed_rankings": _rx(
            r"\bposicionamiento garantizado\b",
            r"\b(?:primera p[aá]gina|primeras posiciones|primer puesto|primera posici[oó]n|top ?\d{1,2}|"
            r"posiciones?|resultados)(?: de google)? garantizad[oa]s?\b",
            r"\bgaranti(?:zamos|zado|zada|za|a)\b[^.\n]{0,40}\b(?:primera p[aá]gina|primeras posiciones|"
            r"primer puesto|primera posici[oó]n|top ?\d{1,2}|posicionarte|posicionar tu|estar en (?:el|la) "
            r"(?:primer|primera|top))",
            r"\b(?:si no|o te devolvemos|devoluci[oó]n del dinero)\b[^.\n]{0,60}\b"
            r"(?:primera p[aá]gina|top ?\d|posici[oó]n|posicionamos)",
            r"\bpago por (?:resultados|posici[oó]n|posicionamiento)\b",
        ),
        "guaranteed_link_count": _rx(
            rf"\b{_NUM} {_LINKS_ES}(?: de calidad| dofollow| do-follow)?[^.\n]{{0,20}}\b(?:garantizad|"
            r"(?:da|dr|pa|tf) ?\d|por (?:solo |sólo )?\d|€|euros)",
            rf"\bgaranti(?:zamos|zado|za)\b[^.\n]{{0,30}}\b{_NUM} {_LINKS_ES}",
        ),
        "pbn": _rx(
            r"\bpbns?\b",
            r"\bred(?:es)? (?:privada|privadas)? ?de (?:blogs|webs|sitios|dominios)\b",
            r"\bred(?:es)? de (?:blogs|webs|sitios) privad[oa]s?\b",
            r"\bnuestra red de (?:blogs|webs|sitios|medios|dominios)\b",
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
            r"\b(?:contactos?|acuerdo|relaci[oó]n especial) (?:en|con) google\b",
        ),
        "unrealistic_timeline": _rx(
            r"\b(?:primera p[aá]gina|top ?\d{1,2}|posicionad[oa]s?|indexad[oa]s?|resultados) en "
            r"(?:solo |sólo |apenas |menos de )?(?:\d{1,2}|veinticuatro|cuarenta y ocho|unas?|pocas?) "
            r"(?:horas|d[ií]as)\b",
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
        ),
    },
    negation=re.compile(r"\b(?:no|nunca|jam[aá]s|ni|sin|tampoco|nada de|evit\w*|prohib\w*|rechaz\w*|"
                        r"olv[ií]date|dejamos de|ning[uú]n\w*)\b"),
    warning=re.compile(
        r"\b(?:penali[zc]\w*|castig\w*|sanci[oó]n\w*|peligros\w*|riesgos?\w*|cuidado|desconf[ií]\w*|estafa\w*|"
        r"fraude\w*|enga[nñ]\w*|malas? pr[aá]cticas?|directrices|pol[ií]ticas? de (?:spam|google)|"
        r"infring\w*|viola\w*|desaconsej\w*|no recomend\w*|black ?hat|spam\w*|ojo con|alerta)\b"
    ),
    condition=re.compile(r"(?:^|[\s¿¡(])(?:si|cuando|aunque|podr[ií]a\w*|ser[ií]a\w*)\b"),
    defining=re.compile(r"\W*(?:\w+\W+){0,2}?(?:es|son|consiste|consisten|significa|se (?:refiere|denomina|"
                        r"llama|conoce|trata))\b"),
    writer=re.compile(r"(?i)\b(?:nosotros|nuestr[oa]s?|yo|mis?|me|ofrezco|vendo|garantizo|hago|trabajo|"
                      r"\w{2,}(?:amos|emos|imos))\b"),
    reader=re.compile(r"(?i)\b(?:te|tu|tus|t[uú]|usted|ustedes)\b|"
                      r"(?i:^\W*(?:compra|consigue|contrata|pide|solicita|obt[eé]n|aumenta|mejora|descubre)\b)"),
    parties=re.compile(r"(?i)\b(?:(?:el|del|al|los|sus) (?:cliente|clientes|proveedor|prestador|contratante)|"
                       r"en adelante|en lo sucesivo|objeto del contrato|condiciones generales)\b"),
    price=re.compile(r"(?i)\d[\d.,]*\s?(?:€|euros?\b|eur\b)|[€$]\s?\d"),
    contrast=re.compile(r"\b(?:pero|sino|aunque|mientras)\b"),
    asking=re.compile(r"\W*(?:c[oó]mo|qu[eé]|por qu[eé]|cu[aá]ndo|d[oó]nde|cu[aá]l\w*)\b"),
    # "desde hace años" and "hace años que" are ongoing: "vendemos enlaces desde hace años".
    history=re.compile(r"(?<!desde )\bhace (?:unos |muchos |varios )?(?:a[nñ]os|d[eé]cadas?)\b(?! que)|"
                       r"\b(?:antiguamente|en el pasado|en su d[ií]a|por aquel entonces|"
                       r"en aquella [eé]poca)\b"),
    others=re.compile(r"(?i)\b(?:(?:muchas|algunas|otras|ciertas|las) "
                      r"(?:agencias|empresas|webs|tiendas|marcas)|(?:muchos|algunos|otros|ciertos) "
                      r"(?:seos?|profesionales|proveedores|vendedores|negocios)|"
                      r"hay (?:agencias|empresas|quienes)|la mayor[ií]a de)\b"),
)

GERMAN = Lexicon(
    practices={
        "paid_links": _rx(
            rf"\b{_LINKS_DE}[- ]?(?:kaufen|verkaufen|mieten|kauf|verkauf|miete)\b",
            rf"\b(?:kaufen|verkaufen|mieten) sie (?:\w+ ){{0,3}}{_LINKS_DE}",
            r"\b(?:backlink|link)(?:kauf|verkauf|miete|tausch|handel)\w*\b",
            rf"\b(?:ge|ver)kaufte[nr]? {_LINKS_DE}",
            rf"\d[\d.,]*\s?(?:€|euro) (?:pro|je|f[uü]r einen) {_LINK_DE}\b",
            rf"\bbezahlte[nr]? {_LINKS_DE}",
            rf"\b(?:gastartikel|gastbeitr[aä]ge?|gastbeitrag|artikel|blogartikel|beitr[aä]ge?) mit "
            rf"(?:\w+ ){{0,2}}(?:do-?follow[- ]?)?{_LINK_DE}\b[^.\n]{{0,60}}"
            r"(?:€|euro|preis|buchen|kaufen|bestellen)",
            r"\blinkplatzierung(?:en)? (?:buchen|kaufen|bestellen)\b",
            r"\bsponsored posts? (?:mit|inklusive) (?:do-?follow|backlink|link)",
        ),
        "guaranteed_rankings": _rx(
            r"\b(?:top[- ]?\d{1,2}|seite[- ]1|erste[- ]seite|platz[- ]1|platzierungs?|ranking|positions?)"
            r"[- ]?garantie\b",
            r"\bgarantier\w* (?:\w+ ){0,2}(?:top[- ]?\d{1,2}|platz|platzierung(?:en)?|rankings?|erste seite|"
            r"seite 1|positionen)\b",
            r"\b(?:top[- ]?\d{1,2}|platz \d|seite 1|erste(?:n)? seite|platzierung(?:en)?|rankings?|"
            r"positionen)\b[^.\n]{0,40}\bgarantier(?:t|en|e)\b",
            r"\bgeld[- ]zur[uü]ck[^.\n]{0,60}\b(?:platz|seite 1|erste seite|top ?\d|ranking|platzierung)",
            r"\b(?:bezahlung|zahlung|abrechnung) (?:nur )?(?:bei|nach) erfolg\b",
        ),
        "guaranteed_link_count": _rx(
            rf"\b{_NUM} {_LINKS_DE}[^.\n]{{0,25}}"
            r"\b(?:garantiert|(?:da|dr|pa|tf) ?\d|f[uü]r (?:nur )?\d|€|euro)",
            rf"\bgarantier\w* {_NUM} {_LINKS_DE}",
        ),
        "pbn": _rx(
            r"\bpbns?\b",
            r"\b(?:private[sn]?|eigene[sn]?) (?:blog|seiten|website|webseiten)[- ]?netzwerk",
            r"\bblog-?netzwerk\w*\b",
            r"\bunser(?:em|es)? (?:blog|seiten|website)?[- ]?netzwerk\b",
            rf"\b(?:expired|abgelaufene[n]?) domains?\b[^.\n]{{0,60}}\b{_LINKS_DE}",
        ),
        "automated_links": _rx(
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
            r"\b(?:kontakte?|beziehungen|draht) zu google\b",
        ),
        "unrealistic_timeline": _rx(
            r"\b(?:top[- ]?\d{1,2}|seite 1|erste seite|platz \d|rankings?|indexiert|indexierung|ergebnisse)"
            r"\b[^.\n]{0,20}\b(?:in|innerhalb|binnen) (?:von )?(?:nur )?"
            r"(?:\d{1,2}|wenigen|ein(?:em|er)?) (?:stunden|tagen|tag)\b",
            r"\bsofort(?:ige)? (?:rankings?|ergebnisse|platzierung(?:en)?|top)\b",
        ),
        "deceptive_tactics": _rx(
            r"\bcloaking\b",
            r"\b(?:br[uü]cken|doorway)[- ]?(?:seiten|pages?)\b",
            r"\bversteckte[rn]? (?:text|texte|links)\b",
            r"\bnegative[sn]? seo\b",
            r"\b(?:gef[aä]lschte|fake)[- ]?(?:bewertungen|rezensionen)\b",
            r"\b(?:bewertungen|rezensionen) (?:kaufen|verkaufen)\b",
        ),
    },
    negation=re.compile(r"\b(?:nicht|nie|niemals|kein\w*|ohne|weder|verzicht\w*|verboten|vermeid\w*|"
                        r"statt|anstatt|lehnen)\b"),
    warning=re.compile(
        r"\b(?:abgestraft|abstrafung\w*|penalty|strafe\w*|bestraf\w*|gef[aä]hrlich\w*|risiko\w*|riskant\w*|"
        r"vorsicht|finger weg|unseri[oö]s\w*|betrug\w*|betr[uü]ger\w*|verst[oö][sß]\w*|richtlinien|"
        r"abzocke\w*|black ?hat|spam\w*|warn\w*|abraten|schaden|schadet|manuelle ma[sß]nahme\w*)\b"
    ),
    condition=re.compile(r"(?:^|[\s(])(?:wenn|falls|sofern|zum beispiel|beispielsweise|k[oö]nnte\w*|"
                         r"w[uü]rde\w*|w[aä]re\w*|kann man|man kann)\b"),
    defining=re.compile(r"\W*(?:\w+\W+){0,2}?(?:ist|sind|bezeichnet|bedeutet|bedeuten|versteht man|"
                        r"nennt man|meint|besteht|bestehen)\b"),
    writer=re.compile(r"(?i)\b(?:wir|uns|unser\w*|ich|mein\w*|mir|mich)\b"),
    # Formal "Sie"/"Ihr" only as written: lower-case "sie" and "ihr" are "they", "her", "their".
    reader=re.compile(r"\b(?:Sie|Ihr|Ihre[mnrs]?|Ihnen)\b|(?i:\b(?:du|dein\w*|dir|dich|jetzt)\b)"),
    parties=re.compile(r"(?i)\b(?:der kunde|des kunden|dem kunden|den kunden|auftraggeber\w*|"
                       r"auftragnehmer\w*|der anbieter|des anbieters|vertragspartner\w*|im folgenden|"
                       r"nachstehend|allgemeine gesch[aä]ftsbedingungen|vertragsgegenstand)\b"),
    price=re.compile(r"(?i)\d[\d.,]*\s?(?:€|euro\b|eur\b)|[€$]\s?\d"),
    contrast=re.compile(r"\b(?:aber|sondern|jedoch|doch|w[aä]hrend)\b"),
    asking=re.compile(r"\W*(?:wie|warum|weshalb|wieso|was|ob|wann|wo)\b"),
    history=re.compile(r"\b(?:fr[uü]her|damals|einst|vor (?:einigen |vielen |ein paar )?jahren|"
                       r"in der vergangenheit)\b"),
    others=re.compile(r"\b(?:[Vv]iele|[Mm]anche|[Ee]inige|[Aa]ndere|[Dd]ie meisten) "
                      r"(?!Backlinks|Links|Textlinks|Gastartikel|Artikel)[A-ZÄÖÜ]\w+"),
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


# A quotation: someone else's words ("wirbt mit dem Slogan «Jetzt Bewertungen kaufen»").
_QUOTED = re.compile(r"[«„“\"‚]([^«»„“”\"‚‘’\n]{3,400})[»“”\"‘’]")


def _quoted(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the match stands inside a quotation that is not the whole sentence."""
    s, e = sentence
    for m in _QUOTED.finditer(text, s, e):
        if m.start(1) <= start and end <= m.end(1):
            return m.end() - m.start() < 0.9 * (e - s)
    return False


def _governed(text: str, low: str, sentence: tuple[int, int], start: int, end: int, lex: Lexicon,
              header: tuple[int, int] | None, terms: bool, before: tuple[int, int] | None) -> bool:
    """Whether something other than the speaker's own offer holds the match; `header` is the line a
    list item sits under; `terms`: the text names a contract's parties, so it is the seller's terms and
    each of its sentences speaks for the seller (the rubric's settled point 6); `before`: the previous
    sentence of the same paragraph."""
    s, e = sentence
    written = text[s:e]
    head_written = text[header[0] : header[1]] if header else ""
    said, head = low[s:e], head_written.lower()
    if _quoted(text, sentence, start, end):
        return True
    if "?" in said or "¿" in said:
        return True  # a question: asked, not offered
    if lex.warning.search(said) or lex.condition.search(said) or lex.others.search(written):
        return True  # a warning, a condition, a third party's doing ("manche Geschäftsinhaber...")
    if lex.warning.search(head) or lex.negation.search(head):
        return True  # "Lo que nunca hacemos:", "Finger weg von:"
    writes = bool(lex.writer.search(written) or lex.writer.search(head_written))
    # History in the sentence, or in the one before unless this one has the writer speak for itself ("Hace
    # años era muy fácil... comprabas enlaces automatizados", but "Hace años... Hoy vendemos enlaces").
    if lex.history.search(said) or (before and not writes and lex.history.search(low, *before)):
        return True
    sells = terms or any(rx.search(t) for rx in (lex.reader, lex.price) for t in (written, head_written))
    if not writes and not sells:
        return True  # nobody sells here: teaching, news, a description of others
    lo, hi = _clause(low, sentence, start, end, lex)
    if lex.negation.search(low, lo, hi) or lex.asking.match(low, lo, start):
        return True  # "no compramos enlaces"; "erkläre ich, wie private Blognetzwerke aufgebaut sind"
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
    spans = _unwrapped(text, spans)
    terms = bool(lex.parties.search(text))
    out: list[Claim] = []
    for i, (s, e) in enumerate(spans):
        header = _header(low, spans, i)
        before = spans[i - 1] if i and "\n\n" not in low[spans[i - 1][1] : s] else None
        for category, rx in lex.practices.items():
            for m in rx.finditer(low, s, e):
                if _governed(text, low, (s, e), m.start(), m.end(), lex, header, terms, before):
                    continue
                out.append(Claim(category, m.start(), _word_end(low, m.end(), e)))
                break
    return sorted(out, key=lambda c: (c.start, c.category))
