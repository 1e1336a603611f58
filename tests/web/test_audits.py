"""The backlink audit over HTTP: the API's upload, the report page, its downloads, and what is stored."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pytest

from matcher.models import BacklinkAudit
from matcher.usecases.backlink_audits import uploads_dir
from tests.conftest import make_settings

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "backlinks"
SEMRUSH = SEEDS / "semrush_backlinks.csv"
CONTRACT = ("format", "rows", "skipped", "referring_domains", "anchor_mix", "follow_mix", "signals")


def upload(client, data: bytes, name: str = "export.csv", **fields):
    return client.post("/api/v1/audits", data={"file": (io.BytesIO(data), name), **fields},
                       content_type="multipart/form-data")


def stored(rt) -> tuple[int, list[Path]]:
    with rt.db.session() as session:
        rows = session.query(BacklinkAudit).count()
    folder = uploads_dir(rt)
    return rows, sorted(folder.iterdir()) if folder.exists() else []


def test_the_api_audits_an_export_and_links_its_report(client, rt):
    response = upload(client, SEMRUSH.read_bytes(), "semrush.csv", brand="Acme Dental",
                      money=["dental implants", "emergency dentist, dentist near me"])
    assert response.status_code == 200, response.json
    body = response.json
    assert all(key in body for key in CONTRACT)
    assert body["format"] == "semrush" and body["rows"] > 300
    assert set(body["anchor_mix"]) == {"branded", "url", "generic", "commercial", "other"}
    assert set(body["follow_mix"]) == {"follow", "nofollow", "sponsored", "ugc", "unknown"}
    assert body["money_terms"] == ["dental implants", "emergency dentist", "dentist near me"]
    for signal in body["signals"]:
        assert {"code", "severity", "reason", "evidence", "domains"} <= set(signal)
        assert "toxic" not in signal["reason"].lower()
    assert body["report_url"].startswith("/audits/")  # no PUBLIC_URL set: the path alone
    page = client.get(body["report_url"])
    assert page.status_code == 200
    assert b"Backlink audit of acme-dental.co.uk" in page.data
    assert page.headers["Cache-Control"] == "no-store"  # the address is the key


def test_a_file_that_is_not_an_export_is_refused_and_nothing_is_kept(client, rt):
    for data in (b"<!doctype html><html><body>Links</body></html>", b"\x00\x01\x02\xff" * 50, b"",
                 b"name,email\nAnn,ann@example.com\n"):
        response = upload(client, data)
        assert response.status_code == 422, data
        assert response.json["error"]["fields"]["file"][0]
    assert stored(rt) == (0, [])


def test_the_api_takes_the_file_as_multipart_only(client):
    response = client.post("/api/v1/audits", json={"file": "https://example.com"})
    assert response.status_code == 415
    assert "multipart/form-data" in response.json["error"]["message"]
    missing = client.post("/api/v1/audits", data={"brand": "Acme"}, content_type="multipart/form-data")
    assert missing.status_code == 422
    assert "file" in missing.json["error"]["fields"]


@pytest.fixture
def small_uploads(tmp_path):
    from matcher import runtime as runtime_mod
    from matcher.models import Base
    from web import create_app

    rt = runtime_mod.build(make_settings(tmp_path, max_upload_bytes=4096))
    Base.metadata.create_all(rt.db.engine)
    app = create_app(runtime=rt)
    app.config["WTF_CSRF_ENABLED"] = False
    yield rt, app.test_client()
    rt.db.dispose()


def test_an_upload_over_the_configured_size_gets_413_and_changes_nothing(small_uploads):
    rt, client = small_uploads
    assert upload(client, SEMRUSH.read_bytes()).status_code == 413
    page = client.post("/audits/new", data={"file": (io.BytesIO(SEMRUSH.read_bytes()), "big.csv")},
                       content_type="multipart/form-data")
    assert page.status_code == 413
    assert stored(rt) == (0, [])


def test_the_form_audits_an_upload_and_keeps_it_privately(client, rt):
    page = client.post("/audits/new", data={"brand": "", "money": ""}, content_type="multipart/form-data")
    assert page.status_code == 422 and b"Choose the export file" in page.data
    response = client.post("/audits/new", data={"file": (io.BytesIO(SEMRUSH.read_bytes()), "../../etc/x.csv"),
                                                "brand": "Acme Dental", "money": "dental implants"},
                           content_type="multipart/form-data")
    assert response.status_code == 302
    report = client.get(response.headers["Location"])
    assert report.status_code == 200
    assert b"What looks manipulative" in report.data and b"<svg" in report.data
    rows, files = stored(rt)
    assert rows == 1 and len(files) == 1
    # A generated name, readable by its owner only, and never served back.
    assert files[0].name != "x.csv" and files[0].read_bytes() == SEMRUSH.read_bytes()
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    with rt.db.session() as session:
        assert session.query(BacklinkAudit).one().filename == "x.csv"
    for path in (f"/static/../uploads/{files[0].name}", f"/uploads/{files[0].name}"):
        assert client.get(path).status_code == 404


def _report_token(client) -> str:
    response = upload(client, SEMRUSH.read_bytes(), brand="Acme Dental")
    return response.json["report_url"].rsplit("/", 1)[-1]


def test_the_disavow_file_holds_exactly_what_was_chosen(client):
    token = _report_token(client)
    response = client.post(f"/audits/{token}/disavow", data={
        "domains": ["dental-health-hub1.com", "dental-health-hub2.net"],
        "more": "https://spam.example/page\nDomain:Linkfarm.example\n",
    })
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == 'attachment; filename="disavow.txt"'
    text = response.data.decode("utf-8")
    assert [line for line in text.splitlines() if not line.startswith("#")] == [
        "domain:dental-health-hub1.com", "domain:dental-health-hub2.net", "domain:linkfarm.example",
        "https://spam.example/page",
    ]


def test_a_disavow_choice_that_cannot_be_written_is_explained(client):
    token = _report_token(client)
    nothing = client.post(f"/audits/{token}/disavow", data={"more": ""})
    assert nothing.status_code == 422 and b"Choose at least one domain" in nothing.data
    bad = client.post(f"/audits/{token}/disavow", data={"more": "not a domain!"})
    assert bad.status_code == 422 and b"not a domain name" in bad.data
    assert b"not a domain!" in bad.data  # what was typed is kept


def test_the_flagged_rows_download_cannot_run_formulas_in_a_spreadsheet(client):
    rows = ["source_url,target_url,anchor"]
    rows += [f"https://blog{i}.example/sponsored-post/dentist-{i},https://acme-dental.co.uk/,=HYPERLINK(\"x\")"
             for i in range(6)]
    rows += [f"https://news{i}.example/story,https://acme-dental.co.uk/,Acme Dental" for i in range(30)]
    response = upload(client, "\n".join(rows).encode())
    assert response.status_code == 200
    assert any(s["code"] == "unmarked_paid_placements" for s in response.json["signals"]), response.json
    token = response.json["report_url"].rsplit("/", 1)[-1]
    csv_text = client.get(f"/audits/{token}/flagged.csv").data.decode("utf-8")
    assert "'=HYPERLINK" in csv_text
    assert ",=HYPERLINK" not in csv_text


def test_an_unknown_report_is_404(client):
    assert client.get("/audits/not-a-token").status_code == 404
    assert client.post("/audits/not-a-token/disavow", data={"domains": ["a.example"]}).status_code == 404


def test_a_report_starts_a_brief_filled_in_with_what_it_found(client):
    page = client.get("/briefs/new", query_string={
        "services": "backlink_audit", "scope": "Backlink audit and clean-up for acme.example"})
    assert b'value="backlink_audit" checked' in page.data
    assert b"Backlink audit and clean-up for acme.example" in page.data
