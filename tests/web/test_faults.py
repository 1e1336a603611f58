"""Faults caused for real, seen over HTTP: Redis down, a worker killed, the database down, the index damaged.

Each test says what a client sees and proves nothing it was told was accepted is lost.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from matcher import runtime as runtime_mod
from matcher.models import Base, Brief
from tests.conftest import PG_URL, make_settings, require_service
from tests.web.fault_kit import RedisServer, TcpProxy, Timings
from tests.web.kit import add_provider, brief_payload, make_api_account, make_app

CYCLES = int(os.environ.get("FAULT_CYCLES", "3"))


def _install(settings):
    rt = runtime_mod.build(settings)
    Base.metadata.create_all(rt.db.engine)
    runtime_mod.install(rt)
    return rt


def _catalogue(rt) -> None:
    from matcher.index import rebuild

    add_provider(rt, external_id="saas-links", name="SaaS Links Co")
    add_provider(
        rt,
        external_id="law",
        name="Counsel Links",
        industries=["legal"],
        description="Link building and digital PR for law firms and attorneys.",
    )
    rebuild(rt)


def _status(client, accepted) -> dict:
    return client.get(accepted["status_url"], headers={"X-Brief-Token": accepted["token"]}).json


def _briefs(rt) -> dict[int, str]:
    with rt.db.session() as session:
        return {b.id: b.status for b in session.query(Brief)}


# --- Redis --------------------------------------------------------------------------------------------


@pytest.fixture
def with_redis(tmp_path):
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed")
    server = RedisServer()
    server.start()
    rt = _install(make_settings(tmp_path, redis_url=server.url, extra={"ratelimit": "on"}))
    yield rt, make_app(rt).test_client(), server
    server.kill()
    runtime_mod._current = None
    rt.db.dispose()


def _work(server, rt) -> None:
    from redis import Redis
    from rq import Queue, SimpleWorker

    conn = Redis.from_url(server.url)
    SimpleWorker([Queue(rt.settings.queue_name, connection=conn)], connection=conn).work(burst=True)


def test_briefs_are_accepted_and_matched_while_redis_is_down(with_redis):
    rt, client, server = with_redis
    _catalogue(rt)
    accepted, timings = [], Timings("redis down")
    for _cycle in range(CYCLES):
        server.kill()
        with timings.measure("202 while Redis is down (matched inline)"):
            r = client.post("/api/v1/briefs", json=brief_payload())  # the rate limiter's Redis is down too
        assert r.status_code == 202, r.json
        accepted.append(r.json)
        # Without a queue the brief was matched in-process before the answer.
        assert r.json["status"] == "done" and _status(client, r.json)["matches"]
        server.start()
        with timings.measure("202 with Redis back (queued)"):
            r = client.post("/api/v1/briefs", json=brief_payload())
        assert r.status_code == 202 and r.json["status"] == "queued"
        accepted.append(r.json)
        _work(server, rt)  # a worker, once Redis is back
        assert _status(client, r.json)["status"] == "done"
    assert _briefs(rt) == {a["id"]: "done" for a in accepted}
    assert max(timings.samples["202 while Redis is down (matched inline)"]) < 10
    timings.report(cycles=CYCLES, accepted=len(accepted), stored_and_done=len(_briefs(rt)))


SLOW_MATCH = """
import time
import matcher.ranking as ranking

_rank = ranking.rank_brief


def _slow(*args, **kwargs):  # the test kills the worker during this sleep
    time.sleep(120)
    return _rank(*args, **kwargs)


ranking.rank_brief = _slow
"""


def _brief_job(rt, brief_id: int) -> str:
    with rt.db.session() as session:
        return session.get(Brief, brief_id).job_id


def _brief_status(rt, brief_id: int) -> str:
    with rt.db.session() as session:
        return session.get(Brief, brief_id).status


def test_a_worker_killed_mid_job_loses_no_brief(with_redis, tmp_path):
    from matcher.jobs.recovery import requeue_stale_briefs

    rt, client, server = with_redis
    _catalogue(rt)
    accepted = client.post("/api/v1/briefs", json=brief_payload()).json
    assert accepted["status"] == "queued"
    shim = tmp_path / "shim"
    shim.mkdir()
    (shim / "sitecustomize.py").write_text(SLOW_MATCH)
    s = rt.settings
    env = dict(
        os.environ,
        PYTHONPATH=str(shim),
        DATABASE_URL=s.database_url,
        REDIS_URL=server.url,
        INDEX_DIR=str(s.index_dir),
        MATCHER_INSTANCE_DIR=str(s.instance_dir),
        SECRET_KEY="test-secret",
    )
    worker = subprocess.Popen(
        [str(Path(sys.executable).parent / "matcher"), "worker"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 90
        while _brief_status(rt, accepted["id"]) != "matching":
            assert time.monotonic() < deadline and worker.poll() is None, "the worker never started the job"
            time.sleep(0.1)
    finally:
        worker.kill()  # SIGKILL in the middle of the job
        worker.wait(timeout=10)
    # The brief stays, visibly in progress, never lost or half-written.
    timings = Timings("worker killed")
    seen = _status(client, accepted)
    assert seen["status"] == "matching" and "matches" not in seen
    # The worker beat in Redis until it died; while its heartbeat key lives (ALIVE_TTL_S) the job counts as
    # running. Here the lapse is made at once, and the staleness cutoff is 0 (30 s by default:
    # `python -m bench.recovery_time` measures the defaults), then the sweep queues the brief again.
    from redis import Redis
    from rq.job import Job

    from matcher.jobs import recovery

    redis = Redis.from_url(server.url)
    job = Job.fetch(_brief_job(rt, accepted["id"]), connection=redis)
    assert redis.exists(recovery._alive_key(job.worker_name))  # it did beat
    assert requeue_stale_briefs(rt, older_than_s=0) == []  # so, until the beat lapses, it is running
    redis.delete(recovery._alive_key(job.worker_name))
    with timings.measure("requeue and match after the kill"):
        assert requeue_stale_briefs(rt, older_than_s=0) == [accepted["id"]]
        _work(server, rt)
    seen = _status(client, accepted)
    assert seen["status"] == "done" and seen["matches"]
    timings.report(brief=seen["status"], matches=len(seen["matches"]))


# --- PostgreSQL ---------------------------------------------------------------------------------------


@pytest.fixture
def pg_behind_proxy(tmp_path):
    require_service("PostgreSQL", "127.0.0.1", 5432)
    name = f"faults_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    proxy = TcpProxy(5432)
    proxy.start()
    rt = _install(make_settings(tmp_path, f"postgresql+psycopg://postgres@127.0.0.1:{proxy.port}/{name}"))
    yield rt, proxy
    runtime_mod._current = None
    rt.db.dispose()
    proxy.stop()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_database_outage_is_503_and_the_service_recovers_by_itself(pg_behind_proxy):
    rt, proxy = pg_behind_proxy
    _catalogue(rt)
    admin = make_api_account(rt, "admin@example.com", "admin")
    client = make_app(rt).test_client()
    accepted = [client.post("/api/v1/briefs", json=brief_payload()).json]
    pid = client.get("/api/v1/providers").json["items"][0]["id"]
    calls = {
        "list": lambda: client.get("/api/v1/providers"),
        "read": lambda: client.get(f"/api/v1/providers/{pid}"),
        "patch": lambda: client.patch(
            f"/api/v1/providers/{pid}", json={"team_size": 5}, headers=admin.headers
        ),
        "brief": lambda: client.post("/api/v1/briefs", json=brief_payload()),
        "status": lambda: client.get(
            accepted[0]["status_url"], headers={"X-Brief-Token": accepted[0]["token"]}
        ),
        "token": lambda: client.post(
            "/api/v1/tokens", json={"email": "admin@example.com", "password": "x" * 12}
        ),
    }
    timings = Timings("database down")
    for _cycle in range(CYCLES):
        proxy.stop()
        for name, call in calls.items():
            with timings.measure("503 during the outage"):
                r = call()
            assert r.status_code == 503, (name, r.status_code)
            assert r.json["error"]["code"] == "database_unavailable" and r.headers["Retry-After"]
            assert "Traceback" not in r.get_data(as_text=True) and "psycopg" not in r.get_data(as_text=True)
        proxy.start()  # no restart of the app: the pool reconnects on its own
        with timings.measure("first request after the database is back"):
            assert calls["list"]().status_code == 200
        assert calls["patch"]().status_code == 200
        r = calls["brief"]()
        assert r.status_code == 202
        accepted.append(r.json)
    # Every brief answered 202 is stored and matched; the ones answered 503 were never half-stored.
    assert _briefs(rt) == {a["id"]: "done" for a in accepted}
    assert max(timings.samples["503 during the outage"]) < 5
    timings.report(
        cycles=CYCLES,
        requests_during_outages=len(timings.samples["503 during the outage"]),
        accepted=len(accepted),
        stored_and_done=len(_briefs(rt)),
    )


# --- The vector index -----------------------------------------------------------------------------------


def _names(client, q="backlinks for a personal injury lawyer") -> list[str]:
    r = client.get("/api/v1/providers", query_string={"q": q})
    assert r.status_code == 200, r.json  # rebuilt on the spot; a 503 would be search_unavailable
    return [p["name"] for p in r.json["items"]]


def test_missing_or_corrupt_index_is_rebuilt_and_search_answers(rt):
    _catalogue(rt)
    client = make_app(rt).test_client()
    expected = _names(client)
    assert expected[0] == "Counsel Links"
    index_dir, timings = rt.settings.index_dir, Timings("index damaged")
    for _cycle in range(CYCLES):
        shutil.rmtree(index_dir)
        with timings.measure("search with the index deleted"):
            assert _names(client) == expected
        (index_dir / "manifest.json").write_bytes(b"\x00garbage{")
        with timings.measure("search with a garbage manifest"):
            assert _names(client) == expected
        for npz in index_dir.glob("*.npz"):  # truncated data files, read by a freshly started process
            npz.write_bytes(npz.read_bytes()[:100])
        fresh = runtime_mod.install(runtime_mod.build(rt.settings))
        with timings.measure("search by a new process with truncated files"):
            assert _names(make_app(fresh).test_client()) == expected
        fresh.db.dispose()
        runtime_mod.install(rt)
    assert (index_dir / "manifest.json").exists()
    timings.report(cycles=CYCLES, searches=3 * CYCLES)
