"""The `matcher` command line as a user runs it."""

import json
import os
import re

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from cli import main
from matcher.models import Brief, Finding, Provider
from matcher.usecases.accounts import authenticate

GOOD = [
    {
        "external_id": "c1",
        "name": "Clean Links Co",
        "description": "We earn links with digital PR for SaaS.",
        "services": ["link_building", "digital_pr"],
        "industries": ["saas"],
        "countries": ["US"],
        "languages": ["en"],
        "min_budget_usd": 2000,
        "max_budget_usd": 8000,
    },
    {
        "external_id": "c2",
        "name": "Blast Media",
        "description": "Get 50 high-DA backlinks, guaranteed.",
        "services": ["link_building"],
        "countries": ["US"],
        "min_budget_usd": 300,
    },
]


def write_jsonl(path, rows):
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    return str(path)


def count(rt, model):
    with rt.db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_import_vets_and_updates_by_external_id(rt, tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["import-providers", write_jsonl(tmp_path / "p.jsonl", GOOD)])
    assert result.exit_code == 0, result.output
    assert "2 created" in result.output
    with rt.db.session() as s:
        blast = s.scalar(select(Provider).where(Provider.external_id == "c2"))
        assert blast.status == "flagged"
        assert s.scalar(select(func.count()).select_from(Finding).where(Finding.provider_id == blast.id)) >= 1
    changed = [dict(GOOD[0], description="We earn links with digital PR for fintech."), GOOD[1]]
    result = runner.invoke(main, ["import-providers", write_jsonl(tmp_path / "q.jsonl", changed)])
    assert result.exit_code == 0, result.output
    assert "1 updated, 1 unchanged" in result.output
    assert count(rt, Provider) == 2


def test_import_with_any_bad_line_imports_nothing_and_names_lines(rt, tmp_path):
    rows = [
        GOOD[0],
        "{broken json",
        {"name": "X", "description": "d", "services": ["magic"]},
        {"name": "Y", "description": "d", "min_budget_usd": -1},
        {"name": "Z", "description": "d", "min_budget_usd": 10, "max_budget_usd": 5},
        {"description": "no name"},
        {"name": "Big", "description": "x" * 10_000_000},
    ]
    result = CliRunner().invoke(main, ["import-providers", write_jsonl(tmp_path / "bad.jsonl", rows)])
    assert result.exit_code == 2
    for fragment in [
        "line 2:",
        "line 3: services.0",
        "line 4: min_budget_usd",
        "line 5: min_budget_usd",
        "line 6: name",
        "line 7: description",
    ]:
        assert fragment in result.output
    assert "line 1:" not in result.output
    assert count(rt, Provider) == 0


def test_import_missing_file_exits_2(rt, tmp_path):
    result = CliRunner().invoke(main, ["import-providers", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2 and "cannot read" in result.output


def test_vet_writes_findings_per_line(rt, tmp_path):
    path = write_jsonl(
        tmp_path / "v.jsonl",
        [
            {"id": "a", "text": "We never buy links."},
            {"id": "b", "text": "Links placed on our private network of 300 blogs."},
        ],
    )
    result = CliRunner().invoke(main, ["vet", path])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.output.strip().splitlines()]
    assert lines[0] == {"id": "a", "findings": []}
    assert lines[1]["id"] == "b" and any(f["category"] == "pbn" for f in lines[1]["findings"])


def test_vet_bad_line_exits_2(rt, tmp_path):
    result = CliRunner().invoke(main, ["vet", write_jsonl(tmp_path / "v.jsonl", [{"id": 1}])])
    assert result.exit_code == 2 and "line 1: text" in result.output


def test_match_one_brief_and_many(rt, tmp_path):
    runner = CliRunner()
    assert runner.invoke(main, ["import-providers", write_jsonl(tmp_path / "p.jsonl", GOOD)]).exit_code == 0
    brief = {
        "external_id": "b1",
        "scope": "Link building for our B2B SaaS product in the US",
        "services": ["link_building"],
        "countries": ["US"],
        "budget_max_usd": 5000,
    }
    single = tmp_path / "b.json"
    single.write_text(json.dumps(brief, indent=2))
    result = runner.invoke(main, ["match", str(single), "--top", "5"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["brief_id"] == "b1"
    assert [m["provider_id"] for m in out["matches"]] == ["c1"]  # the flagged provider is never recommended
    assert out["matches"][0]["reasons"]["summary"]
    many = write_jsonl(tmp_path / "b.jsonl", [brief, dict(brief, external_id="b2", budget_max_usd=100)])
    result = runner.invoke(main, ["match", many])
    lines = [json.loads(x) for x in result.output.strip().splitlines()]
    assert [x["brief_id"] for x in lines] == ["b1", "b2"]
    assert lines[1]["matches"] == [] and "$100" in lines[1]["empty_reason"]


def test_match_bad_brief_exits_2(rt, tmp_path):
    path = write_jsonl(
        tmp_path / "b.jsonl", [{"scope": "ok"}, {"scope": "x", "budget_min_usd": 9, "budget_max_usd": 1}]
    )
    result = CliRunner().invoke(main, ["match", path])
    assert result.exit_code == 2 and "line 2: budget_min_usd" in result.output


def test_init_db_creates_the_schema(tmp_path, monkeypatch):
    from matcher import runtime

    runtime._current = None
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'fresh.db'}")
    monkeypatch.setenv("MATCHER_INSTANCE_DIR", str(tmp_path))
    try:
        result = CliRunner().invoke(main, ["init-db"])
        assert result.exit_code == 0, result.output
        assert (tmp_path / "fresh.db").exists()
    finally:
        runtime.reset()


@pytest.mark.parametrize("command", [["init-db"], ["seed"], ["reindex"]])
def test_a_database_that_cannot_be_reached_is_one_clear_line(tmp_path, monkeypatch, command):
    from matcher import runtime

    runtime._current = None
    # Port 1 on loopback: nothing listens, the connection is refused at once.
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://matcher:secret@127.0.0.1:1/matcher")
    monkeypatch.setenv("MATCHER_INSTANCE_DIR", str(tmp_path))
    try:
        result = CliRunner().invoke(main, command)
    finally:
        runtime.reset()
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "cannot be reached" in lines[0] and "Traceback" not in result.output
    assert "secret" not in result.output  # the password is never printed


@pytest.mark.slow  # vets and indexes every sample provider
def test_seed_loads_sample_data(rt):
    result = CliRunner().invoke(main, ["seed"])
    assert result.exit_code == 0, result.output
    assert count(rt, Provider) >= 60 and count(rt, Brief) >= 15
    with rt.db.session() as s:
        statuses = dict(s.execute(select(Provider.status, func.count()).group_by(Provider.status)).all())
    assert statuses.get("flagged", 0) >= 5 and statuses.get("verified", 0) >= 30
    before = count(rt, Provider)
    first = _demo_logins(result.output)
    again = CliRunner().invoke(main, ["seed"])
    assert again.exit_code == 0, again.output
    assert count(rt, Provider) == before  # seeding twice updates, never duplicates
    # The demo logins DESIGN.md promises work, as printed; each run prints new passwords.
    second = _demo_logins(again.output)
    with rt.db.session() as s:
        admin = authenticate(s, *second["admin"][:2])
        provider = authenticate(s, *second["provider"][:2])
        assert admin.is_admin and provider.role == "provider"
        owned = s.scalar(select(Provider).where(Provider.owner_id == provider.id))
        assert owned.external_id == second["provider"][2] and owned.status == "verified" and owned.is_sample
        assert authenticate(s, *first["admin"][:2]) is None  # the old password stopped working


def _demo_logins(output: str) -> dict[str, list[str]]:
    found = {m.group(1): m.group(2).split() for m in re.finditer(r"^demo (admin|provider) login: (.+)$",
                                                                output, re.MULTILINE)}
    assert set(found) == {"admin", "provider"}, output
    return found


def _snapshot(rt) -> dict:
    with rt.db.session() as s:
        return {p.external_id: (p.name, p.status, p.content_version, p.is_sample, p.updated_at)
                for p in s.scalars(select(Provider))}


@pytest.mark.slow  # vets and indexes every sample provider
def test_seeding_over_imported_providers_leaves_them_unchanged(rt, tmp_path):
    # Providers of one's own, with the ids the samples had before they got their own namespace, and one
    # honest and unflagged: seeding must neither rewrite nor verify them.
    mine = [{**row, "external_id": f"p000{i}"} for i, row in enumerate(GOOD, start=1)]
    imported = CliRunner().invoke(main, ["import-providers", write_jsonl(tmp_path / "mine.jsonl", mine)])
    assert imported.exit_code == 0, imported.output
    before = _snapshot(rt)
    assert before["p0001"][1] == "submitted"
    result = CliRunner().invoke(main, ["seed"])
    assert result.exit_code == 0, result.output
    after = _snapshot(rt)
    assert {k: after[k] for k in before} == before
    assert all(after[k][3] for k in after.keys() - before.keys())  # every new row is a marked sample
    with rt.db.session() as s:
        verified_by_seed = s.scalars(select(Provider.external_id).where(Provider.status == "verified"))
        assert all(pid.startswith("sample-") for pid in verified_by_seed)


def test_seeding_refuses_when_its_ids_hold_rows_it_did_not_create(rt, tmp_path):
    taken = [{**GOOD[0], "external_id": "sample-p0001"}]
    imported = CliRunner().invoke(main, ["import-providers", write_jsonl(tmp_path / "t.jsonl", taken)])
    assert imported.exit_code == 0, imported.output
    before = _snapshot(rt)
    result = CliRunner().invoke(main, ["seed"])
    assert result.exit_code == 2
    assert "Not seeding" in result.output and "sample-p0001" in result.output
    assert "Nothing was changed" in result.output
    assert _snapshot(rt) == before and count(rt, Brief) == 0


@pytest.mark.slow  # loads the model, as a real start does
def test_serve_loads_what_is_heavy_before_it_says_ready(tmp_path):
    """A new user's first brief must not wait for the model: `matcher serve` says it is ready, with the
    address, only once the model, the index and the red-flag engine are loaded, and then answers."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "MATCHER_INSTANCE_DIR": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite",
           "INDEX_DIR": str(tmp_path / "index"), "SECRET_KEY": "test-secret", "HF_HUB_OFFLINE": "1"}
    env.pop("REDIS_URL", None)
    matcher = [sys.executable, "-c", "from cli import main; main()"]
    subprocess.run([*matcher, "init-db"], env=env, check=True, capture_output=True)
    server = subprocess.Popen([*matcher, "serve", "--port", str(port)], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    try:
        lines = []
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            line = server.stdout.readline()
            lines.append(line)
            if line.startswith("Ready in") or not line:
                break
        ready = lines[-1]
        assert ready.startswith("Ready in") and f"http://127.0.0.1:{port}/" in ready, lines
        assert any("Loading the language model" in line for line in lines)
        body = {"scope": "Link building for our dental clinic in Leeds"}
        for _ in range(50):  # the socket opens a moment after the line is printed
            try:
                request = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/match",
                                                 data=json.dumps(body).encode(),
                                                 headers={"Content-Type": "application/json"})
                with urllib.request.urlopen(request, timeout=30) as response:
                    assert response.status == 200 and json.loads(response.read())["matches"] is not None
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise AssertionError("the server said it was ready but never answered")
    finally:
        server.terminate()
        server.wait(timeout=10)
