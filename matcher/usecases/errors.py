"""Errors a use case raises for the caller to turn into a 4xx or an exit code."""

from __future__ import annotations


class UseCaseError(Exception):
    code = "bad_request"
    status = 400

    def __init__(self, message: str, fields: dict | None = None):
        super().__init__(message)
        self.message = message
        self.fields = fields or {}


class NotFound(UseCaseError):
    code = "not_found"
    status = 404


class Forbidden(UseCaseError):
    code = "forbidden"
    status = 403


class Conflict(UseCaseError):
    code = "conflict"
    status = 409


class TooManyAttempts(UseCaseError):
    code = "too_many_requests"
    status = 429

    def __init__(self, message: str, retry_after_s: int):
        super().__init__(message)
        self.headers = {"Retry-After": str(retry_after_s)}
