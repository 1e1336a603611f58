"""The one error shape: {"error": {"code", "message", "fields"}}."""

from __future__ import annotations

from typing import Any


def flatten_messages(messages: Any, prefix: str = "") -> dict[str, list[str]]:
    """Turn marshmallow's nested messages into {"case_studies.0.title": ["…"]}."""
    out: dict[str, list[str]] = {}
    if isinstance(messages, dict):
        for key, value in messages.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            if key == "_schema":
                name = prefix or "_schema"
            for k, v in flatten_messages(value, name).items():
                out.setdefault(k, []).extend(v)
    elif isinstance(messages, list | tuple):
        if all(isinstance(m, str) for m in messages):
            out[prefix or "_schema"] = list(messages)
        else:
            for item in messages:
                for k, v in flatten_messages(item, prefix).items():
                    out.setdefault(k, []).extend(v)
    else:
        out[prefix or "_schema"] = [str(messages)]
    return out


# An error body names at most this many fields, each with a few messages of bounded length: enough to
# fix a request, and a hostile one cannot make the reply larger than a few kilobytes.
MAX_ERROR_FIELDS = 30
MAX_FIELD_MESSAGES = 3
MAX_MESSAGE_CHARS = 300


def error_payload(code: str, message: str, fields: dict | None = None) -> dict:
    fields = fields or {}
    shown = {
        str(name)[:MAX_MESSAGE_CHARS]: [str(m)[:MAX_MESSAGE_CHARS] for m in messages[:MAX_FIELD_MESSAGES]]
        for name, messages in list(fields.items())[:MAX_ERROR_FIELDS]
    }
    if len(fields) > MAX_ERROR_FIELDS:
        message = (f"{message} The first {MAX_ERROR_FIELDS} of {len(fields):,} fields with problems "
                   "are listed.")
    return {"error": {"code": code, "message": message, "fields": shown}}
