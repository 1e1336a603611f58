"""The audit log as an admin searches it: by provider, actor, action and date, and as CSV."""

from __future__ import annotations

import csv
import io

from matcher.usecases.reviews import decide
from tests.web.kit import PASSWORD, login, make_account, make_provider


def _log(client, session):
    admin = make_account(session, "admin@example.com", "admin")
    rocket = make_provider(session, "Rank Rocket", status="submitted")
    harbour = make_provider(session, "Harbour PR", status="submitted")
    formula = '=HYPERLINK("http://evil.example") promises rankings'
    decide(session, rocket.id, "suspend", admin, reason=formula)
    decide(session, harbour.id, "verify", admin)
    session.commit()
    login(client, "admin@example.com", PASSWORD)


def _rows(client, query: str) -> list[dict]:
    response = client.get(f"/admin/audit.csv?{query}")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    return list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))


def test_the_log_narrows_by_provider_action_actor_and_date(client, session):
    _log(client, session)
    page = client.get("/admin/audit?action=suspend").get_data(as_text=True)
    assert "Rank Rocket" in page and "Harbour PR" not in page
    assert {r["provider"] for r in _rows(client, "provider=harbour")} == {"Harbour PR"}
    assert {r["action"] for r in _rows(client, "actor=admin@example&action=verify")} == {"verify"}
    assert _rows(client, "date_from=2999-01-01") == []
    assert len(_rows(client, "")) >= 2


def test_a_bad_filter_is_named_and_the_rest_still_applies(client, session):
    _log(client, session)
    response = client.get("/admin/audit?date_from=yesterday&action=suspend")
    assert response.status_code == 422 and "Not a valid date" in response.get_data(as_text=True)
    assert "Harbour PR" not in response.get_data(as_text=True)


def test_the_export_cannot_run_formulas_in_a_spreadsheet(client, session):
    _log(client, session)
    (row,) = _rows(client, "action=suspend")
    assert row["reason"].startswith("'=HYPERLINK")
