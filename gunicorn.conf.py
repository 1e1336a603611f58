"""gunicorn settings for the web app; gunicorn reads this file from the working directory.

    gunicorn web.wsgi:app            # WEB_CONCURRENCY workers (default 2) on BIND (default 0.0.0.0:8000)
"""

import os

bind = os.environ.get("BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
timeout = 60

# Every worker embeds briefs with the model. Left alone, torch gives each worker one thread per core and
# the workers' threads spin against each other: at 10,000 providers on 2 cores, 7.8 requests/s against
# 50 with one thread each (bench/RESULTS.md, "HTTP"). Workers are forked after this runs, so they inherit it.
# sched_getaffinity counts the cores this process may use (a container's cpuset), not the host's.
cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
os.environ.setdefault("MATCHER_THREADS", str(max(1, cores // workers)))

# Threads per worker (gthread): a slow request (a long text to vet, a first match loading the model) holds
# one thread, not the whole worker, so /healthz and other visitors are still answered. The model is
# guarded by its own lock (matcher/embeddings.py) and each request has its own database session.
threads = int(os.environ.get("WEB_THREADS", "4"))
# gunicorn answers a request line past this with its own HTML 414; 8190 is its maximum, so long but
# legal addresses reach the app and get the one error shape.
limit_request_line = 8190

# The access log never holds a brief's token (web/access_log.py).
logger_class = "web.access_log.RedactingLogger"


def post_worker_init(worker):
    """Load the model, the provider index and the red-flag engine in each worker before it takes a request,
    so no visitor waits for them (`matcher serve` does the same before it says it is ready)."""
    import time

    from matcher import redflags
    from matcher.jobs.worker import warm_up

    started = time.perf_counter()
    warm_up(worker.wsgi.extensions["matcher_runtime"])
    redflags.warm_up()
    worker.log.info("worker %s warmed up in %.1f s", worker.pid, time.perf_counter() - started)
