"""The real gunicorn (gunicorn.conf.py): its access log never holds a brief's token, and each worker loads
what is heavy before it answers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from matcher.config import PROJECT_ROOT

GUNICORN = Path(sys.executable).parent / "gunicorn"
TOKEN = "Zq3xKp9LmN2vB7cD4eF6gH8jK0lM1nP5"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, **headers) -> None:
    try:
        urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=30).read()
    except urllib.error.HTTPError:
        pass  # a 404 is fine: the request is what gets logged


def test_brief_tokens_never_reach_the_access_log(tmp_path):
    port = _free_port()
    log = tmp_path / "access.log"
    env = dict(os.environ, MATCHER_INSTANCE_DIR=str(tmp_path), SECRET_KEY="test", WEB_CONCURRENCY="1",
               DATABASE_URL=f"sqlite:///{tmp_path / 'm.db'}", BIND=f"127.0.0.1:{port}")
    errors = tmp_path / "error.log"
    proc = subprocess.Popen([str(GUNICORN), "-c", "gunicorn.conf.py", "--access-logfile", str(log),
                             "--error-logfile", str(errors), "web.wsgi:app"], cwd=PROJECT_ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/healthz", timeout=5).read()
                break
            except (OSError, urllib.error.HTTPError):
                assert time.monotonic() < deadline and proc.poll() is None, "gunicorn did not start"
                time.sleep(0.3)
        _get(f"{base}/briefs/{TOKEN}")
        _get(f"{base}/api/v1/briefs/7?token={TOKEN}")
        _get(f"{base}/healthz", Referer=f"{base}/briefs/{TOKEN}")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    # The worker loaded the model and the engines before it answered anyone (gunicorn.conf.py).
    assert "warmed up in" in errors.read_text()
    text = log.read_text()
    assert "/briefs/[redacted]" in text and "token=[redacted]" in text and "/api/v1/briefs/7" in text
    assert TOKEN not in text
