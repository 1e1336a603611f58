"""Evidence highlighting and the questionnaire schema, without a browser or an app."""

from __future__ import annotations

import pytest
from marshmallow import ValidationError

from matcher.questionnaire import load_questionnaire
from matcher.schemas.questionnaire import answers_schema
from web.pages.highlight import field_label, highlight, in_context, locate


def test_highlight_escapes_text_and_marks_spans():
    text = "<b>Hi</b> we guarantee links & more"
    start = text.index("we guarantee")
    html = str(highlight(text, [(start, start + 12)]))
    assert html == "&lt;b&gt;Hi&lt;/b&gt; <mark>we guarantee</mark> links &amp; more"


def test_overlapping_and_out_of_range_spans_are_merged_and_clamped():
    assert (
        str(highlight("abcdefgh", [(1, 4), (3, 6), (7, 99), (5, 5)])) == "a<mark>bcdef</mark>g<mark>h</mark>"
    )


def test_evidence_that_is_itself_markup_is_escaped_inside_the_mark():
    text = "x <script>alert(1)</script> y"
    span = locate(text, 2, 27, "<script>alert(1)</script>")
    assert str(in_context(text, span)) == "x <mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark> y"


def test_stale_offsets_fall_back_to_finding_the_evidence():
    text = "New intro. We guarantee 50 backlinks."
    assert locate(text, 0, 5, "We guarantee 50 backlinks") == (11, 36)
    assert locate(text, 0, 5, "we GUARANTEE 50 backlinks") == (11, 36)
    assert locate(text, 0, 5, "gone") is None
    assert str(in_context(text, None, "gone <i>")) == "<mark>gone &lt;i&gt;</mark>"


def test_context_is_cut_at_words_with_ellipses():
    text = ("word " * 100) + "PROMISE" + (" word" * 100)
    start = text.index("PROMISE")
    html = str(in_context(text, (start, start + 7), context=40))
    assert html.startswith("\u2026word") and html.endswith("word\u2026") and "<mark>PROMISE</mark>" in html


def test_field_labels():
    assert field_label("case_studies[1].summary") == "Case study 2: summary"
    assert field_label("questionnaire.guarantees").startswith("Questionnaire: Do you guarantee")
    assert field_label("methodology") == "Methodology"


def test_questionnaire_schema_enforces_required_lengths_and_choices():
    spec = load_questionnaire()
    with pytest.raises(ValidationError) as exc:
        answers_schema(spec).load(
            {"guarantees": "maybe", "tools_used": "x" * 501, "link_methods": ["bribes"]}
        )
    messages = exc.value.messages
    assert messages["guarantees"] == ["Please choose one of the options."]
    assert "under 500" in messages["tools_used"][0]
    assert "Unknown option" in str(messages["link_methods"])
    assert messages["link_sources"] == ["Please answer this question."]
    draft = answers_schema(spec, draft=True).load({"tools_used": " Ahrefs ", "guarantees": ""})
    assert draft["tools_used"] == "Ahrefs" and draft["guarantees"] is None and draft["example_links"] == []
    with pytest.raises(ValidationError):
        answers_schema(spec, draft=True).load({"example_links": "javascript:alert(1)"})
