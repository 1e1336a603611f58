"""Validation shared by the CLI, the API and the forms: clear field messages, nothing silently cut."""

import pytest
from marshmallow import EXCLUDE, ValidationError

from matcher.schemas import BriefInputSchema, ProviderInputSchema, flatten_messages


def errors_of(schema, data):
    with pytest.raises(ValidationError) as exc:
        schema.load(data)
    return flatten_messages(exc.value.messages)


def test_only_name_and_description_are_required():
    data = ProviderInputSchema().load({"name": "Solo", "description": "Freelance link builder."})
    assert data["services"] == [] and data["min_budget_usd"] is None and data["case_studies"] == []


def test_nulls_and_empties_are_accepted():
    data = ProviderInputSchema().load(
        {
            "name": "A",
            "description": "B",
            "services": None,
            "website": "",
            "min_budget_usd": None,
            "case_studies": None,
            "countries": ["gb"],
            "languages": ["EN"],
        }
    )
    assert data["services"] == [] and data["website"] is None
    assert data["countries"] == ["GB"] and data["languages"] == ["en"]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"description": "x"}, "name"),
        ({"name": "A"}, "description"),
        ({"name": "A", "description": "x", "services": ["seo_magic"]}, "services.0"),
        ({"name": "A", "description": "x", "industries": ["pets"]}, "industries.0"),
        ({"name": "A", "description": "x", "countries": ["XX"]}, "countries.0"),
        ({"name": "A", "description": "x", "min_budget_usd": -5}, "min_budget_usd"),
        ({"name": "A", "description": "x", "min_budget_usd": 900, "max_budget_usd": 100}, "min_budget_usd"),
        ({"name": "A", "description": "x" * 100_001}, "description"),
        ({"name": "A", "description": "x", "team_size": "many"}, "team_size"),
        ({"name": "A", "description": "x", "website": "javascript:alert(1)"}, "website"),
    ],
)
def test_bad_provider_fields_are_named(data, field):
    assert field in errors_of(ProviderInputSchema(), data)


def test_unknown_fields_are_refused_by_the_api_schema_and_ignored_by_the_importer():
    data = {"name": "A", "description": "x", "seed_note": "clean"}
    assert "seed_note" in errors_of(ProviderInputSchema(), data)
    assert "seed_note" not in ProviderInputSchema(unknown=EXCLUDE).load(data)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({}, "scope"),
        ({"scope": "   "}, "scope"),
        ({"scope": "x", "budget_min_usd": 5000, "budget_max_usd": 2000}, "budget_min_usd"),
        ({"scope": "x", "industry": "pets"}, "industry"),
        ({"scope": "x", "timeline_weeks": 10_000}, "timeline_weeks"),
        ({"scope": "x", "budget_max_usd": 10**12}, "budget_max_usd"),
    ],
)
def test_bad_brief_fields_are_named(data, field):
    assert field in errors_of(BriefInputSchema(), data)
