"""Red-flag engine: claims against their honest mirror images, exact spans, limits, robustness, and the
quality on the held-out split measured by the real pipeline."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from matcher import redflags
from matcher.redflags import (
    CATEGORIES,
    RedFlag,
    TextTooLong,
    corpus,
    detect,
    detect_fields,
    detect_many,
    evaluation,
)

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module", autouse=True)
def _model():
    """Load the model and the example banks once for the whole module."""
    redflags.warm_up()


# --- what must not be flagged: refusals, warnings about others, past results, service guarantees -------
MUST_NOT = [
    "We never buy links",
    "No one can guarantee a #1 ranking, and we won't",
    "30-day money-back guarantee on our audit",
    "We guarantee a report every month",
    "Our outreach earned 40 links last quarter",
    "Anyone who sells you 1,000 backlinks is putting your site at risk",
    # our own wording, one per mechanism
    "We will never sell links or accept payment for placements.",
    "Agencies that promise page-one rankings in a week are lying to you.",
    "Beware of anyone offering guaranteed first-page results.",
    "If a vendor claims to have contacts inside Google, walk away.",
    "Link exchanges and paid links are not part of our process.",
    "Doorway pages? Never.",
    "Do you sell backlinks? No.",
    "In 2023 we helped a roofing company reach the top three for 'roof repair'.",
    "We aim to secure around 10 links a month, but the number varies.",
    "We hope to double your organic leads, but we can't promise it.",
    "We audit backlink profiles to find PBN links and paid placements.",
    "A previous SEO had cloaked the homepage, which we fixed.",
    "We guarantee human-written content, never AI spam.",
    "Ranking reports are delivered within 48 hours of month end.",
    "We use software to track rankings and report on backlinks.",
    "We ask happy clients to leave a review on Google.",
    "Sponsored articles we arrange are labelled and use rel=sponsored links.",
    "Page one isn't something anyone can promise, but we'll work hard to get you closer.",
    "We don't have contacts at Google, and we'd be suspicious of anyone who claims to.",
    "Our 'secret' is just consistent, high-quality outreach.",
]

# --- what must be flagged, with the category ------------------------------------------------------------
MUST = [
    ("We guarantee page-one rankings in 30 days", "guaranteed_rankings"),
    ("Get 50 high-DA backlinks, guaranteed", "guaranteed_link_count"),
    ("Links placed on our private network of 300 blogs", "pbn"),
    ("We submit your site to 5,000 directories automatically", "automated_links"),
    ("Our secret method, we can't reveal it", "undisclosed_methods"),
    ("your site will sit at the top of Google within weeks", "guaranteed_rankings"),
    # our own wording
    ("If you're not in the top 3 after 60 days, you get every cent back.", "guaranteed_rankings"),
    ("You can count on a 50% jump in organic visits by the end of Q1.", "guaranteed_rankings"),
    ("We are the only agency that can promise first page in Google for any keyword.", "guaranteed_rankings"),
    ("Forty quality links a month, every month, no excuses.", "guaranteed_link_count"),
    ("We compensate webmasters for adding your link to their best-performing pages.", "paid_links"),
    ("Links on high-traffic news sites can be bought through us at wholesale rates.", "paid_links"),
    ("All links come from a set of 400 websites our agency controls.", "pbn"),
    ("We acquire expired domains with great backlink profiles and 301 them to your site.", "pbn"),
    ("Our bots leave comments with your URL on blogs in your niche every hour.", "automated_links"),
    ("Tell us the phrase and we'll make it the anchor on every backlink we build.", "anchor_manipulation"),
    ("Our methods? Proprietary.", "undisclosed_methods"),
    ("We've got a guy at Google who looks after our clients.", "undisclosed_methods"),
    ("We'll have your new domain ranking tomorrow.", "unrealistic_timeline"),
    ("We serve one version of the page to search engines and another to visitors.", "deceptive_tactics"),
    ("Want a rival gone from the rankings? We can take care of that.", "deceptive_tactics"),
]


# The engine is learned from real text, not tuned to these sentences: they are a floor on behaviour a
# provider would notice, measured as a whole (what each one gives is printed on failure).
MUST_NOT_FLOOR = 0.80  # measured 22 of 26
MUST_FLOOR = 0.55  # measured on the shipped model; see the note


def test_honest_statements_are_not_flagged():
    results = {
        text: [f.category for f in flags] for text, flags in zip(MUST_NOT, detect_many(MUST_NOT), strict=True)
    }
    wrong = {t: c for t, c in results.items() if c}
    assert 1 - len(wrong) / len(MUST_NOT) >= MUST_NOT_FLOOR, wrong


def test_claims_are_flagged():
    found = detect_many([t for t, _ in MUST])
    missed = {t: c for (t, c), flags in zip(MUST, found, strict=True) if c not in {f.category for f in flags}}
    assert 1 - len(missed) / len(MUST) >= MUST_FLOOR, missed


@pytest.mark.parametrize(
    "text",
    [
        "We never buy links",
        "We never sell links or accept payment for placements.",
        "Agencies that promise page-one rankings in a week are lying to you.",
        "Agencies that promise to increase your DA by 30 points are selling a vanity metric.",
        "Domain authority is a third-party metric, not a Google ranking factor.",
        "We own no sites other than our own company website.",
        "Last quarter we earned 42 links for a fintech client from publications like Forbes.",
        "We don't sell link packages or 'DA50+' bundles; every link is earned through outreach.",
        "Our team also knows tour operators and booking sites well, with 19 projects delivered.",
        "Nobody can honestly guarantee results in organic search.",
        "We are tired of agencies that guarantee page one rankings.",
        # a sentence that only extends a denial inherits it
        "We never buy links. This includes link exchanges and PBN placements.",
        # the writer on the receiving end of someone else's offer
        "Every week we get pitched by sites that want to sell us links.",
        "Search engines frown upon purchased links, so every link we build is earned.",
        # a cap on links is a rule for contributors, not a promised count
        "Limit: a maximum of 2 do-follow backlinks per guest post.",
        # an estimate is not a promise (RUBRIC.md: realistic estimates are clean)
        "We build around 10 backlinks per month for most clients.",
        # a condition without a remedy, a remedy for no result, someone else's guarantee described
        "If your site doesn't rank, check the technical issues first.",
        "If you're unhappy with the report, we'll redo it for free.",
        "You don't pay until the work starts.",
        "The money-back clause applies only if they can't show ranking improvement on obscure keywords.",
        "If your traffic does not grow, that is not a reason for a refund.",
        "Your article will remain online for at least 12 months. After that, we may update or remove it.",
        "If a link we earned is later removed by the editor, we tell you in the monthly report.",
        # a plan's quota is a cap, not a promised count; history and its modals
        "In our Galaxy Plan, you have a limit of 3000 links per month.",
        "Before the first Penguin update, you could go wild with your anchor text.\n\nYou could use 100% "
        "exact match anchors for all of your backlinks and you would rank.",
        "Back in 2012 we bought links from PBNs.",
        # a refusal in the next sentence, a figure given as an example, a guideline's permission
        "I get requests for us to sell links all the time. We don't do that.",
        "When you give say 200 pages with 5 links on each page to the pool, you get roughly 1,000 ads back.",
        "Guest authors are allowed to include 2 links in the body of the article.",
        # what exists and what others offer, described
        "There are companies that sell links. For a price they can get you links on any page.",
        "There are many automated programs that will place your link on hundreds of FFA sites.",
        "Yesterday I received a link exchange request from someone who liked my blog.",
        # a kind defined, not a product presented; a shop's name for what is not links
        "A link marketplace is a platform where publishers sell placements.",
        "We optimise your Amazon marketplace listings so that shoppers find your products.",
        # the promise set aside ("instead of") is declined, whatever the rest of the sentence guarantees
        "Instead of guaranteeing a specific rank, we guarantee the quality of the work that moves rankings.",
        "We host our company website and our blog on different hosting providers for resilience.",
        "We host client staging sites on separate servers for security.",
        "We never publish paid posts without a sponsored label.",
        # cleaning links up is the remedy, whatever stage reads it
        "We review your existing link profile, flag toxic domains and prepare disavow files.",
        # ...and so is winning back the links a client already earned
        "Our link reclamation service recovers links you've lost from broken pages.",
        "We reclaim unlinked brand mentions by asking editors to add the link.",
        # a condition on the client's knowledge or mood, a payment for work, an earned link made good,
        # outranking, one's own content, a question about others, an audit's advice
        "If you don't know your current rankings, our first audit is free of charge.",
        "If you're not happy with the results of our audit, you get your money back.",
        "You only pay when the work is done and you approve the results.",
        "If a link is lost during our monthly audit, we tell you and help you recover it for free.",
        "We track your competitors and watch their rankings drop as yours climb.",
        "We write blog posts for your own site, published without any sponsored label since it is yours.",
        "We get a lot of questions about providers offering guaranteed SEO, so here is our honest answer.",
        "Our audit will show how to grow your domain authority above 30 over time.",
        # an aim, whichever stage reads it
        "Our goal is to increase your traffic by 50% this year.",
        # a critique of such guarantees
        "Guarantees for a page 1 ranking are worth absolutely nothing if they don't name the phrase.",
        'One promises "guaranteed page 1 rankings in 60 days." Another offers "500 backlinks for $299."',
    ],
)
def test_denials_and_warnings_are_not_flagged(text):
    assert detect(text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Get 50 high-DA backlinks, guaranteed", "guaranteed_link_count"),
        ("We guarantee page-one rankings in 30 days", "guaranteed_rankings"),
        ("We submit your site to 5,000 directories automatically", "automated_links"),
        # a promised rise of a third-party authority score is a ranking promise (RUBRIC.md, point 3)
        ("We guarantee your Domain Authority will rise by 20 points in six months.", "guaranteed_rankings"),
        ("We guarantee a DA increase of at least 10 points.", "guaranteed_rankings"),
        ("We will work for free until you reach a top-five position.", "guaranteed_rankings"),
        ("Our private network of 300 aged domains passes authority to your site.", "pbn"),
        ("We guarantee first page rankings on Google for any keyword within 30 days, or your money back.",
         "guaranteed_rankings"),
        # results as such, promised or as the condition of payment (RUBRIC.md, settled point 2)
        ("Our SEO packages come with guaranteed results or a full refund.", "guaranteed_rankings"),
        ("No results, no fee: you pay only when we deliver results.", "guaranteed_rankings"),
        # the writer describing itself in more than one word before the noun is still the writer
        ("We are a small results-driven agency that guarantees page one rankings.", "guaranteed_rankings"),
        # an approximate count sold as a package is still a promised count
        ("Get approximately 100 backlinks for $50.", "guaranteed_link_count"),
        # a product presented in a definition's form is the seller's own
        ("Automatic Backlinks is a service that enables webmasters to quickly build up backlinks by "
         "displaying links to other users' sites on their own pages.", "automated_links"),
        ("Link wheels are what we build: 30 Web 2.0 sites per order.", "automated_links"),
        # the people the writer serves are its customers, not a third party it describes
        ("We help people buy cheap links.", "paid_links"),
        ("We help affiliates build PBNs fast.", "pbn"),
        # a result guaranteed through its remedy or through when the client pays
        ("If we don't reach the agreed growth target, you get your money back.", "guaranteed_rankings"),
        ("If no ranking progress is achieved within 90 days, month four is provided at no charge.",
         "guaranteed_rankings"),
        ("If we do not get you into the map pack within four months, we keep working at no cost.",
         "guaranteed_rankings"),
        ("You won't pay a cent until your site reaches page one.", "guaranteed_rankings"),
        ("No first page, no fee.", "guaranteed_rankings"),
        ("You pay per top-10 keyword per month; no ranking, no bill.", "guaranteed_rankings"),
        ("We offer guaranteed SEO services for dentists.", "guaranteed_rankings"),
        # a sold link's life answered for in other words than "placement guarantee"
        ("If an article or link is deleted within 30 days, we commit to refunding you.", "paid_links"),
        ("Free protection against link deletion for 3 months.", "paid_links"),
        ("Every placement is guaranteed to stay live for at least one year.", "paid_links"),
        # a history that comes back to today is today's practice
        ("Back in 2012 we started our blog network, and we still place client links on it.", "pbn"),
        ("We sell links on 500 blogs. We don't do PBNs.", "paid_links"),
        ("We offer, for example, 20 guest posts a month on DA50+ sites.", "guaranteed_link_count"),
        ("There are many services that sell links, but ours is the cheapest: 50 backlinks for $20.",
         "paid_links"),
        ("For a price, our team will place your links on high-DA blogs.", "paid_links"),
        ("Welcome to the largest guest post marketplace on the web.", "paid_links"),
        ("Rather than selling links, we guarantee first page rankings in 30 days.", "guaranteed_rankings"),
        ("We will increase your traffic by 50% in six months.", "guaranteed_rankings"),
        ("We will increase your Domain Authority to 50 within 3 months.", "guaranteed_rankings"),
        # a network's hosting kept apart, which only a PBN needs
        ("Every blog in our network is hosted on a different IP to avoid footprints.", "pbn"),
        # a paid placement passed off as editorial
        ("Your paid article is published without any sponsored label.", "paid_links"),
        # the session's scope checks do not hide what is sold or guaranteed around them
        ("In 2025 our agency guarantees first page rankings in 30 days.", "guaranteed_rankings"),
        ("Before the next core update, grab 100 PBN links for $49.", "pbn"),
        ("The first package offers 100 guaranteed backlinks for $99.", "guaranteed_link_count"),
        ("There are three services to choose from, each with guaranteed page 1 rankings in 30 days.",
         "guaranteed_rankings"),
        ("Give us your top 5 keywords; we guarantee they will hit the first page of Google.",
         "guaranteed_rankings"),
        ("We receive many inquiries from businesses wanting to buy backlinks from our network of 300 blogs.",
         "pbn"),
        ("Our Gold plan, for example, includes 100 guaranteed backlinks per month.", "guaranteed_link_count"),
        ("Max package: 100 backlinks for $99.", "guaranteed_link_count"),
        ("We remove toxic backlinks and replace them with paid links from our network of 300 blogs.",
         "pbn"),
        ("Cheap links are useless, so we sell high-DA PBN links for $50 each.", "paid_links"),
        ("Your paid article is published as regular editorial content, not marked as sponsored.",
         "paid_links"),
        # negative SEO in other verbs, the rival named in the question before
        ("Tired of your competitor outranking you? We can make their rankings drop.", "deceptive_tactics"),
    ],
)
def test_plain_offers_are_flagged(text, category):
    assert category in {f.category for f in detect(text)}


def test_what_a_visitors_click_does_is_no_link_building_and_no_deadline():
    text = ("Pages appeared one way in the results, but when the link was clicked, the user was "
            "automatically redirected. Visitors will be immediately redirected to another page.")
    assert not {f.category for f in detect(text)} & {"automated_links", "unrealistic_timeline"}


def test_finding_shape_and_reason():
    (flag,) = [f for f in detect("Get 50 high-DA backlinks, guaranteed", field="description")]
    assert isinstance(flag, RedFlag)
    d = flag.as_dict()
    assert set(d) == {"category", "severity", "start", "end", "evidence", "reason", "field", "stance"}
    assert d["stance"] == "offer"
    assert (d["category"], d["severity"], d["field"]) == ("guaranteed_link_count", "high", "description")
    assert f'"{flag.evidence}"' in flag.reason
    assert flag.source in ("rule", "model")


def test_spans_are_exact_on_every_dev_line():
    lines = (DATA / "redflags_dev.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    texts = [r["text"] for r in rows]
    for text, flags in zip(texts, detect_many(texts), strict=True):
        seen = set()
        for f in flags:
            assert text[f.start : f.end] == f.evidence and f.evidence.strip()
            assert f.category in CATEGORIES and f.severity in ("high", "medium", "low")
            assert (f.category, f.start) not in seen
            seen.add((f.category, f.start))


def test_one_finding_per_category_and_sentence():
    flags = detect("We guarantee #1 rankings, guaranteed first page, guaranteed top 3. We sell links.")
    cats = [f.category for f in flags]
    assert cats.count("guaranteed_rankings") == 1 and cats.count("paid_links") == 1


def test_a_case_study_reports_results_but_admits_practices():
    """A result in a case study is past work, not a promise; a practice it admits still counts."""
    result = "Appointment requests from organic search rose 44% and map visibility improved at 31 clinics."
    assert detect_fields({"case_studies[0].summary": result}) == []
    practice = "We bought 40 dofollow guest posts on partner blogs for this client."
    assert "paid_links" in {f.category for f in detect_fields({"case_studies[0].summary": practice})}
    promise = "We guarantee first page rankings for every keyword we accept."
    assert "guaranteed_rankings" in {f.category for f in detect_fields({"case_studies[0].summary": promise})}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("100% more organic leads for an online store. Organic sign-ups grew 43% within 10 months after we "
         "improved on-page structure.", set()),
        ("100% more organic leads, guaranteed.", {"guaranteed_rankings"}),
        ("Double your traffic, 100% guaranteed.", {"guaranteed_rankings"}),
    ],
)
def test_a_hundred_percent_that_is_the_figure_is_no_promise_word(text, named):
    """"100% more organic leads" heads a case study with its result; "100%" vouches only where it is not
    the figure itself ("100% guaranteed")."""
    assert {f.category for f in detect_fields({"case_studies[0].title": text})} == named


def test_detect_fields_names_fields_and_offsets():
    fields = {"description": "Honest outreach only.", "methodology": "Hi. We sell dofollow links on blogs."}
    flags = detect_fields(fields)
    assert [(f.field, f.category) for f in flags] == [("methodology", "paid_links")]
    f = flags[0]
    assert fields["methodology"][f.start : f.end] == f.evidence


def test_detect_many_matches_detect():
    texts = ["We sell dofollow links.", "", "We never sell links.", "Rank #1 in 24 hours."]
    many = detect_many(texts)
    one_by_one = [[f.as_dict() for f in detect(t)] for t in texts]
    assert [[f.as_dict() for f in flags] for flags in many] == one_by_one


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n", None])
def test_empty_text(text):
    assert detect(text) == []


def test_text_too_long():
    with pytest.raises(TextTooLong, match="100,001"):
        detect("x" * 100_001)
    with pytest.raises(TextTooLong):
        detect("We sell links.", max_chars=5)
    with pytest.raises(TextTooLong):
        detect_many(["ok", "y" * 100_001])
    with pytest.raises(TextTooLong):
        detect_fields({"description": "z" * 200_000})
    assert issubclass(TextTooLong, ValueError)
    assert detect("a" * 100_000) == []


PATHOLOGICAL = {
    "one long word": "a" * 100_000,
    "digits and commas": "1," * 50_000,
    "repeated trigger": "guarantee " * 10_000,
    "hash ones": "#1 " * 33_334,
    "numbers and links": "1,000 links " * 8_400,
    "claims without punctuation": "we guarantee top rankings and cheap links for you " * 2_000,
    "dense claims": "We sell 50 PBN links! Buy now? " * 3_300,
    "negations": "not never no don't " * 5_300,
    "brackets and symbols": "((($ £ € % + - ' \" ))) " * 4_200,
    "unique anchored sentences": " ".join(
        f"Our network of {i} writers ranks on page {i}." for i in range(2500)
    ),
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_input_is_handled_within_the_contracts_time(name):
    text = PATHOLOGICAL[name][:100_000]
    # The contract: at most a second per 10,000 characters. Measured in CPU time (neighbours cannot inflate
    # it) and held to half of that over the 2 threads the model may use: 5 s for 100,000 characters. Linear
    # work takes 0.1 to 2.2 s here (2026-12-07, a slower machine than the 2.0 s this test once held);
    # anything quadratic in the text's length takes minutes.
    start = time.process_time()
    flags = detect(text)
    assert time.process_time() - start < len(text) / 10_000 / 2
    assert all(text[f.start : f.end] == f.evidence for f in flags)


def test_synthetic_heldout_quality():
    """The sentences we wrote, through the real pipeline with the default engine: measured 0.915
    (0.926 before the passage-wide decision of 1b76d21)."""
    rows = corpus.load_synthetic(corpus.SYNTHETIC_HELDOUT)
    result = evaluation.evaluate(rows, evaluation.engine_predict)
    assert result.f1 >= 0.89, result


@pytest.mark.parametrize(
    ("engine", "min_f1", "max_clean"),
    # Measured 0.613 / 7.8% (learned) and 0.385 / 16.6% (rules) on 2026-12-07 at 12:08, the split's tenth
    # reading (460 texts since the sixth corpus round), and the same at 14:26 and 16:33 (rules 0.380 /
    # 16.2%), its eleventh and twelfth, each at the end of a session's work (bench/RESULTS.md); 0.617 / 8.1%
    # (rules 0.387 / 16.2%) at 18:18, its thirteenth, and the same at 20:07 and 22:05, its fourteenth and
    # fifteenth (the last on a machine without AVX512-BF16, the model in float32), and at 2026-12-08 00:36,
    # its sixteenth (rules 0.380 / 16.2%, float32), and 0.622 / 8.1% (rules 0.387 / 16.2%) at 02:58, its
    # seventeenth (AVX512-BF16), and the same at 04:36 (rules 0.388 / 15.9%), its eighteenth (an Intel Xeon
    # with AMX); nothing was tuned on it.
    [("learned", 0.58, 0.095), ("rules", 0.35, 0.19)],
)
def test_real_text_quality_on_the_held_out_split(monkeypatch, engine, min_f1, max_clean):
    """Real, sourced text no rule or weight was tuned on (the test split, hosts unseen in training),
    through the real pipeline: the figures reported in bench/RESULTS.md, less a small margin."""
    monkeypatch.setenv("VETTING_ENGINE", engine)
    result = evaluation.evaluate(corpus.load("test"), evaluation.engine_predict)
    assert result.f1 >= min_f1 and result.clean_flag_rate <= max_clean, result


@pytest.mark.parametrize(
    "text",
    [
        "We don't sell links, buy PBNs or promise page one rankings.",
        "We never buy links, run private blog networks or promise rankings.",
    ],
)
def test_a_denial_of_several_practices_gives_no_finding(text):
    """A denial lists practices; one negation in front of the list covers every one of them."""
    from matcher.redflags import context

    assert context.denies_a_practice(text.lower())
    assert detect(text) == []


def test_a_phrase_that_starts_with_no_is_not_a_denial():
    """'No hidden fees' negates the fees, not the offer that follows: the model's findings stand."""
    from matcher.redflags import context

    assert not context.negated_right_before("no ", "hidden fees on any package")
    assert context.negated_right_before("we don't ", "sell links")
    assert not context.denies_a_practice("no hidden fees: 50 da50+ dofollow guest posts for $499.")
    assert {"paid_links", "guaranteed_link_count"} <= {
        f.category for f in detect("No hidden fees: 50 DA50+ dofollow guest posts for $499.")
    }


def test_the_passage_score_blends_the_gate_with_the_most_claim_like_sentence():
    """Scored.score: the calibrated blend, capped where the heads' practice is one no sentence names."""
    from matcher.redflags.decide import OFF_TOPIC_CAP, Scored, Thresholds

    t = Thresholds(gate=0.4, category=0.3, rule_passage=0.4, blend=0.5)
    named = Scored(None, read=0.9, heads=0.9, category="pbn", sentence=0, topical=True)
    unnamed = Scored(None, read=0.9, heads=0.9, category="pbn", sentence=0, topical=False)
    assert named.score(t) == pytest.approx(0.9)
    assert unnamed.score(t) == OFF_TOPIC_CAP


def test_rare_category_rules_need_the_passage_score():
    """A rule's match in a rare category stands only where the passage reaches `rare_passage`."""
    from matcher.redflags.decide import Thresholds

    shipped = Thresholds.shipped()
    assert shipped.rare_passage > 0 and shipped.fallback > shipped.gate


def test_the_gate_reads_a_passage_alike_however_its_sentences_are_hashed():
    """Each sentence's character n-grams are hashed once and summed per passage (speed): the counts must
    be those of the passage's whole text, bullets, missing spaces and overlong passages included."""
    from matcher.redflags import features, gate

    texts = [
        "We build links. Every link is placed by hand! Is it safe? Yes, and we report monthly.",
        "• We sell PBN links.•Cheap packages.\n- Guaranteed first page in 7 days.\n\nNo refunds.",
        "Our plan.We guarantee rankings.Call us e.g. today. " + "long words " * 200 + "Done.",
        "",
    ]
    docs = [features.Doc("text", t) for t in texts]
    for doc in docs:
        features.prepare(doc)
    features.matrix(docs)
    flat = [p for doc in docs for p in gate.passages(doc)]
    assert len({id(p.doc) for p in flat}) == 3  # every text with a red-flag subject
    whole = gate._CHARS.transform([p.doc.text[p.start : p.end] for p in flat])
    assert abs(whole - gate.char_counts(flat)).sum() == 0


def test_the_claim_reader_tells_an_offer_from_a_warning_in_the_same_words():
    """The fine-tuned reader reads stance from the whole passage: the seller's offer is a claim, the same
    practice named in a warning or a denial is not."""
    from matcher.redflags import reader

    claim, category = reader.shipped().probabilities([
        "We sell dofollow links on high-DA blogs, $50 per link, placed within 48 hours.",
        "Sites that sell dofollow links on high-DA blogs put every client at risk of a Google penalty.",
        "We never buy links or use private blog networks.",
    ])
    offer, warning, denial = claim
    assert offer > 0.5 > max(warning, denial), claim
    paid = reader.shipped().categories.index("paid_links")
    assert category[0].argmax() == paid


def test_the_engine_reads_with_the_reader_only_what_could_change_a_decision():
    """The engine runs the reader (its costliest stage) only on passages where its reading could change a
    claim (Scored.worth_reading); calibration read every passage. Both must give the same claims, with the
    shipped veto, with the reader's share of the score and with its acceptance below the gate."""
    from dataclasses import replace

    from matcher.redflags import features, gate, model, reader, rules
    from matcher.redflags.decide import Thresholds, claims, score_passages

    rows = corpus.load("dev")[:80]
    docs = [features.Doc("text", r["text"]) for r in rows]
    for doc in docs:
        features.prepare(doc)
    x = features.matrix(docs)
    category, offer = model.shipped().probabilities(x)
    hits = [rules.rule_hits(doc, x) for doc in docs]
    every = score_passages(docs, x, category, offer, gate.shipped(), reader.shipped())
    shipped = Thresholds.shipped()
    assert shipped.reader_veto > 0
    # The setting calibration chose with the reader's share (2026-12-06; not shipped: see training.py).
    weighted = replace(shipped, gate=0.5, fallback=0.6, reader_weight=0.5, reader_veto=0.0, reader_floor=0.15)
    # Accepting below the gate: read also where the centre names a practice.
    accepting = replace(shipped, reader_accept=0.85, reader_floor=0.0)
    for t in (shipped, weighted, accepting):
        chosen = score_passages(docs, x, category, offer, gate.shipped(), reader.shipped(), t)
        if t is not accepting:  # dev snippets name a practice in nearly every passage: accepting reads them
            assert sum(s.reader is not None for group in chosen for s in group) < sum(map(len, chosen)) / 2

        def decided(scored, doc, doc_hits, t=t):  # scores may differ in the last bits: batches pad apart
            return [(c.category, c.start, c.end, c.source) for c in claims(doc, doc_hits, category, offer,
                                                                           scored, t)]

        for doc, doc_hits, a, b in zip(docs, hits, every, chosen, strict=True):
            assert decided(a, doc, doc_hits) == decided(b, doc, doc_hits)


def test_the_reader_confirms_a_common_practice_and_leaves_patterns_and_rare_ones_alone():
    """The reader vetoes a claim the sentence heads and the gate propose where it reads the passage as no
    claim (an honest provider naming where its links come from). It keeps out of a pattern's match (plain
    sales copy, which it saw little of: "we buy placements" read 0.3 to it) and of the rare categories,
    whose real examples it has too few of ("an undisclosed technique" is a secret method however it reads)."""
    from matcher.redflags import detect

    honest = ("Links come from industry directories with real buyer use, such as Thomasnet, trade "
              "association member lists and supplier databases.")
    assert detect(honest, "methodology") == []
    seller = detect("We sell guest posts on high-DA blogs, $80 per link.")
    assert {f.category for f in seller} == {"paid_links"}
    buyer = detect("We buy placements on high-traffic sites so you don't have to negotiate with webmasters.")
    assert "paid_links" in {f.category for f in buyer}
    secret = detect("We use an undisclosed technique that Google hasn't caught on to yet.")
    assert "undisclosed_methods" in {f.category for f in secret}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("We can get you to the top spot on Google in two weeks.",
         {"guaranteed_rankings", "unrealistic_timeline"}),
        ("Your store will outrank its rivals on Google within 90 days, guaranteed.", {"guaranteed_rankings"}),
        ("We will get your store onto the first page of Google within 90 days, guaranteed.",
         {"guaranteed_rankings"}),
        ("We'll get you 50 guaranteed backlinks from high authority sites within 7 days.",
         {"guaranteed_link_count"}),
        ("Pay us only when your keywords hit the top 10. No rankings, no invoice.", {"guaranteed_rankings"}),
        ("We'll raise your Moz DA from 20 to 40, guaranteed.", {"guaranteed_rankings"}),
        ("We can raise your DA from 20 to 40 in about a year, though we can't promise it.", set()),
        ("We raised a client's DA from 20 to 40 last year.", set()),
        ("We guarantee you a DA 50 site within 6 months.", {"guaranteed_rankings"}),
        ("We helped make it a DA 50 site over three years.", set()),
        ("We use your money keywords as the anchor text of every link we build.", {"anchor_manipulation"}),
        ("Our team uses expired domains with strong backlink profiles and redirects them to your site.",
         {"pbn"}),
        ("We build tiered links: tier 1 guest posts, tier 2 web 2.0s, tier 3 mass comments.",
         {"automated_links"}),
        ("We build 40 tier 1 links a month.", {"guaranteed_link_count"}),
        ("We post your link on 100 high-PR edu and gov sites.", {"guaranteed_link_count"}),
        ("We've got a guy at Google who looks after our clients.", {"undisclosed_methods"}),
        ("Thanks to our contacts inside Google, your site is never penalised.", {"undisclosed_methods"}),
    ],
)
def test_a_finding_names_only_the_practices_its_sentence_states(text, named):
    """A finding's reason is what the provider reads. Every sentence about rankings names Google: "keeps its
    methods secret" needs a tie to Google (someone there, contacts inside). And the rubric's unrealistic
    timeline is days or a few weeks, for a result: page one within 90 days is a ranking guarantee, not a
    days-long one, and links delivered within 7 days are a count. Any link seller's sites have "high
    authority": that names no network of the provider's own. Anchor text is a link's: keywords that rank
    name none. A domain's backlink profile is no profile a tool made. A promised rise of the client's own
    authority score is a ranking guarantee (RUBRIC.md, settled point 3), unless the sentence takes its
    promise back, or reports it done. A link tier ("tier 1") is a kind of link, no count of them."""
    assert {f.category for f in detect(text)} == named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("We build 8 to 12 high-quality links per month, depending on your niche and budget.", set()),
        ("We tailor every campaign to fit your budget, building links through outreach to real editors.",
         set()),
        ("On average we secure 6 to 10 links a month, though it varies by industry.", set()),
        ("We guarantee 10 links per month, depending on your package.", {"guaranteed_link_count"}),
    ],
)
def test_a_link_volume_that_varies_is_an_estimate_and_a_clients_budget_no_trade(text, named):
    """An honest agency says how many links a month it usually earns and that the number depends on the
    niche and the budget: no fixed count is promised, and a budget the work is fitted to buys no links.
    Said outright ("we guarantee"), the count is still one."""
    assert {f.category for f in detect(text)} == named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("We offer content marketing and link building. We plan and write the guides, comparison pages and "
         "articles your buyers read before they buy.", set()),
        ("We write buying guides and reviews for ecommerce stores that turn readers into buyers.", set()),
        ("Shoppers ready to purchase find your product pages first.", set()),
        ("We earn editorial links from trade publications through personal outreach for Shopify brands.",
         set()),
        ("We work with plumbers, electricians and other trades.", set()),
        ("We trade links with other agencies' sites.", {"paid_links"}),
        ("Scaling organic funded accounts for a payments start-up. We rewrote titles, headings and internal "
         "links across 40 key pages. Within 18 months, organic funded accounts were up 175%.", set()),
        ("Our customers buy guest posts on 5,000 blogs through our platform.", {"paid_links"}),
        ("Clients who buy backlinks from us get a free replacement if one drops.", {"paid_links"}),
        ("We write 5-star reviews for your Google Business Profile.", {"deceptive_tactics"}),
        ("Buy 50 Google reviews from real-looking accounts.", {"deceptive_tactics"}),
    ],
)
def test_the_clients_customers_buying_and_editorial_reviews_are_no_trade_in_links_or_reviews(text, named):
    """A content agency writes for the client's buyers, who buy the client's goods; a payments start-up is a
    client's trade, and the trade press a publisher; buying guides and product reviews are articles. None of
    them buys links or fakes reviews. Customers buying guest posts, or reviews written to pose as customers',
    still are."""
    assert {f.category for f in detect(text)} == named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Our pricing starts at $1,500 per month for link building.", set()),
        ("We monitor your competitors' backlinks to find link opportunities.", set()),
        ("We analyse your backlink profile and find gaps against competitors.", set()),
        ("We track every link with our own software.", set()),
        ("We sell link building packages from $99.", {"paid_links"}),
        ("We track every backlink we buy for you.", {"paid_links"}),
        ("We monitor every link we place and replace any that drop.", {"paid_links"}),
    ],
)
def test_a_price_for_link_building_work_and_research_into_links_trade_no_links(text, named):
    """An agency prices its link building as work (a monthly fee), and studies its client's and rivals'
    backlinks: neither sells a link. A package of links sold, or links bought and then tracked, still is."""
    assert {f.category for f in detect(text)} == named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("We build thousands of links with our in-house software every day.", {"automated_links"}),
        ("We create forum profiles using our own bots.", {"automated_links"}),
        ("We build links using tools like Ahrefs to find prospects.", set()),
    ],
)
def test_links_built_with_the_sellers_own_software_are_automated(text, named):
    """The seller's own software builds the links; research tools that find prospects build none."""
    assert named <= {f.category for f in detect(text)}
    assert named or detect(text) == []


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("The Client shall pay monthly in advance. The Agency guarantees placement in the top 10 results for "
         "at least 5 of the agreed keywords.", {"guaranteed_rankings"}),
        ("Under this agreement, the Company will deliver 50 backlinks per month to the Client.",
         {"guaranteed_link_count"}),
        ("The Client acknowledges that the Agency cannot guarantee any specific ranking position.", set()),
        ("The client told us the agency guaranteed first page rankings within a month.", set()),
        ("If the agency guarantees #1 rankings, the client should walk away.", set()),
    ],
)
def test_terms_between_parties_speak_for_the_agency_they_name(text, named):
    """Terms of service name the writer as a party ("the Agency", "the Company") beside "the Client": there
    the agency's guarantee is the writer's own, not a third party's it reports. A client's story about the
    agency it hired, or advice about agencies, is still not."""
    assert {f.category for f in detect(text)} == named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("We run our own network of industry newsletters with 50,000 subscribers.", set()),
        ("Our own network of journalists covers every major outlet.", set()),
        ("Links from our own network of 300 niche sites.", {"pbn"}),
        ("We use our own network to boost your rankings.", {"pbn"}),
    ],
)
def test_a_network_of_people_or_newsletters_is_no_network_of_sites(text, named):
    assert {f.category for f in detect(text)} == named


def test_a_pitch_question_does_not_take_the_evidence_of_the_offer_after_it():
    """The finding quotes the sentence that sells the links, not the question before it, whose passage
    reads as the same claim."""
    found = detect("Why pay more? Get 500 dofollow backlinks for just $29.")
    assert {f.category for f in found} == {"paid_links", "guaranteed_link_count"}
    assert all("Why pay more" not in f.evidence for f in found)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Every article stays live for a minimum of 12 months; if it is removed earlier, we publish a "
         "replacement for free.", {"paid_links"}),
        ("Your blog posts stay live on your own site permanently, and we replace outdated statistics every "
         "year.", set()),
        ("Articles remain published for at least one year.", set()),
    ],
)
def test_a_placements_lifetime_backed_by_a_replacement_is_a_sold_link(text, named):
    """A seller backs the life of a placement on someone else's site with a free replacement, as others
    do with a guarantee; a site's own posts kept up to date are no placement."""
    assert {f.category for f in detect(text)} == named


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Skip the outreach: we already own the sites, so your links go live the same day.", "pbn"),
        ("Links from our sister sites are included in every package.", "pbn"),
        ("Our links are indistinguishable from natural editorial links, so Google can't tell they're paid.",
         "paid_links"),
    ],
)
def test_owned_sites_and_links_passed_off_as_editorial_are_named(text, category):
    assert category in {f.category for f in detect(text)}


@pytest.mark.parametrize(
    "text",
    [
        "We don't own the sites we get links from; editors decide.",
        "Even Google can't tell they're paid, which is exactly why paid links are a risk for you.",
    ],
)
def test_owning_no_sites_and_warning_of_hidden_paid_links_are_not_claims(text):
    assert detect(text) == []


def test_partners_blogs_are_paid_placements_not_the_sellers_own_network():
    """RUBRIC.md, settled point 4: a PBN needs sites the speaker owns or runs. "Our partner blogs" are
    other people's sites the seller pays."""
    partner = detect("Each quarter we guarantee 40 links from sites with DR 70 or higher, placed in "
                     "editorial articles on magazines and blogs from our partner portfolio.")
    assert "pbn" not in {f.category for f in partner}
    assert "guaranteed_link_count" in {f.category for f in partner}
    owned = detect("Links come from our own portfolio of blogs, each on separate hosting, so no footprint.")
    assert "pbn" in {f.category for f in owned}


NEGATIVE_SEO_OFFERS = [
    "We order thousands of spammy links to your competitor's site so Google penalises them.",
    "Need an edge? We can send thousands of toxic links to your competitor's site.",
    "Need an edge? Our team runs campaigns against the sites that outrank you. Your competitor will get hit "
    "with spammy links until Google penalises them.",
]
NEGATIVE_SEO_WARNINGS = [
    "Your competitors may be building toxic links to your site.",
    "Negative SEO is when someone sends spammy links to your site to get it penalised.",
    "If your competitor gets penalised by Google, your rankings may rise.",
    "Beware of agencies offering to send toxic links to your competitor's site.",
    "We protect you when a competitor attacks your site with spammy links.",
    "It is possible to achieve good rankings simply by building low quality links to your competitors.",
]


@pytest.mark.parametrize("text", NEGATIVE_SEO_OFFERS)
def test_a_penalty_aimed_at_the_buyers_rival_is_negative_seo_on_offer(text):
    """The issue's own example: a penalty threatened at a competitor is an offer of negative SEO, not a
    warning, though its words ("spammy", "toxic", "penalises") are a warning's."""
    assert "deceptive_tactics" in {f.category for f in detect(text)}


@pytest.mark.parametrize("text", NEGATIVE_SEO_WARNINGS)
def test_negative_seo_aimed_at_the_reader_or_taught_is_no_offer(text):
    assert detect(text) == []


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Need links from our private blog network? Contact us for pricing.", {"pbn"}),
        ("Do you guarantee first page rankings? Yes, in writing.", {"guaranteed_rankings"}),
        ("Do you buy links? No, never.", set()),
        ("Wondering whether our links are paid? They never are.", set()),
        ("Do you use PBNs? We don't. Every link is earned through outreach.", set()),
        ("Can you guarantee rankings? Absolutely not.", set()),
        ("Want to buy backlinks? Ask us why that is a bad idea.", set()),
    ],
)
def test_a_question_is_read_with_its_answer(text, named):
    """An FAQ's question takes the stance of its answer: yes, or a sales pitch for the writer's own goods
    or with a call to act on it, is an offer; no is a denial."""
    assert {f.category for f in detect(text)} == named


def test_a_pattern_in_a_sentence_where_no_one_speaks_needs_the_readers_assent():
    """A definition or a description of how others work names the practice with no speaker in it: where the
    reader reads the passage as no claim, the pattern's match does not stand. A speaker's own sales copy
    keeps it whatever the reader says."""
    from matcher.redflags import detect

    for definition in ("Most PBNs consist of expired domains with their old backlink profiles intact.",
                       "PBNs tend to be built on expired domains with strong backlink profiles."):
        assert detect(definition) == []
    assert "pbn" in {f.category for f in detect("We point links from our private blog network at your site.")}
    # A sales headline speaks in the imperative, whatever its verb.
    for headline in ("Be number one on Google tomorrow.", "Reach the top of Google in 48 hours."):
        assert {"guaranteed_rankings", "unrealistic_timeline"} <= {f.category for f in detect(headline)}


@pytest.mark.parametrize(
    "text",
    [
        "The sales pitch was always the same: page one of Google within a week, or your money back.",
        "A stranger called and launched into his pitch. Guaranteed first page rankings for $500 a month.",
        "Another e-mail arrived today. “Hello, we would like to buy a sitewide link on your blog. We can pay "
        "$150 a year for it.”",
    ],
)
def test_someone_elses_words_are_reported_not_offered(text):
    assert detect(text) == []


def test_the_writers_own_frame_introduces_its_own_offer():
    found = detect("Here is what we promise: page one rankings within 30 days, guaranteed.")
    assert "guaranteed_rankings" in {f.category for f in found}
    extended = detect("We offer link building. This includes paid links from high-DA blogs.")
    assert "paid_links" in {f.category for f in extended}


def test_a_list_is_read_under_its_header():
    """A bullet is a fragment: what it means depends on the header above it. Practices listed under a
    header that denies or warns are not offered; a fragment under the writer's own list of services is."""
    from matcher.redflags import detect

    never = "What we never do:\n• buy links\n• use private blog networks\n• promise page one"
    assert detect(never, "methodology") == []
    warned = "Red flags to watch for in an agency:\n- guaranteed rankings\n- cheap link packages\n- PBNs"
    assert detect(warned) == []
    offered = ("Our SEO services include:\n• Keyword research\n• A steady flow of links from the private "
               "network of websites we run\n• Monthly reporting")
    assert "pbn" in {f.category for f in detect(offered)}
    header = "Our link building services include:\n- Digital PR campaigns\n- Broken link building"
    assert detect(header) == []
    # the header lends its voice to a pattern's match, not to a bullet that merely resembles an example
    services = ("Our SEO services may include (but are not limited to):\n- Researching phrases and keywords "
                "to select appropriate, relevant search terms.\n- Monthly ranking reports")
    assert detect(services) == []
    heard = ("Typical pitches you may have heard from an SEO vendor:\n1. We will get you on page one, "
             "guaranteed!\n2. You will outrank your competitors in 30 days!")
    assert detect(heard) == []


def test_rankings_named_as_a_goal_are_not_a_ranking_promise():
    """However sure the readings are, a sentence that names rankings without committing to anything (no
    promise or future word, position, figure or deadline) is every agency's goal, not a ranking promise."""
    import numpy as np

    from matcher.redflags.decide import Scored, Thresholds, claims
    from matcher.redflags.features import Doc, prepare
    from matcher.redflags.gate import Passage
    from matcher.redflags.registry import CLAIM_CATEGORIES

    def decided(text: str) -> set[str]:
        doc = Doc("description", text)
        prepare(doc)
        doc.rows = list(range(len(doc.candidates)))
        category = np.zeros((len(doc.rows), len(CLAIM_CATEGORIES)), dtype=np.float32)
        category[:, CLAIM_CATEGORIES.index("guaranteed_rankings")] = 0.95
        offer = np.ones(len(doc.rows), dtype=np.float32)
        scored = [Scored(Passage(doc, i, *doc.spans[i], [row]), 0.95, 0.95, "guaranteed_rankings", i, True)
                  for i, row in zip(doc.candidates, doc.rows, strict=True)]
        t = Thresholds(gate=0.5, category=0.3, rule_passage=0.4)
        return {c.category for c in claims(doc, [], category, offer, scored, t)}

    assert decided("We help you build backlinks and improve your search engine rankings.") == set()
    assert decided("We guarantee better search engine rankings.") == {"guaranteed_rankings"}
    assert decided("Your rankings will improve within 30 days.") == {"guaranteed_rankings"}


@pytest.mark.parametrize(
    "text",
    [
        # an inch mark or a mismatched quote is no quotation
        'Our office has a 27" screen for every analyst. We sell PBN links. Guaranteed page one in 30 days.',
        "Clients call us “the ranking guys\". We guarantee page one in 30 days.",
        # a field that is one quotation is the writer's own words
        '"We sell PBN links from our private network."',
        # a list ends at a line of prose: the header above it does not govern what follows
        "What we never do:\n- miss deadlines\n- hide fees\n\nWhat we sell\nWe sell 100 PBN links per month.",
        # headers that deny nothing listed
        "Don't have time for SEO? Here's what you get:\n• 100 PBN links\n• Guaranteed #1 ranking in 2 weeks",
        "Risk-free packages:\n• 100 PBN links\n• Guaranteed #1 ranking on Google in 2 weeks",
        # only a denial of a practice carries to the sentence that extends it
        "No setup fees. This includes 100 PBN links and guaranteed page one in 30 days.",
        "We don't do half measures. This includes 100 PBN links every month.",
        # the writer's own pitch, framed or not
        "The pitch is simple: we guarantee page one rankings in 30 days or your money back.",
        "Everyone promises. We deliver: guaranteed #1 rankings in 14 days.",
        "We get contacted by hundreds of clients every month because we guarantee page one rankings.",
        # "max" that caps nothing; a deadline given as an estimate is still a deadline
        "Max package: 200 backlinks guaranteed every month.",
        "We'll get you to page one in about 2 weeks.",
        # a quoted keyword beside the writer's own deadline, or a quoted package name, quotes no query
        "We get you ranking for 'emergency plumber' in 10 days.",
        "We guarantee first page rankings in 14 days for terms like 'plumber london'.",
        "Our 'Page One in 30 Days' package is our most popular.",
        # the first result is a position; a figure whose next clause does not say it varies is firm
        "Be the first result on Google in 7 days.",
        "We build 10 links a month; the number never varies.",
    ],
)
def test_scope_checks_do_not_hide_plain_offers(text):
    assert detect(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "I'm constantly seeing freelancers who guarantee page one rankings in 7 days.",
        "I am annoyed at agencies that sell PBN links.",
        "We promise to share results openly every month.",
        "Be careful with offers like these:\n• guaranteed rankings in a week\n• cheap link packages",
        # the figures of a quoted search query or keyword are the query's, not a promise
        "We write itinerary pages that rank for high-intent searches like 'South Island road trip 10 days'.",
        'Our guides rank for keywords such as "48 hours in Lisbon" and "Rome in 3 days".',
        # early results in months are an expectation, not the first result on Google
        "Expect first results in 3 to 6 months; we do not promise rankings.",
        # a figure the next clause says varies is an estimate
        "We build 4 to 6 editorial links a month through outreach; the number depends on what editors "
        "accept.",
    ],
)
def test_scope_checks_do_not_flag_the_honest(text):
    assert detect(text) == []


def test_a_definition_of_a_practice_is_teaching_unless_the_writer_sells_it():
    for definition in ("Paid links are links bought for money to pass PageRank.",
                       "A link wheel is actually a network of Web 2.0 pages linking to each other.",
                       "Cloaking means showing Google one page and visitors another."):
        assert detect(definition) == [], definition
    assert "pbn" in {f.category for f in detect(
        "A PBN is a private blog network where we find expired domains and link them to your site.")}
    assert "paid_links" in {f.category for f in detect(
        "Link exchange is the most effective way to increase your link popularity!")}


@pytest.mark.parametrize(
    "text",
    [
        # the practice heads a compound subject, and what the definition names is part of it
        "A link wheel is actually a network made up of pages you create on different Web 2.0 sites to help "
        "promote and build links to your main web site.",
        "Link farms are groups of websites that all link to each other to game PageRank.",
        # people who use a practice, described
        "Affiliates value PBNs for the control they provide.",
    ],
)
def test_teaching_text_about_a_practice_is_no_offer(text):
    assert detect(text) == []


def test_reviews_are_a_deceptive_practice_only_when_bought_sold_or_faked():
    """An agency reviews link profiles and answers a client's reviews; selling or faking reviews is the
    practice."""
    from matcher.redflags import rules

    assert not rules.on_topic("deceptive_tactics", "we review your link profile and answer your reviews.")
    assert not rules.on_topic("deceptive_tactics", "ask happy customers to leave a review.")
    assert not rules.on_topic("deceptive_tactics", "we help you earn more real, positive reviews.")
    for offer in ("buy 5-star google reviews, non-drop guaranteed.", "we sell verified amazon reviews.",
                  "reviewers are paid once each review stays live for 7 days."):
        assert rules.on_topic("deceptive_tactics", offer), offer
    found = detect("Buy 5-star Google reviews, non-drop guaranteed.")
    assert "deceptive_tactics" in {f.category for f in found}


def test_a_deadline_in_bare_minutes_or_hours_is_a_timeline():
    """"In mere minutes" and "in hours" promise as "in 10 minutes" does; a reply time is service."""
    for promise in ("Authority Indexer gets your links indexed in mere minutes, absolutely guaranteed!",
                    "Get ranked in hours, guaranteed."):
        assert "unrealistic_timeline" in {f.category for f in detect(promise)}, promise
    assert detect("We reply to every message in minutes.") == []


def test_a_reader_trained_for_other_categories_is_refused(tmp_path):
    from matcher.redflags import reader

    with pytest.raises(reader.ReaderMismatch, match="re-train|training"):
        reader.load(("paid_links", "pbn"), reader.READER_PATH)


def test_a_providers_own_name_is_not_read_as_a_claim():
    """"First Page NZ Ltd" names a company; its terms promise nothing. The same company's promise is still
    found, and the evidence quotes the original words, name and all."""
    from matcher.redflags import detect_fields_many

    terms = {"description": "These terms and conditions apply in respect of all work undertaken by First "
                            "Page NZ Ltd (NZBN 9429050497485). By engaging First Page NZ Ltd with their "
                            "business, the clients accept the following terms."}
    assert detect_fields_many([terms], provider_names=["First Page NZ Ltd"])[0] == []
    # A name that reads as a promise on its own (the engine retrained 2026-12-06 no longer misreads the
    # one above even unmasked): masked, it is no claim. In the writer's voice, so that what is read
    # unmasked is the name and not a borderline reading of speakerless terms (which moved across CPUs).
    guaranteed = {"description": "At Page One Guaranteed Ltd we build websites and run local SEO for trades "
                                 "in Auckland."}
    assert {f.category for f in detect_fields_many([guaranteed])[0]} == {"guaranteed_rankings"}  # unmasked
    assert detect_fields_many([guaranteed], provider_names=["Page One Guaranteed Ltd"])[0] == []
    promise = {"description": "We guarantee that First Page NZ clients reach page one."}
    (found,) = detect_fields_many([promise], provider_names=["First Page NZ Ltd"])
    assert "guaranteed_rankings" in {f.category for f in found}
    assert all(promise["description"][f.start : f.end] == f.evidence for f in found)
    assert any("First Page NZ clients" in f.evidence for f in found)


def test_a_contracts_quoted_party_is_the_writer_not_a_third_party():
    from matcher.redflags.context import suppression

    def why(text: str, claim: str) -> str | None:
        low = text.lower()
        start = low.index(claim)
        return suppression(low, (0, len(low)), start, start + len(claim), "pbn")

    # Terms and conditions name the agency "Company": its private network is its own offer.
    assert why("A flow of links from “Company” private network of websites.", "private network") is None
    # Companies in general are third parties.
    third = "Some companies sell links from a private network of websites."
    assert why(third, "private network") == "attributed"


@pytest.mark.parametrize(
    ("text", "named", "not_named"),
    [
        # links sold on sites are a paid placement, not a network the seller owns
        ("We deliver 10 guest posts per month on DA 50+ sites, guaranteed.", "guaranteed_link_count", "pbn"),
        ("We keep about 400 authority blogs bought at domain auctions and link to clients from them.", "pbn",
         None),
        # a count of links needs a number or the word for one, and the number must count the links
        ("Our link building system is fully automated and the links are transferred to partner sites "
         "instantly.", "automated_links", "guaranteed_link_count"),
        ("Tier 2 links are built for every tier 1 link at $5 per link.", "paid_links",
         "guaranteed_link_count"),
        ("The number of links in each package is fixed when you order.", "guaranteed_link_count", None),
        # a guarantee of how long a placement stays up is the term of a sold link
        ("We provide a one-year placement guarantee on every article.", "paid_links", None),
        ("We offer permanent do-follow links on news sites.", "paid_links", None),
    ],
)
def test_a_finding_names_the_practice_the_sentence_states(text, named, not_named):
    """The category is the reason an admin and the provider read: a right text under a wrong practice
    still tells them something false."""
    found = {f.category for f in detect(text)}
    assert named in found
    assert not_named not in found


def test_a_link_that_an_editor_may_remove_is_no_sold_placement():
    assert detect("We never promise permanent links: editors may change their pages at any time.") == []


def test_the_evaluation_counts_a_wrong_practice_against_the_findings_reasons():
    from matcher.redflags import evaluation

    rows = [{"labels": ["paid_links"]}, {"labels": []}, {"labels": ["pbn"]}]
    s = evaluation.score(rows, [{"paid_links", "pbn"}, {"pbn"}, set()])
    assert s.category_precision == round(1 / 3, 4)  # one of the three practices named is the labelled one
    assert (s.precision, s.recall) == (0.5, 0.5)


@pytest.mark.parametrize(
    "text",
    [
        "Add at least $10 to your account and explore our range of publishers in every niche.",
        "Once your order is approved, the publisher has 7 days to place your backlink and send the live URL.",
        "Choose among three content types, each with its own length and number of allowed backlinks.",
        "Filter our inventory by DA, traffic, niche and turnaround, then add sites to your cart.",
    ],
)
def test_a_link_marketplaces_operating_terms_are_paid_links_though_they_never_say_buy(text):
    """A marketplace's terms of sale describe orders, publishers and balances, not "we sell links": where
    the gate and the claim reader both read a paid-links claim, it is one, with the sentence as evidence."""
    found = detect(text)
    assert [f.category for f in found] == ["paid_links"]
    assert found[0].evidence == text


@pytest.mark.parametrize(
    "text",
    [
        "Once a journalist publishes the story, we send you the live URL and a screenshot of the coverage.",
        "Clients approve every pitch and every target site before we contact anyone.",
        "Our monthly retainer covers research, content, outreach and reporting.",
        "Broken link building: we find dead resources on relevant sites and offer our client's page as a "
        "replacement.",
    ],
)
def test_an_honest_agencys_process_is_no_marketplace_term(text):
    assert detect(text) == []


def test_a_practice_named_in_the_sentence_keeps_its_reason_beside_the_readers_unnamed_one():
    """The reader reads an owned network's offer as paid links too; the finding names the network."""
    found = {f.category for f in detect("Links come from our in-house publishing network, each site on "
                                        "separate hosting, so no footprint.")}
    assert found == {"pbn"}


def test_a_marketplace_term_does_not_make_its_honest_neighbour_a_claim():
    """A passage's reading spreads over its sentences; the finding is on the sentence that reads as the
    claim on its own."""
    text = ("Once your order is approved, the publisher has 7 days to place your backlink and send the live "
            "URL. We find the phrases your buyers search for and turn them into a page-by-page plan.")
    assert [f.evidence for f in detect(text)] == [text.split(" We find")[0]]


def test_a_case_studys_client_business_is_not_the_providers_practice():
    found = detect_fields({"description": "Local SEO for hospitality brands.",
                           "case_studies[0].title": "Experience marketplace, summer price tracker"})
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "Instead of guaranteeing a specific rank, we guarantee the quality and quantity of the work.",
        "Instead of promising first page rankings, we promise transparent monthly reporting.",
    ],
)
def test_what_instead_of_sets_aside_is_not_the_writers_offer(text):
    assert detect(text) == []


def test_sites_that_sell_links_are_the_agent_not_the_writer():
    assert detect("I can see the websites selling links are the same ones asking for free content.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Our platform connects you with 5,000 publishers selling links in every niche.",
        "We are a marketplace that sells links on news sites.",
    ],
)
def test_publishers_the_writer_offers_still_sell_for_it(text):
    assert "paid_links" in {f.category for f in detect(text)}


@pytest.mark.parametrize(
    "text",
    [
        "We regularly get emails from vendors offering 100 backlinks for $50.",
        "I receive dozens of cold emails every week from people selling guest posts on DA 70 sites.",
        "We get requests from clients who want 50 links a month, and we explain why we don't sell them.",
    ],
)
def test_offers_the_writer_receives_are_reported_not_made(text):
    assert detect(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Some clients ask us for a guaranteed number of links; we explain why we don't work that way.",
        "We're often asked whether we guarantee first page rankings.",
        "Prospects frequently ask about buying links from our network.",
    ],
)
def test_what_others_ask_of_the_writer_is_theirs_not_its_offer(text):
    assert detect(text) == []


def test_an_offer_that_answers_a_request_is_still_an_offer():
    assert "guaranteed_link_count" in {f.category for f in detect(
        "We guarantee 50 links a month, which is what most clients ask for.")}
    answered = detect("Clients ask if we guarantee rankings. We do: top 10 in 90 days or your money back.")
    assert "guaranteed_rankings" in {f.category for f in answered}


def test_the_writer_speaking_after_a_received_message_still_offers():
    text = "We get requests from clients every day, and we deliver 50 guaranteed links a month to each."
    assert "guaranteed_link_count" in {f.category for f in detect(text)}


@pytest.mark.parametrize(
    "text",
    [
        "We launch microsites for every city you want to rank in, each pointing to your main site.",
        "We run 300 local websites, one for each town in the county, all linking to our clients.",
        # ...told as a product in a paragraph, whose readings take the scheme's words for a warning
        "Many solicitors find it hard to rank locally. That is why we now run 6 of our sites optimised for "
        "legal searches in each of 120 towns.",
    ],
)
def test_a_site_of_its_own_for_every_town_is_a_doorway(text):
    assert "deceptive_tactics" in {f.category for f in detect(text)}


@pytest.mark.parametrize(
    "text",
    [
        "We have built websites for clients in every city in Scotland.",
        "Our team has delivered 40 websites for councils in every region of England.",
        "We host websites for small businesses across Kent.",
    ],
)
def test_a_web_agencys_client_sites_are_no_network_or_doorway(text):
    assert detect(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Our articles are published as guest posts and presented as sponsored content on each partner site.",
        "Every partner article is labelled as sponsored content and its links carry rel=sponsored.",
    ],
)
def test_a_placement_marked_as_paid_is_a_disclosed_sponsorship(text):
    assert "paid_links" not in {f.category for f in detect(text)}


@pytest.mark.parametrize(
    "text",
    [
        "We have 2,000 publishers ready to publish your sponsored post without the sponsored tag.",
        "Posts are not marked as sponsored, so your links pass full value.",
        # ...said of the writer's own sites, or as what its posts are published as
        "Sponsored posts are not marked as sponsored on our blogs.",
        "We publish your sponsored article as a normal post on our tech blog for $150.",
    ],
)
def test_a_withheld_disclosure_mark_hides_a_paid_placement_rather_than_denying_it(text):
    """"Without the sponsored tag" negates the mark, not the sponsored post: the placement is sold and its
    payment hidden. "We don't sell sponsored posts" still denies."""
    assert "paid_links" in {f.category for f in detect(text)}
    assert detect("We don't sell sponsored posts.") == []


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Order a guest post on Forbes today.", {"paid_links"}),
        ("Add funds to your balance and start ordering placements.", {"paid_links"}),
        ("We publish your sponsored post as a regular article, with no disclosure.", {"paid_links"}),
        ("We earn links in order to build your authority.", set()),
        ("Links are ordered by domain rating in our reports.", set()),
        ("Your guest post is published as a normal article, so readers trust it.", set()),
    ],
)
def test_an_ordered_placement_is_bought_and_a_sponsored_post_passed_off_as_editorial_is_paid(text, named):
    """Ordering a guest post buys it; a sponsored post published as a regular article hides its payment. "In
    order to", links ordered in a report, and a guest post published as the article it is, trade nothing."""
    assert {f.category for f in detect(text)} == named


def test_a_link_switched_to_nofollow_is_a_fault_the_seller_replaces_not_a_disclosure():
    text = ("If, inside that window, a link we placed is removed or switched to nofollow, the placement "
            "qualifies for replacement under this guarantee.")
    assert "paid_links" in {f.category for f in detect(text)}


@pytest.mark.parametrize(
    "text",
    [
        # the terms of a ranking guarantee are written only by someone who sells one
        "Our ranking guarantee applies to the keywords agreed in the contract.",
        "Clients on the Growth plan are eligible for our first-page guarantee.",
        "Our guarantee covers 10 of your 25 keywords.",
        "The guaranteed keywords are listed in your agreement.",
        "A keyword counts as delivered once it has reached the first page of Google.",
        "If the guaranteed positions are not achieved within six months, you receive a credit for the next "
        "month.",
        # an exception list implies the rule it excepts
        "We do not guarantee top 10 rankings in the following cases: the client changes the site or removes "
        "our links.",
        # another predicate's negator before "and" does not undo it
        "Acme Digital shall not be entitled to refund the client and does not guarantee top ranking on "
        "search engines under the following circumstances",
    ],
)
def test_the_terms_of_a_ranking_guarantee_are_one(text):
    assert "guaranteed_rankings" in {f.category for f in detect(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Many agencies offer a ranking guarantee, but the terms usually let them off the hook.",
        "Be wary of any first-page guarantee: read the conditions and you will see it is void the moment "
        "Google updates.",
        "We do not offer a ranking guarantee under any plan.",
        "No ethical agency offers guaranteed positions, whatever the contract says.",
        # a refused remedy is no guarantee
        "We do not offer refunds if first page rankings are not achieved.",
        "We offer no refunds; rankings depend on Google.",
        "A keyword reached the first page after four months of work for this client.",
    ],
)
def test_naming_a_ranking_guarantee_without_selling_one_is_not_one(text):
    assert "guaranteed_rankings" not in {f.category for f in detect(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a publisher told not to mark what it publishes is hiding a paid placement
        'Don\'t add rel="sponsored" or rel="ugc" to the embedded links. We check every placement daily and '
        "flag accounts that change them.",
        "Never mark our links as sponsored.",
        # the remedy for a placement sold on a site and not delivered
        "If we are unable to publish your article on the promised website, you get a full refund.",
        # ...and the same failure told of the placement itself
        "Refunds may be offered only if the guest post service was not delivered within the promised time "
        "frame.",
        "You get a full refund if the link is not live within 7 days of payment.",
        # an inventory of other people's sites the seller publishes on
        "The services consist of creating content and publishing it on portals from the Agency's database.",
        "Your post goes live on a blog from our inventory within 3 days.",
        # a price per link written with a slash
        "Link building is $200/link for guest posts on real blogs.",
    ],
)
def test_an_unmarked_or_undelivered_placement_is_a_paid_link(text):
    assert "paid_links" in {f.category for f in detect(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Google asks publishers to mark paid links with rel=\"sponsored\".",
        "We always add rel=\"sponsored\" to paid placements, as Google requires.",
        "Do not add nofollow to internal links; it wastes crawl budget.",
        "Do not use sponsored posts to build links; Google treats them as link schemes.",
        "Never remove the sponsored label from a paid post.",
        "We never mark links as sponsored unless they are paid, and paid ones always are.",
        # a negated negation
        "We never publish posts that are not marked as sponsored.",
        "If you sell links and don't mark them as sponsored, you risk a manual action.",
        "If we cannot secure coverage for your story, we refund the campaign fee.",
        "We pitch your story to journalists from our media database.",
        "We publish articles on our own blog every week.",
        # a writer's work delivered late, an audit, content for the client's own site
        "Refunds are issued if the audit report is not delivered within 10 business days.",
        "If your blog post is not published on your own site within a week, we refund the writing fee.",
        # a publisher that takes no payment, and contributed posts published as what they are
        "Guest posts on our blog are never marked as sponsored because we don't accept payment for them.",
        "Our editors publish contributed articles as regular posts, with the author's bio and one link.",
        "We don't accept sponsored posts; every article is published as a regular editorial piece.",
    ],
)
def test_marking_and_refund_talk_without_a_hidden_placement_is_not_a_paid_link(text):
    assert "paid_links" not in {f.category for f in detect(text)}


def test_links_on_hacked_sites_are_a_deceptive_practice():
    assert "deceptive_tactics" in {f.category for f in detect(
        "Contextual, dofollow Hacklinks for powerful and lasting link-building results.")}
    assert detect("We clean hacked websites and remove injected spam links.") == []
    assert detect("If your site was hacked, check for web shells and remove them.") == []


@pytest.mark.parametrize(
    "text",
    [
        "For every 150 words you can insert 1 backlink to your website with the anchor text of your "
        "choosing.",
        "We allow one link to your website in the author box.",
        "Each guest post may contain one dofollow link in the author bio.",
    ],
)
def test_a_publishers_permission_for_a_contributors_link_is_no_sale(text):
    assert detect(text) == []


def test_a_permission_with_a_price_is_still_a_sale():
    text = "You get 2 dofollow backlinks in every guest post we publish for $99."
    assert "paid_links" in {f.category for f in detect(text)}


def test_a_price_tables_row_is_one_offer_and_a_comparison_tables_row_is_not():
    table = ("| Package | Price | Delivery |\n|---|---|---|\n| 10 DA50+ guest posts | $499 | 7 days |\n"
             "| 20 DA50+ guest posts | $899 | 10 days |")
    found = {f.category for f in detect(table)}
    assert {"paid_links", "guaranteed_link_count"} <= found
    comparison = ("| Niche edits (link insertions) | Links inserted into existing published articles, "
                  "usually paid | Mixed, often thin | Medium to high |")
    assert detect(comparison) == []


@pytest.mark.parametrize(
    "text",
    [
        # a review's sentences: a guarantee set aside, a plain denial near "the following", a tool's guarantee
        "Our plans include everything you need except a ranking guarantee, because nobody controls Google's "
        "results.",
        "Unlike a ranking guarantee, our retainer plans can be cancelled any month.",
        "We don't guarantee rankings under any of the following plans: Starter, Growth or Enterprise.",
        "We cannot guarantee page one rankings under the following circumstances, or any others, because no "
        "one can.",
        "We cannot guarantee top 10 rankings, and in such cases no honest agency can either.",
        "The data freshness guarantee applies to 250 keywords tracked daily on the Pro plan.",
        # remedies refused, in other words
        "We don't offer credits or refunds if first page rankings are not achieved.",
        "Refunds are not available if the top 3 positions are not reached.",
        "Fees are non-refundable, even if page one rankings are not achieved.",
    ],
)
def test_a_ranking_guarantee_named_only_to_be_refused_is_not_one(text):
    assert "guaranteed_rankings" not in {f.category for f in detect(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Do not include affiliate links or promotional links, as paid placements are not accepted on this "
        "blog.",
        "Please don't add links to your own products, as advertising is handled by our sales team "
        "separately.",
        "We alert you when your content is published on sites in our phishing database.",
        "Your NAP details are posted on sites from our citation list of trusted local directories.",
        "We place your story in publications from our media list, and journalists decide what to cover.",
        "If we cannot publish your article within 30 days, you are free to submit it elsewhere at no cost.",
        "If we fail to publish the blog posts we promised on your own website in a given month, we credit "
        "you for that month.",
        "We scan for web-shells every night and quarantine anything suspicious.",
        "We remove spam links from hacked sites and restore clean backups.",
        "In order to keep quality high, we allow one dofollow link per guest post.",
    ],
)
def test_guidelines_pr_lists_and_site_security_are_not_paid_or_deceptive(text):
    assert detect(text) == []


@pytest.mark.parametrize(
    "text, category",
    [
        ("The guarantee is valid for 15 of your 30 chosen keywords.", "guaranteed_rankings"),
        ("Your article goes live on one of the 2,000 blogs in our database.", "paid_links"),
        ("Our DA60 blogs allow you to add two dofollow links to your money site in every article.",
         "paid_links"),
        ("We offer links injected into hacked WordPress sites, permanent and hidden.", "deceptive_tactics"),
        ("We place hacked-site links on government and university domains.", "deceptive_tactics"),
    ],
)
def test_paraphrases_of_the_new_classes_are_caught(text, category):
    assert category in {f.category for f in detect(text)}


@pytest.mark.parametrize(
    "text, flagged",
    [
        # a fee for the placement itself is a paid link
        ("There is a $20 fee to post your guest article if you include a link to your business.", True),
        ("A small editorial fee of $75 applies to every guest post with a link.", True),
        # a fee for writing, for an audit, for link building work, or refused, is not
        ("There is a $150 fee for each article we write for your blog.", False),
        ("Our fee to write and publish blog posts on your own site is $300 a month.", False),
        ("Our $500 setup fee for link building campaigns covers research and outreach.", False),
        ("We charge no fee to publish guest articles; links are editorial and nofollow.", False),
    ],
)
def test_a_fee_for_the_placement_is_a_paid_link_and_a_fee_for_the_work_is_not(text, flagged):
    assert ("paid_links" in {f.category for f in detect(text)}) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "Looking for guaranteed first page rankings? You've found us.",
        "Are you looking for guaranteed first page rankings? Our team can help.",
        "Searching for guaranteed page one rankings? Look no further.",
        "If you're looking for guaranteed first page rankings, you've come to the right place.",
        "If you need 50 high-DA backlinks a month, we can deliver them.",
    ],
)
def test_a_pitch_put_as_the_readers_wish_is_an_offer(text):
    found = [f for f in detect(text) if f.category != "needs_human_reading"]
    assert found, text
    assert {f.stance for f in found} <= {"question", "hypothetical"}


@pytest.mark.parametrize(
    "text",
    [
        "Want guaranteed first page rankings? We can't promise that, and nobody honestly can.",
        "Need guaranteed page one rankings? We cannot offer them.",
        "Looking for guaranteed first page rankings? Be careful: no one can promise them.",
        "If you want guaranteed first page rankings, we can't help you.",
        "If you want 100 backlinks overnight, you should talk to a link farm, not us.",
        "If you're looking for guaranteed first page rankings, look elsewhere.",
        "Are you looking for an agency that buys links? Our team can explain why that is a bad idea.",
    ],
)
def test_a_wish_the_writer_turns_down_is_no_offer(text):
    assert not detect(text), text


def test_a_place_in_the_local_pack_is_a_ranking_target():
    assert "guaranteed_rankings" in {f.category for f in detect(
        "We'll get you into the Google 3-pack or you don't pay.")}
    assert not detect("Getting into the local 3-pack takes consistent reviews and a complete profile.")


@pytest.mark.parametrize(
    "text, category",
    [
        ("Our private blog network is built without leaving a footprint Google can detect.", "pbn"),
        ("Our network sites are built without leaving a footprint Google can detect.", "pbn"),
        ("We build links on our own blogs and Google will never know.", "pbn"),
        ("Have a competitor outranking you? We'll bury them with spam links.", "deceptive_tactics"),
        ("Competitor outranking you? We can knock them off page one.", "deceptive_tactics"),
    ],
)
def test_a_practice_hidden_from_google_or_aimed_at_the_buyers_rival_is_offered(text, category):
    assert category in {f.category for f in detect(text)}, text


@pytest.mark.parametrize(
    "text",
    [
        "We never build PBN links, which leave a footprint Google can detect.",
        "Buyers of PBN links are told the sites leave no footprint, but Google finds them anyway.",
        "Our audit finds PBN links that were built to leave no footprint.",
        "Worried a competitor will attack your site? We monitor your links and disavow spam aimed at you.",
        "Have a competitor outranking you? We analyse their backlinks and help you beat them fairly.",
        "Competitor outranking you? Don't worry, we never bury them with spam links; we outwork them.",
    ],
)
def test_hiding_and_rivals_named_without_the_practice_offered_are_not_flagged(text):
    assert not detect(text), text


@pytest.mark.parametrize(
    "text, category",
    [
        ("Results or your money back, it's that simple.", "guaranteed_rankings"),
        ("Results or you don't pay.", "guaranteed_rankings"),
        ("Our sponsored posts don't carry a sponsored tag.", "paid_links"),
        ("Our results come from a method we keep private.", "undisclosed_methods"),
    ],
)
def test_results_on_refund_hidden_payment_and_private_methods_are_claims(text, category):
    assert category in {f.category for f in detect(text)}, text


@pytest.mark.parametrize(
    "text",
    [
        "We never publish paid posts without a sponsored label.",
        "Our sponsored posts always carry a sponsored label.",
        "No one can promise results or your money back.",
        "We explain every method; there's no technique we keep secret.",
    ],
)
def test_disclosed_payment_refused_promises_and_open_methods_are_not(text):
    assert not detect(text), text


def test_what_the_editor_decides_is_not_the_writers_practice():
    assert not detect("Anchor text is chosen by the publisher, not us.")
    assert "anchor_manipulation" in {f.category for f in detect(
        "We choose exact-match anchor text for every link we place.")}


@pytest.mark.parametrize(
    "text",
    [
        "We get asked about guaranteed rankings all the time. Our answer is always the same: nobody "
        "controls Google.",
        "Before working with us, one client had bought 2,000 links from a Fiverr seller. We disavowed them "
        "all.",
        '"Guaranteed page one" is the most common lie in SEO. We don\'t tell it.',
    ],
)
def test_requests_a_clients_past_and_a_lie_refused_are_not_the_writers_claims(text):
    assert not detect(text), text


@pytest.mark.parametrize(
    "text, category",
    [
        ("We can't reveal it, but our method gets results.", "undisclosed_methods"),
        ("We get you guaranteed rankings on page one.", "guaranteed_rankings"),
        ("Before working with us, buy 20 backlinks for $99 to test our service.", "paid_links"),
    ],
)
def test_their_offering_mirrors_stay_claims(text, category):
    assert category in {f.category for f in detect(text)}, text


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("Sites with DR 50+ and 5k+ organic traffic, starting at $120.", True),
        ("Placements on sites with 10k monthly traffic start at $250.", True),
        ("Publishers receive 80% of the order value once the article is live.", True),
        ("We target sites with DR 50+ for outreach; there is no fee to the site.", False),
        ("Our audits start at $500 and cover your DR, traffic and backlink profile.", False),
        ("Publishers earn 70% of ad revenue from the banners on their pages.", False),
    ],
)
def test_sites_priced_by_authority_and_a_publishers_share_of_each_order_are_paid_links(text, flagged):
    assert ("paid_links" in {f.category for f in detect(text)}) is flagged, text


@pytest.mark.parametrize(
    "text, flagged",
    [
        # a package's tiers in the slash form are promised counts
        ("Starter: 5 links/month. Growth: 10 links/month. Pro: 20 links/month.", True),
        ("Delivered: 40 DA50+ links every month.", True),
        ("Results: 50 backlinks guaranteed.", True),
        # a case study's result line, and an estimate, are not
        ("Outcome: 120 new backlinks and a 64% increase in organic traffic.", False),
        ("Delivered: 40 DA50+ links, 3 featured snippets, 210% traffic growth.", False),
        ("Expect roughly 5-10 links/month depending on your niche.", False),
    ],
)
def test_counts_per_month_are_promised_and_result_lines_are_reported(text, flagged):
    assert ("guaranteed_link_count" in {f.category for f in detect(text)}) is flagged, text


def test_keeping_how_it_works_confidential_is_a_secret_method_and_keeping_data_so_is_not():
    assert "undisclosed_methods" in {f.category for f in detect(
        "Our proprietary ranking system gets results other agencies can't, and we keep how it works "
        "confidential to protect our clients.")}
    assert not detect("We keep your data confidential and never share client names.")


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("We optimise internal link anchor text on your own site.", False),
        ("We improve the anchor text of your internal links so Google understands your pages.", False),
        ("We use exact-match anchor text on every backlink we build.", True),
        ("Internal linking and exact-match anchors on all our guest posts.", True),
    ],
)
def test_the_anchors_of_a_sites_own_internal_links_are_on_page_work(text, flagged):
    assert ("anchor_manipulation" in {f.category for f in detect(text)}) is flagged, text


def test_a_list_of_what_the_reader_will_not_get_denies_its_items():
    assert not detect("What you won't get from us:\n- Guaranteed rankings\n- Bulk link packages\n- PBN links")
    assert {"guaranteed_rankings", "pbn"} <= {f.category for f in detect(
        "What you get from us:\n- Guaranteed rankings\n- Bulk link packages\n- PBN links")}


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("How many links do I get?\nExactly 25 per month, guaranteed.", True),
        ("How many links do I get?\nTypically 5 to 10 per month, depending on the campaign.", False),
        ("How many links did you build last year?\nAround 40 per month across all clients.", False),
    ],
)
def test_an_faq_answer_counts_what_its_question_names(text, flagged):
    assert ("guaranteed_link_count" in {f.category for f in detect(text)}) is flagged, text


@pytest.mark.parametrize(
    "text, category",
    [
        ("We have access to a large inventory of high-authority sites where we can publish your content.",
         "paid_links"),
        ("Your brand featured on 10 news sites this month, guaranteed.", "guaranteed_link_count"),
        ("We'll feature your business on 50 local news websites with a dofollow link.",
         "guaranteed_link_count"),
        ("Our portfolio of 40 niche sites hosts your links.", "pbn"),
    ],
)
def test_inventories_of_sites_and_promised_features_are_claims(text, category):
    assert category in {f.category for f in detect(text)}, text


@pytest.mark.parametrize(
    "text",
    [
        "Our PR work has featured clients in 200 publications since 2015.",
        "Last year we got a client featured in 12 national publications.",
        "We keep a database of 5,000 journalists and pitch each story to the right ones.",
        "Our portfolio of 120 websites we've designed includes shops, clinics and law firms.",
        "We maintain a database of sites that sell links so we can avoid them.",
        "We track PBN networks so our clients can avoid them.",
    ],
)
def test_past_features_journalists_a_designers_portfolio_and_lists_to_avoid_are_not(text):
    assert not detect(text), text


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("We only work with clients we're confident we can rank, which is why we can offer a results "
         "guarantee.", True),
        ("You only pay when your site moves up.", True),
        ("We are so confident that you'll pay nothing until you reach the top 5.", True),
        ("We don't offer a results guarantee, because no honest agency can.", False),
        ("Beware of any agency selling a results guarantee.", False),
    ],
)
def test_a_results_guarantee_and_payment_held_until_a_rise_are_ranking_promises(text, flagged):
    assert ("guaranteed_rankings" in {f.category for f in detect(text)}) is flagged, text


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("Back in 2015 we sold link packages; today every link we build is earned.", False),
        ("Back in 2012 we bought links; now we earn them.", False),
        ("Until last year we offered guaranteed rankings; we no longer do.", False),
        ("Back in 2015 we started selling link packages, and we still do.", True),
        ("Before the Penguin update we sold links, and we still sell them today.", True),
        ("Since 2012 we've guaranteed page one for every client.", True),
    ],
)
def test_a_past_practice_contrasted_with_today_is_history_and_one_that_goes_on_is_not(text, flagged):
    found = {f.category for f in detect(text)} & {"paid_links", "guaranteed_rankings"}
    assert bool(found) is flagged, text


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("When you buy links, check the site's traffic first.", False),
        ("Once you've bought a guest post, make sure it stays live.", False),
        ("For your own private blog network sites, use different registrars.", False),
        ("For links on domains you control, such as PBNs, the Indexing API is the fastest route.", False),
        ("When you buy links from us, you get a permanent dofollow placement.", True),
        ("When you buy a link package here, make sure you pick exact-match anchors for every link.", True),
        ("For your own PBN, we supply expired domains with high DR.", True),
        ("Use our private blog network to rank any keyword.", True),
    ],
)
def test_advice_about_the_readers_own_links_is_not_the_writers_offer(text, flagged):
    assert bool(detect(text)) is flagged, text


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("Keep exact-match anchors below 2% of your backlink profile.", False),
        ("We keep exact match anchor text under 5% of all links we build.", False),
        ("We limit exact match anchors to a minimum and favour branded ones.", False),
        ("Choose your exact-match anchor for every link we build.", True),
        ("We use exact match anchors on all backlinks to push your money keywords.", True),
    ],
)
def test_exact_match_anchors_kept_few_are_a_natural_mix(text, flagged):
    assert ("anchor_manipulation" in {f.category for f in detect(text)}) is flagged, text


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("We built 120 location pages for a plumbing franchise over 8 months; they now bring 1,900 organic "
         "visits a month.", False),
        ("We build hundreds of location pages for your business within a week.", True),
    ],
)
def test_location_pages_reported_as_built_for_a_client_are_no_doorways(text, flagged):
    assert ("deceptive_tactics" in {f.category for f in detect(text)}) is flagged, text


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("Partial refunds: we offer partial refunds for SEO services if requested within the first 30 days "
         "of the campaign, provided no work has been initiated.", False),
        ("If you don't reach page one within 90 days, we refund your fees.", True),
    ],
)
def test_a_refund_policy_that_names_no_result_is_no_ranking_promise(text, flagged):
    assert ("guaranteed_rankings" in {f.category for f in detect(text)}) is flagged, text


def test_a_menu_of_english_services_is_read_not_sent_to_a_person():
    found = {f.category for f in detect("Guest Posts\nNiche Edits\nTiered Links\nLink Building Packages\n"
                                        "HARO Link Building")}
    assert "needs_human_reading" not in found
    assert "paid_links" in found


@pytest.mark.parametrize(
    "text, stance",
    [
        ("If you don't reach page one within 90 days, we refund your fees.", "offer"),
        ("Unless you rank in the top 3 within 60 days, you get your money back.", "offer"),
        ("If you want page one in a week, call us today.", "hypothetical"),
    ],
)
def test_a_guarantees_own_condition_is_an_offer_and_the_readers_wish_a_hypothetical(text, stance):
    found = [f for f in detect(text) if f.category == "guaranteed_rankings"]
    assert found and {f.stance for f in found} == {stance}, text


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("Our strategy has five layers: (1) technical foundations, make the site crawlable, (2) on-page, "
         "target the right keywords, (3) local SEO, dominate the map pack for your suburb, (4) content, "
         "(5) links.", False),
        ("Our process: 1) audit 2) build links 3) rank #1 on Google in 7 days, guaranteed.", True),
        ("Dominate the map pack for your suburb with our local SEO package.", True),
    ],
)
def test_a_ranking_as_one_step_of_a_numbered_process_is_no_promise(text, flagged):
    assert ("guaranteed_rankings" in {f.category for f in detect(text)}) is flagged, text


def test_a_link_count_in_a_numbered_process_is_still_a_deliverable():
    found = {f.category for f in detect("Our process: 1) audit 2) build 50 backlinks a month 3) report.")}
    assert "guaranteed_link_count" in found


def test_letters_drawn_like_latin_ones_are_read_as_those_and_quoted_as_written():
    # a Cyrillic "а" in "guаrantee", fullwidth letters: the claim is read; the evidence is the writer's own
    text = "We guаrantee #1 rankings on Google for every client we take on."
    found = [f for f in detect(text) if f.category == "guaranteed_rankings"]
    assert found and found[0].evidence == text[found[0].start : found[0].end]
    assert "а" in found[0].evidence
    assert "guaranteed_rankings" in {f.category for f in detect("ｗｅ ｇｕａｒａｎｔｅｅ #1 rankings.")}
    assert {f.category for f in detect_many(["We sell bасklinks from our own privаte blog network."])[0]} >= {
        "paid_links", "pbn"}
    # an English page written with look-alike letters is read, not sent to a person as another language
    english = "It's thе dream оf еvеrу website owner tо rank оn Google first page, and we help them."
    assert detect(english) == []
    # a Russian text keeps its own letters and goes to a person
    assert [f.category for f in detect("Гарантируем топ-10 в Яндексе за 30 дней для любого сайта.")] == [
        "needs_human_reading"]


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("Our link building services help you earn links from relevant sites in your industry.", False),
        ("We offer custom link building campaigns tailored to your niche.", False),
        ("Premium Link-Building Services: explore premium link-building options to boost your visibility.",
         False),
        ("Full disclosure: much of my income comes from selling you HARO link building.", False),
        ("We sell link building packages: 20 links for $400.", True),
        ("We sell links on our partner blogs for $50 each.", True),
        ("Get premium contextual links from high-authority niche sites.", True),
    ],
)
def test_link_building_as_the_work_is_no_trade_in_links(text, flagged):
    assert ("paid_links" in {f.category for f in detect(text)}) is flagged, text


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("A three-way link exchange, also called an ABC exchange, involves three websites.", False),
        ("We offer three-way link exchanges with our partner sites.", True),
    ],
)
def test_a_practice_defined_under_another_name_is_defined(text, flagged):
    assert bool(detect(text)) is flagged, text


def test_directory_submission_in_bulk_is_automated():
    found = {f.category for f in detect("Our SEO package includes 300 directory submissions.")}
    assert "automated_links" in found


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("Here is how to ensure your site ranks on page one for your city.", False),
        ("Keep reading to learn the 4 simple hacks you'll need to ensure that you show up in the Local 3 Map "
         "Pack.", False),
        ("We ensure you show up in the local 3-pack within 60 days.", True),
        ("Learn how to get your site on page one - we guarantee it or your money back.", True),
    ],
)
def test_a_ranking_the_reader_learns_to_reach_is_no_promise(text, flagged):
    assert ("guaranteed_rankings" in {f.category for f in detect(text)}) is flagged, text


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("False promises: clients always ask how long it will take to rank #1. Let me burst your bubble.",
         False),
        ("People often wonder whether an agency can get them to page one in a month.", False),
        ("We always get our clients to page one in 30 days.", True),
    ],
)
def test_a_question_reported_is_no_ranking_promise(text, flagged):
    assert ("guaranteed_rankings" in {f.category for f in detect(text)}) is flagged, text


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("With pay-per-click ads, all you need is the money to pay for each click-through to your website.",
         False),
        ("We run your Google Ads campaigns and you pay per click.", False),
        ("Buy sponsored posts with dofollow links on news sites.", True),
    ],
)
def test_paying_for_clicks_on_search_ads_is_no_paid_link(text, flagged):
    assert ("paid_links" in {f.category for f in detect(text)}) is flagged, text


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("We secure 8-12 high-quality backlinks per month for most clients.", False),
        ("We guarantee 10 backlinks per month for most clients.", True),
        ("We deliver 20 backlinks per month for every client.", True),
    ],
)
def test_a_count_typical_for_most_clients_is_an_estimate(text, flagged):
    assert ("guaranteed_link_count" in {f.category for f in detect(text)}) is flagged, text


# Classes found by probing honest and risky copy in a provider's voice (2026-12-08), one row per side of
# each: the category raised or not (None: any category).
@pytest.mark.parametrize(
    ("text", "category", "flagged"),
    [
        # how rankings are measured and reported is no promise of them...
        ("Ranking results will be performed once per month, as agreed by both parties.",
         "guaranteed_rankings", False),
        ("Rankings will be checked and reported weekly.", "guaranteed_rankings", False),
        ("We track your keyword positions every week and send a report.", "guaranteed_rankings", False),
        # ...and takes no promise back
        ("We guarantee top 3 rankings, checked monthly.", "guaranteed_rankings", True),
        ("Your rankings will be on page one within 60 days, and we report them weekly.",
         "guaranteed_rankings", True),
        # results said to take time are an aim, unless a guarantee stands beside it
        ("Top 3 rankings for competitive keywords take time; we'll show you progress every month.",
         "guaranteed_rankings", False),
        ("Rankings don't happen overnight, but we will get you to page one within 90 days guaranteed.",
         "guaranteed_rankings", True),
        # a hedge between a promise and its deadline makes it a typical outcome
        ("We get results fast: quick wins from technical fixes usually show within weeks.",
         "unrealistic_timeline", False),
        ("You will see results within weeks.", "unrealistic_timeline", True),
        # a guarantee called worthless is critique; an epithet for others takes the writer's promise not back
        ("Promises of 100 backlinks a month are worthless.", None, False),
        ("Guarantees of a page 1 ranking are worth absolutely nothing if they don't name the phrase.", None,
         False),
        ("We promise first page rankings in 30 days, unlike the bogus agencies out there.", None, True),
        # a negation before a colon does not reach the clause after it
        ("No worthless directory links: we sell only powerful PBN links at $30 each.", None, True),
        ("No PBNs, no paid links: we earn every link through outreach.", None, False),
        # link pyramids, a placement sold with "order now", reviews made to look real
        ("Skyrocket your rankings with our tiered link pyramid.", "automated_links", True),
        ("We never build tiered links or link pyramids.", "automated_links", False),
        ("Link pyramids were popular in 2010 and got many sites penalised.", "automated_links", False),
        ("Your brand on Forbes, Entrepreneur and Business Insider with a dofollow link - order now.",
         "paid_links", True),
        ("Order now and get a free backlink audit with your SEO plan.", "paid_links", False),
        ("We'll get your app to the top of the App Store with real-looking reviews.", "deceptive_tactics",
         True),
        ("Ask customers for real reviews; fake-looking reviews get removed.", "deceptive_tactics", False),
        # a secret told at once is no undisclosed method; one kept back is
        ("Our secret? Great content and patience.", "undisclosed_methods", False),
        ("Our secret sauce is simple: relentless outreach and honest reporting.", "undisclosed_methods",
         False),
        ("Our secret sauce? We'll never tell.", "undisclosed_methods", True),
        ("We use secret techniques to rank sites fast.", "undisclosed_methods", True),
        # keywords put in the link text
        ("We include your target keywords in the link text of every backlink.", "anchor_manipulation", True),
        ("We never put your keywords in the anchor text.", "anchor_manipulation", False),
        ("Google looks at the words in the anchor text to understand a page.", "anchor_manipulation", False),
        # reviews the seller keeps up where the platform takes them down are the seller's own
        ("Each review is covered by a 90-day warranty; if a review is removed by Trustpilot, we will refill "
         "it.", "deceptive_tactics", True),
        ("If any of your reviews get deleted by Google within 60 days, we replace them free of charge.",
         "deceptive_tactics", True),
        ("Google may remove reviews that break its policies; we cannot get them reinstated.",
         "deceptive_tactics", False),
        ("We help you answer reviews and report fake reviews so Google removes them.", "deceptive_tactics",
         False),
        # text link ads priced or sold; a site's history with them is no offer
        ("If you are interested in placing text link ads on our sites, contact me to discuss the rates.",
         "paid_links", True),
        ("We used text link ads on one of our sites years ago and removed them.", "paid_links", False),
        # a publisher's price per publication; the price of writing is no link sold
        ("Set how much you wish to charge per publication on your site.", "paid_links", True),
        ("We charge per article we write for your blog.", "paid_links", False),
        ("We charge per placement secured through outreach, never for the link itself.", "paid_links", False),
        # posts on the writer's own blogs that carry the buyer's link; a place named after "never publish"
        # is no secret kept
        ("Posts on our blogs are hand written and include your link.", "pbn", True),
        ("Articles on our blogs explain how link building works.", "pbn", False),
        ("We never publish posts on our own sites with your links.", "undisclosed_methods", False),
        ("We never publish our sites or sources.", "undisclosed_methods", True),
        # a marketplace's terms binding its publishers are the writer's own; others' practice told is not
        ("Publishers must not mark the post as sponsored.", "paid_links", True),
        ("Publishers must mark every sponsored post with rel=sponsored.", "paid_links", False),
        ("Many agencies promise first page rankings.", "guaranteed_rankings", False),
        # a promise granted only to be emptied, or outcomes spread over cases, promise nothing; a condition
        # of a real offer takes nothing back
        ("Sure, I can get a client to #1 on Google by next Friday, but only for a keyword nobody searches.",
         "guaranteed_rankings", False),
        ("Sure, we guarantee page one, but only on a 12-month plan.", "guaranteed_rankings", True),
        ("Some links get indexed within minutes, others in days, weeks or months.", "unrealistic_timeline",
         False),
        ("Get indexed within minutes with our instant indexer.", "unrealistic_timeline", True),
        # a practice named as what something else beats is not offered; a count over a floor is
        ("One good link beats 1,000 spammy blog comments.", "automated_links", False),
        ("An editorial link is worth more than 100 PBN links.", "pbn", False),
        ("We deliver more than 100 links per month.", "guaranteed_link_count", True),
        # content published on a counted inventory of others' sites; digital PR's past placements are not
        ("Using our platform, you can publish content on over 15,000 websites.", "paid_links", True),
        ("Get your article published on 500+ high authority blogs.", "paid_links", True),
        ("We've placed clients in 200+ publications including Forbes.", "paid_links", False),
        ("We pitch your story to journalists at over 500 publications.", "paid_links", False),
        # link slots offered as stock on the seller's sites, links lost when payments stop
        ("Sidebar links are available on all our sites.", "paid_links", True),
        ("Sitewide footer links are available for $30 per month.", "paid_links", True),
        ("You might lose links when a site migrates, so we monitor them.", "paid_links", False),
        # people inside Google on the writer's side
        ("We know exactly what Google wants because we have insiders there.", "undisclosed_methods", True),
        ("We have no insiders at Google, and nobody does.", "undisclosed_methods", False),
        ("Insider tips from Google's own documentation, explained.", "undisclosed_methods", False),
        # a price someone else paid is a case study's history; the writer's own price is a sale
        ("Before working with us, one client paid $50 per link to a Fiverr seller.", "paid_links", False),
        ("Clients pay $50 per link.", "paid_links", True),
        # a memory of the writer's own past is history
        ("I remember buying links from a PBN seller in 2012.", "paid_links", False),
        ("Remember: we guarantee page one rankings.", "guaranteed_rankings", True),
        # a quotation someone else is said to have written, or a message received, is reported speech
        ('"We guarantee first page rankings in 30 days," the email said.', "guaranteed_rankings", False),
        ('I got an email today: "We sell high DA backlinks for $10 each."', "paid_links", False),
        ('"Page one in 30 days or your money back" is what we promise every client.', "guaranteed_rankings",
         True),
        ('Our promise: "We guarantee page one rankings."', "guaranteed_rankings", True),
        ('We got an offer from a vendor: "100 PBN links for $50".', None, False),
        ('Our offer: "100 PBN links for $50".', "pbn", True),
        # display ads are no links; a link sold beside them is
        ("We help publishers monetise their sites with display ads.", "paid_links", False),
        ("We sell dofollow links and display ads on our sites.", "paid_links", True),
        # automation that finds or checks links builds none; problems fixed fast are work, not a result
        ("Our tool automatically finds broken backlinks so we can ask webmasters to fix them.",
         "automated_links", False),
        ("Auto directory submission to every directory we can find, done in 24h.", "automated_links", True),
        ("We'll fix your indexing issues within 48 hours of getting access.", "unrealistic_timeline", False),
        ("Get indexed within 24 hours.", "unrealistic_timeline", True),
        # work on the client's own site trades in nothing
        ("We redirect old URLs to new ones during a migration to keep rankings.", "paid_links", False),
        ("We fix internal links and canonical tags so Google crawls your site properly.", None, False),
        # a secret whose refusal ends the sentence is kept; one said to be no secret is not
        ("Our secret is something we can't share.", "undisclosed_methods", True),
        ("We have no secrets we can't share.", "undisclosed_methods", False),
        ("Our process is no secret: ask and we'll explain it.", "undisclosed_methods", False),
        # the client's data kept private is no secret method; a method kept beside it is
        ("Client data is confidential and we never share it.", "undisclosed_methods", False),
        ("We don't reveal our methods, but your data is safe with us.", "undisclosed_methods", True),
        # anchors looked at, or kept rare, are no manipulation; anchors set to the money keyword are
        ("After publication, use the Tracker to re-check whether your anchor is still present, dofollow, and "
         "pointing to the correct URL.", "anchor_manipulation", False),
        ("We track the anchor text of every link we build and keep exact-match anchors rare.",
         "anchor_manipulation", False),
        ("We check every anchor and use your money keyword as the anchor text on all links.",
         "anchor_manipulation", True),
        # a position made "your reality" is promised; one no one can make real overnight is not
        ("We make that top spot your reality.", "guaranteed_rankings", True),
        ("We can't make page one a reality overnight, and no one can.", "guaranteed_rankings", False),
        # links from education sites are no remedy ("educate" is): the sector's name is not the verb
        ("We educate clients about the risks of paid links.", "paid_links", False),
        # a remedy word that the writer follows by acquiring the thing remedies nothing
        ("We spot the best PBN domains and buy them for our network.", "pbn", True),
        ("We spot toxic links from old PBNs and disavow them.", "pbn", False),
        # a guarantee whose scope is a position is a ranking guarantee; one that covers something else is not
        ("This guarantee applies to keyword rankings on Google.com only.", "guaranteed_rankings", True),
        ("Our guarantee is limited to the keywords listed in the proposal.", "guaranteed_rankings", True),
        ("The guarantee applies to the services we deliver, not to rankings, which no one controls.",
         "guaranteed_rankings", False),
        ("Our guarantee applies to every audit we deliver: if you find it unhelpful, we refund it.", None,
         False),
        # ...in a contract's voice, which names no speaker: only the guarantee's seller writes its terms
        ("The guarantee applies only to keywords agreed upon at the beginning of the contract.",
         "guaranteed_rankings", True),
        ("The SEO guarantee covers documented ranking progress in the first 90 days.", "guaranteed_rankings",
         True),
        ("Such a guarantee covers rankings for terms nobody types into Google.", None, False),
        ("Read the fine print: the guarantee usually covers keywords with no search volume.", None, False),
        # payment held back until a position comes, in a slogan or on the seller's side; paid either way is
        # not
        ("No rank, no pay.", "guaranteed_rankings", True),
        ("We only get paid when you rank.", "guaranteed_rankings", True),
        ("Our clients get to page one, or they don't pay.", "guaranteed_rankings", True),
        ("Secure top positions in search results.", "guaranteed_rankings", True),
        ("We're paid when the work is delivered, not when you rank.", None, False),
        ("Some agencies only get paid when you rank, which pushes them to risky tactics.", None, False),
        ("We get paid monthly whether you rank or not.", None, False),
        ("Our fee is fixed, whether or not you reach page one.", None, False),
        ("We help businesses compete for top positions in local search.", None, False),
        # a line of sales copy that opens with the buyer's imperative is the writer's pitch; a look at links
        # or their removal is not a trade in them
        ("Order high-authority guest posts in any niche.", "paid_links", True),
        ("Order a backlink audit before you buy links.", None, False),
        ("Get rid of the paid links in your profile before Google finds them.", None, False),
        # a paid placement the writer leaves unmarked; an unpaid one left unmarked, or others' practice, is
        # not
        ("We do not mark posts as sponsored.", "paid_links", True),
        ("We don't label guest posts as sponsored or paid.", "paid_links", True),
        ("We don't mark editorial mentions as sponsored, since nobody paid for them.", None, False),
        ("Some sites do not mark paid posts as sponsored, which breaks Google's rules.", None, False),
        # a technique search engines have not caught up with is hidden from them by its user
        ("We use a secret technique that Google hasn't caught up with.", "undisclosed_methods", True),
        ("Google still hasn't caught up with how fast AI content is published.", None, False),
        # a priority queue at Google is a claimed special relationship; Search Console's requests are anyone's
        ("As a Google Premier Partner we get priority indexing for our clients.", "undisclosed_methods",
         True),
        ("We submit priority indexing requests through Google Search Console's URL Inspection tool.", None,
         False),
        ("Beware of SEOs that advertise a priority submit to Google.", None, False),
        # one page per town with the name swapped is a doorway; unique pages per service area are not
        ("We create location pages for every town you serve, each with the same content and the city name "
         "swapped.", "deceptive_tactics", True),
        ("We publish a page for each city in your area; only the town name changes.", "deceptive_tactics",
         True),
        ("We write unique location pages for every city you serve, never the same content with the name "
         "swapped.", None, False),
        ("Doorway pages are pages with the same content and only the city name changed.", None, False),
        ("We build a page for every service area with unique photos, reviews and team details.", None, False),
        # reviews replaced when the platform removes them are kept up by their seller; real feedback is not
        ("If Google's algorithm removes one or more reviews obtained through our service, we will find new "
         "reviewers to replace the missing reviews.", "deceptive_tactics", True),
        ("We help you replace fake reviews that were removed with genuine feedback from real customers.",
         None, False),
        # a supposition set up to reason with is no one's offer
        ("Let's say we need 10 links. Now let's say the cost per link is $100 each per key phrase that we "
         "can put in the anchor text.", None, False),
        # visitors bought as such are not links
        ("Traffic purchased from us is sent as is to your chosen landing page URL.", None, False),
        ("Buy targeted website traffic from real visitors in your niche.", None, False),
        ("We buy links on news sites and send the traffic to your landing page.", "paid_links", True),
        # a practice said to be over, or weighed as a subject, is not offered
        ("In our agency, link exchanges are a thing of the past.", None, False),
        ("Sure, buying thousands of backlinks for 5USD sounds like a good deal. If we'd still live in '07.",
         None, False),
        ("Using a PBN may seem tempting when your rankings stall.", None, False),
        ("Buying 50 guest posts for $99 sounds crazy, but that's what our package costs.", "paid_links",
         True),
        # a bought link said to look natural to Google is hidden from it by the writer
        ("Buying links from our network looks natural to Google and gets results fast.", "paid_links", True),
        # an offer the next sentence turns back to as a sample of others' pitches
        ("Submit your web site to 4000 search engines for $29.95. If you have been online for any amount of "
         "time, you've probably seen this type of email ad before.", None, False),
        ("Guaranteed first page rankings in 30 days! Sound familiar? Every week another agency sends this "
         "promise.", None, False),
        ("We build 50 backlinks a month. This type of package suits small sites.", None, True),
        # definitions after an opening phrase, with a synonym, or with a gerund for a subject
        ("As discussed on the advertising page, link exchange is where you display a small link to a site "
         "and in return they list your site in their database.", None, False),
        ("A reciprocal link or reciprocated link is a link back from web site A to web site B, in return for "
         "a link from B to A.", None, False),
        ("In the context of SEO, creating backlinks from Web 2.0 platforms involves building links to your "
         "website from these user-generated content sites.", None, False),
        ("A link with a Processing status means the order has been received and our team is placing the "
         "backlink.", "paid_links", True),
        # varied keyword anchors are a natural mix; exact-match ones on every link are not
        ("You should try and make your back-links look as natural as possible by using variations of your "
         "keywords as anchor text.", None, False),
        ("We use exact-match anchors with variations of your money keywords on every link.",
         "anchor_manipulation", True),
        # engagement faked for rankings; the critique of it is a warning, review requests to customers honest
        ("Our CTR manipulation service sends thousands of searches and clicks to your Google Maps listing.",
         "deceptive_tactics", True),
        ("We send real users to search your keyword and click your listing to boost your rankings.",
         "deceptive_tactics", True),
        ("The client only pays for the number of autocomplete clicks they receive.", "deceptive_tactics",
         True),
        ("CTR manipulation is a myth that wastes your money.", None, False),
        ("Our review management software sends review requests to your customers after every order.", None,
         False),
        # listings at addresses a business does not hold, one per city it wants to rank in
        ("We set up verified Google Business Profiles for every city you want to rank in, using virtual "
         "offices.", "deceptive_tactics", True),
        ("We verify the Google Business Profiles of each location you operate in every city.", None, False),
        # a page with its own address is a location page, not a site the writer owns; a bought link said
        # never to look natural is a warning
        ("We create a page for each location you actually operate from, with its own address and team.", None,
         False),
        ("We never buy links; a bought link never looks natural to Google for long.", None, False),
    ],
)
def test_what_a_provider_says_of_a_practice_in_its_own_voice(text, category, flagged):
    raised = {f.category for f in detect(text)}
    assert (category in raised if category else bool(raised)) is flagged
