"""Spanish and German texts: plain claims are found with their evidence, and the text still goes to a
reviewer; denials, warnings, definitions, questions and others' practices are not claims."""

from __future__ import annotations

import pytest

from matcher import redflags


def _found(text: str) -> tuple[set[str], list]:
    flags = redflags.detect(text, field="description")
    claims = [f for f in flags if f.category != "needs_human_reading"]
    assert any(f.category == "needs_human_reading" for f in flags), "a reviewer still reads the text"
    return {f.category for f in claims}, claims


@pytest.mark.parametrize(
    ("text", "category", "evidence"),
    [
        ("Vendemos enlaces dofollow en más de 500 periódicos digitales, con precios desde 50 euros por "
         "artículo publicado.", "paid_links", "Vendemos enlaces"),
        ("Garantizamos la primera página de Google en tres meses o te devolvemos el dinero de la "
         "campaña completa.", "guaranteed_rankings", "Garantizamos la primera página"),
        ("Con nuestra red de blogs privada posicionamos tu tienda online más rápido que cualquier "
         "agencia de la competencia.", "pbn", "red de blogs"),
        ("Wir bieten Gastartikel mit dofollow Backlink auf starken deutschen Magazinen ab 89 Euro pro "
         "Beitrag an.", "paid_links", "Gastartikel mit dofollow Backlink"),
        ("Wir garantieren Top-10 Platzierungen bei Google für Ihre wichtigsten Suchbegriffe, sonst "
         "zahlen Sie nichts.", "guaranteed_rankings", "garantieren Top-10"),
        ("Im Rahmen unseres Angebots zum automatisierten Backlinkaufbau erstellen wir Ihre Backlinks mit "
         "Hilfe von Software.", "automated_links", "automatisierten Backlinkaufbau"),
    ],
)
def test_plain_offers_in_spanish_and_german_are_claims_with_their_evidence(text, category, evidence):
    categories, claims = _found(text)
    assert category in categories
    claim = next(f for f in claims if f.category == category)
    assert evidence in claim.evidence
    assert text[claim.start : claim.end] == claim.evidence
    assert claim.stance == "offer"


@pytest.mark.parametrize(
    "text",
    [
        # denials
        "No compramos enlaces ni usamos redes de blogs privadas: conseguimos menciones con relaciones "
        "públicas digitales.",
        "Rankings können wir nicht garantieren, und wir kaufen keine Links für unsere Kunden ein.",
        # warnings and critique
        "Comprar enlaces puede hacer que Google penalice tu web y pierdas todo el tráfico orgánico.",
        "Linkkauf verstößt gegen die Richtlinien von Google und kann zu einer manuellen Maßnahme führen.",
        # definitions and teaching
        "Una PBN es una red de blogs que alguien controla para enlazar a sus propias páginas de dinero.",
        # questions and conditions
        "¿Es seguro comprar enlaces para mejorar el posicionamiento de una tienda online pequeña?",
        "Wenn eine Agentur Ihnen garantierte Top-10 Platzierungen verspricht, sollten Sie vorsichtig sein.",
        # someone else's offer, described
        "Anbieter wie diese bieten den Kauf von Links an, und auch in Foren kann man Links kaufen.",
        "En internet abundan las ofertas de paquetes de reseñas falsas que prometen resultados inmediatos.",
        # a definition that addresses the reader in general
        "Comprar enlaces es una táctica que consiste en pagar para que otras webs enlacen a tu sitio.",
        # what the writer explains is not what the writer does
        "Heute erkläre ich, wie private Blognetzwerke aufgebaut sind und woran man sie erkennt.",
        # someone else's words, quoted
        "Die Seite wirbt mit dem Slogan «Jetzt Google Bewertungen kaufen und sofort besser ranken» für 70 €.",
        # history
        "Hace años comprábamos enlaces automatizados por miles y subíamos en Google en pocas semanas.",
        # a third party as the subject
        "Manche Händler lassen sich dazu verleiten, gefälschte Rezensionen für 15 € pro Stück zu erwerben.",
        # cleaning the practice up is honest work
        "Revisamos tu perfil de enlaces y desautorizamos los enlaces comprados que dejó otra agencia.",
        "Wir finden gekaufte Links in Ihrem Profil und entfernen sie per Disavow-Datei.",
        "Link-Tausch ist riskant und wird von Google abgestraft.",
        # the practice as the topic of a guide, a podcast, a consultation
        "En esta guía te explicamos dónde comprar enlaces y por qué no lo recomendamos a nadie.",
        "In unserem Podcast besprechen wir Linkkauf mit zwei Juristen.",
        # a refusal after the list, a practice given up
        "Enlaces comprados, redes de blogs, granjas de enlaces: nada de eso hacemos.",
        "Durante años vendimos enlaces en nuestra red; ya no.",
        # a critic's sarcasm about sellers
        "Claro, y garantizamos el top 1 en 24 horas, como cualquier vendedor de humo.",
        # a list under a header that denies
        "Lo que nunca hacemos:\n- comprar enlaces\n- usar redes de blogs privadas\n- prometer la primera "
        "página",
    ],
)
def test_denials_warnings_definitions_and_questions_are_not_claims(text):
    categories, _ = _found(text)
    assert categories == set()


def test_a_list_under_the_writers_own_header_speaks_for_the_writer():
    categories, _ = _found("Nuestros servicios de posicionamiento:\n- venta de enlaces dofollow\n"
                           "- red de blogs privada para tus enlaces\n- auditoría técnica")
    assert categories == {"paid_links", "pbn"}


def test_an_honest_spanish_profile_gets_only_the_reviewers_reading():
    flags = redflags.detect(
        "Somos una agencia de marketing digital en Valencia. Hacemos auditorías técnicas, estrategia de "
        "contenidos y relaciones públicas digitales para conseguir menciones en medios de calidad.",
        field="description",
    )
    assert [f.category for f in flags] == ["needs_human_reading"]
    assert "reviewer reads it in full" in flags[0].reason


def test_the_writer_speaking_after_a_story_of_the_past_speaks_for_today():
    categories, _ = _found("Hace años comprábamos enlaces automatizados por miles. Hoy vendemos enlaces "
                           "dofollow en periódicos digitales desde 80 euros.")
    assert categories == {"paid_links"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a reassurance is no denial
        ("Vendemos enlaces en blogs de nicho sin ningún riesgo de penalización.", "paid_links"),
        ("Backlinks kaufen ohne Risiko: Gastartikel auf Fachportalen ab 59 Euro.", "paid_links"),
        # a money-back condition is no hypothetical
        ("Si no apareces en la primera página en 60 días, te devolvemos el dinero.", "guaranteed_rankings"),
        ("Sie zahlen nur, wenn Ihre Website auf Seite 1 steht.", "guaranteed_rankings"),
        # a heading of the seller's own page
        ("Top 5 en Google garantizado\nSomos una agencia de posicionamiento web de Valencia con diez "
         "años de experiencia.", "guaranteed_rankings"),
        ("Jetzt Backlinks kaufen!\nUnsere Agentur aus Köln betreut seit zehn Jahren Kunden aus dem "
         "Mittelstand.", "paid_links"),
        # German verb-second selling and a price per link
        ("Wir vermieten Links auf Startseiten starker Blogs.", "paid_links"),
        ("Enlaces en periódicos regionales desde 35 euros.", "paid_links"),
        # the links before the verb, a hyphenated exchange, SEO sold with a money-back guarantee
        ("Bei uns können Sie Textlinks zu vermarkten, ganz einfach.", "paid_links"),
        ("Wir bieten Link-Tausch mit über 500 Partnerseiten.", "paid_links"),
        ("Wir bieten Suchmaschinenoptimierung mit Geld-zurück-Garantie.", "guaranteed_rankings"),
    ],
)
def test_offers_in_their_usual_forms_are_claims(text, category):
    categories, _ = _found(text)
    assert category in categories


def test_an_ongoing_practice_is_not_history():
    categories, _ = _found("Vendemos enlaces desde hace años en más de 300 periódicos digitales de España "
                           "y Latinoamérica.")
    assert categories == {"paid_links"}


def test_terms_of_sale_speak_for_the_seller_in_every_sentence():
    categories, _ = _found(
        "Allgemeine Geschäftsbedingungen der Beispiel GmbH (im Folgenden Anbieter). Gegenstand ist die "
        "Erstellung von Backlinks für den Auftraggeber. Dabei erfolgt ein automatisierter Backlinkaufbau "
        "in Foren und Web 2.0 Profilen.")
    assert categories == {"automated_links"}


@pytest.mark.parametrize(
    "text",
    [
        "Unsere Linkplatzierungen werden als dofollow umgesetzt und sind lebenslang, ohne zeitliche "
        "Begrenzung.",
        "Wir bieten unbefristete Backlinks auf redaktionellen Portalen.",
        "Ofrecemos artículos patrocinados con enlaces de por vida en medios de tu sector.",
    ],
)
def test_a_placement_guaranteed_for_life_is_a_sold_link(text):
    categories, _ = _found(text)
    assert categories == {"paid_links"}


@pytest.mark.parametrize(
    "text",
    [
        "Wir bauen Links auf, die lebenslang Wert haben sollen: durch Inhalte, die Redaktionen freiwillig "
        "verlinken. Wir kaufen keine Links.",
        "Un enlace permanente (permalink) es la dirección fija de cada artículo de tu blog.",
    ],
)
def test_durable_earned_links_and_permalinks_are_not_sold_placements(text):
    categories, _ = _found(text)
    assert categories == set()


@pytest.mark.parametrize(
    "text",
    [
        "Además del SEO técnico, ofrezco linkbuilding con intercambios manuales entre blogs de mis clientes.",
        # A concession in one clause does not make the offer in the next a hypothetical.
        "Mis servicios son sobre todo técnicos, aunque algunos clientes los piden aparte (hago linkbuilding "
        "e intercambios manuales).",
    ],
)
def test_a_link_exchange_named_apart_from_its_links_is_an_offer(text):
    categories, _claims = _found(text)
    assert "paid_links" in categories


@pytest.mark.parametrize(
    "text",
    [
        "No hacemos intercambios de enlaces ni compramos backlinks.",
        "Ofrecemos linkbuilding natural: nada de intercambios ni enlaces comprados.",
        "Hay blogueros que te proponen intercambio de artículos con un enlace para un beneficio mutuo.",
        "Si haces intercambios de enlaces a gran escala, Google puede penalizar tu web.",
    ],
)
def test_a_refused_or_warned_of_exchange_is_not_an_offer(text):
    categories, _claims = _found(text)
    assert "paid_links" not in categories


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Nos comprometemos a situar tu web en la primera página de Google en seis meses.",
         "comprometemos a situar tu web en la primera página"),
        # "antes de" dates the promise; it is no condition
        ("Me comprometo a llevar tus palabras clave al top 3 antes de fin de año.", "comprometo a llevar"),
        ("Wir verpflichten uns, Ihre Website innerhalb von drei Monaten auf die erste Seite zu bringen.",
         "verpflichten uns"),
    ],
)
def test_a_commitment_to_a_position_is_a_ranking_guarantee(text, evidence):
    categories, claims = _found(text)
    assert "guaranteed_rankings" in categories
    assert evidence in next(f for f in claims if f.category == "guaranteed_rankings").evidence


@pytest.mark.parametrize(
    "text",
    [
        "Nos comprometemos a posicionar tu negocio con técnicas éticas y transparentes.",
        "No nos comprometemos a ninguna posición concreta: nadie puede prometer la primera página.",
        "Wir verpflichten uns zu transparenten Ranking-Berichten jeden Monat.",
        "Wir verpflichten uns zu keiner Platzierung auf Seite 1, denn das kann niemand seriös versprechen.",
    ],
)
def test_a_commitment_to_honest_work_or_to_no_position_is_not_one(text):
    categories, _claims = _found(text)
    assert "guaranteed_rankings" not in categories


def test_a_condition_after_an_offer_conditions_it_and_one_before_a_practice_is_advice():
    assert "paid_links" in _found("Compramos enlaces en periódicos si el cliente lo pide.")[0]
    for advice in ("Antes de comprar enlaces, comprueba siempre la autoridad del dominio.",
                   "Bevor Sie Backlinks kaufen, prüfen Sie die Domain gründlich."):
        assert not _found(advice)[0], advice


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Garantizamos la primera página en 7 días.", {"guaranteed_rankings", "unrealistic_timeline"}),
        ("Garantizamos la primera página en 60 días.", {"guaranteed_rankings"}),
        ("Wir garantieren Platz 1 bei Google innerhalb von 7 Tagen.",
         {"guaranteed_rankings", "unrealistic_timeline"}),
        ("Wir garantieren Platz 1 bei Google innerhalb von 30 Tagen.", {"guaranteed_rankings"}),
    ],
)
def test_an_unrealistic_timeline_is_days_long_in_every_language(text, categories):
    """The rubric's unrealistic timeline is days or a few weeks, as the English rules read it (up to three
    weeks): a month or two is an ambitious ranking promise, not a days-long one."""
    found, _claims = _found(text)
    assert found == categories


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Te conseguimos 100 backlinks de calidad cada mes para tu tienda online.", True),
        ("Für Ihren Onlineshop bauen wir 50 Backlinks pro Monat auf starken Magazinen auf.", True),
        ("No prometemos 100 enlaces al mes para tu tienda: nadie honesto puede hacerlo.", False),
        ("Wir versprechen Ihnen keine 50 Backlinks pro Monat für Ihren Onlineshop.", False),
    ],
)
def test_a_count_of_links_every_month_is_a_promised_count(text, flagged):
    categories, _ = _found(text)
    assert ("guaranteed_link_count" in categories) is flagged
