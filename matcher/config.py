"""Settings read from the environment, in one place, with typed parsing.

Nothing here opens a connection: a Settings object only describes where things are.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INSTANCE = PROJECT_ROOT / "instance"


class ConfigError(ValueError):
    """An environment variable holds a value that cannot be used."""


def _int(env: dict[str, str], name: str, default: int, minimum: int = 0) -> int:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from exc
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, got {value}")
    return value


def _bool(env: dict[str, str], name: str, default: bool) -> bool:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _choice(env: dict[str, str], name: str, allowed: tuple[str, ...], default: str) -> str:
    raw = (env.get(name) or "").strip().lower()
    if not raw:
        return default
    if raw not in allowed:
        raise ConfigError(f"{name} must be one of {', '.join(allowed)}, got {raw!r}")
    return raw


@dataclass(frozen=True)
class Settings:
    database_url: str
    redis_url: str | None
    index_dir: Path
    secret_key: str
    instance_dir: Path
    # Texts longer than this are refused rather than silently truncated.
    max_text_chars: int = 100_000
    # Whole-request limit for the web app (bytes).
    max_request_bytes: int = 10 * 1024 * 1024
    # A backlink export's upload (bytes): 100,000 rows of an Ahrefs export in UTF-16 come near 60 MB.
    max_upload_bytes: int = 64 * 1024 * 1024
    # Past this many vectors the index switches from exact to approximate (HNSW) search.
    ann_threshold: int = 50_000
    queue_name: str = "matcher"
    job_timeout_s: int = 600
    secure_cookies: bool = False
    # "auto" embeds in bfloat16 where the CPU has native bf16 arithmetic (AVX512-BF16 or AMX): about twice
    # the throughput, cosine 0.9999 to float32 (bench/indexing_speed.py --variants); elsewhere float32.
    embedding_precision: str = "auto"
    embedding_device: str = "auto"
    vetting_engine: str = "learned"
    # Threads for the model's matrix work in this process; 0 keeps torch's default (one per core). Set it
    # to cores / processes when several processes share the cores, or their threads spin against each other.
    compute_threads: int = 0
    # API writes (bodies to parse, texts to vet, briefs to embed) one web process runs at once; more wait
    # briefly, then get 503 with Retry-After, so a burst of costly requests leaves threads for the rest.
    busy_slots: int = 2
    # The site's public address ("https://matcher.example"): the base of links in e-mails and pages. Empty:
    # links are relative where they can be, and the address a person must keep is built from this only.
    public_url: str = ""
    # Mail: SMTP_URL ("smtp://user:pass@host:587?starttls=true", "smtps://host:465") sends for real; without
    # it each message is written as an .eml file to outbox_dir (None: instance/outbox).
    smtp_url: str = ""
    outbox_dir: Path | None = None
    mail_from: str = "SEO Matcher <no-reply@localhost>"
    testing: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def uses_redis(self) -> bool:
        return bool(self.redis_url)

    @property
    def outbox(self) -> Path:
        return self.outbox_dir or self.instance_dir / "outbox"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def with_overrides(self, **changes) -> Settings:
        return replace(self, **changes)


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Build Settings from environment variables (os.environ by default)."""
    env = dict(os.environ if env is None else env)
    instance_dir = Path(env.get("MATCHER_INSTANCE_DIR") or DEFAULT_INSTANCE)
    database_url = env.get("DATABASE_URL") or f"sqlite:///{instance_dir / 'matcher.db'}"
    index_dir = Path(env.get("INDEX_DIR") or instance_dir / "index")
    secret_key = env.get("SECRET_KEY") or ""
    return Settings(
        database_url=database_url,
        redis_url=env.get("REDIS_URL") or None,
        index_dir=index_dir,
        secret_key=secret_key,
        instance_dir=instance_dir,
        max_text_chars=_int(env, "MAX_TEXT_CHARS", 100_000, minimum=1_000),
        max_request_bytes=_int(env, "MAX_REQUEST_BYTES", 10 * 1024 * 1024, minimum=1024),
        max_upload_bytes=_int(env, "MAX_UPLOAD_BYTES", 64 * 1024 * 1024, minimum=1024),
        ann_threshold=_int(env, "ANN_THRESHOLD", 50_000, minimum=1),
        queue_name=env.get("RQ_QUEUE") or "matcher",
        job_timeout_s=_int(env, "JOB_TIMEOUT_S", 600, minimum=1),
        secure_cookies=_bool(env, "SECURE_COOKIES", False),
        embedding_precision=_choice(env, "EMBEDDING_PRECISION", ("auto", "float32", "bfloat16"), "auto"),
        embedding_device=_choice(env, "EMBEDDING_DEVICE", ("auto", "cpu", "cuda"), "auto"),
        vetting_engine=_choice(env, "VETTING_ENGINE", ("learned", "rules"), "learned"),
        compute_threads=_int(env, "MATCHER_THREADS", 0),
        busy_slots=_int(env, "API_BUSY_SLOTS", 2, minimum=1),
        public_url=_public_url(env.get("PUBLIC_URL") or ""),
        smtp_url=_smtp_url(env.get("SMTP_URL") or ""),
        outbox_dir=Path(env["OUTBOX_DIR"]) if env.get("OUTBOX_DIR") else None,
        mail_from=env.get("MAIL_FROM") or "SEO Matcher <no-reply@localhost>",
    )


def _smtp_url(raw: str) -> str:
    raw = raw.strip()
    if raw and not re.fullmatch(r"smtps?://([^\s@/]+@)?[^\s/:?#@]+(:\d{1,5})?/?(\?[^\s#]*)?", raw):
        raise ConfigError(f"SMTP_URL must look like smtp://user:password@host:587?starttls=true, got {raw!r}")
    return raw


def _public_url(raw: str) -> str:
    raw = raw.strip().rstrip("/")
    if raw and not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", raw):
        raise ConfigError(
            f"PUBLIC_URL must be an http(s) address such as https://matcher.example, got {raw!r}")
    return raw
