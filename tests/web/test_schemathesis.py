"""Property-based run of the OpenAPI document against the WSGI app: no 5xx, no response that breaks it.

Each operation gets up to 30 generated requests that fit the document (positive) and 30 that do not
(negative); the admin's bearer token rides along so the writes get past authentication.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from matcher import runtime as runtime_mod
from matcher.models import Base
from tests.conftest import make_settings
from tests.web.kit import add_provider, make_api_account, make_app

MAX_EXAMPLES = 30
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
OPERATIONS = [
    ("GET", "/api/v1/providers"),
    ("POST", "/api/v1/providers"),
    ("GET", "/api/v1/providers/{provider_id}"),
    ("PATCH", "/api/v1/providers/{provider_id}"),
    ("POST", "/api/v1/vet"),
    ("POST", "/api/v1/briefs"),
    ("GET", "/api/v1/briefs/{brief_id}"),
    ("POST", "/api/v1/briefs/{brief_id}/retry"),
    ("POST", "/api/v1/match"),
    ("POST", "/api/v1/tokens"),
    ("POST", "/api/v1/audits"),
    ("POST", "/api/v1/briefs/{brief_id}/proposals"),
    ("GET", "/api/v1/proposals"),
    ("POST", "/api/v1/proposals/{proposal_id}/accept"),
    ("POST", "/api/v1/proposals/{proposal_id}/decline"),
]


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    """One app for the module: an admin and three verified, indexed providers (ids 1-3, hit by chance)."""
    from matcher.index import rebuild

    rt = runtime_mod.build(make_settings(tmp_path_factory.mktemp("schemathesis")))
    Base.metadata.create_all(rt.db.engine)
    runtime_mod.install(rt)
    admin = make_api_account(rt, "admin@example.com", "admin")
    for i in range(3):
        add_provider(rt, external_id=f"seed-{i}", name=f"Seed {i}")
    rebuild(rt)
    yield schemathesis.openapi.from_wsgi("/api/v1/openapi.json", make_app(rt)), admin
    runtime_mod._current = None
    rt.db.dispose()


def test_the_document_lists_every_operation(api):
    schema, _admin = api
    listed = {(op.ok().method.upper(), op.ok().path) for op in schema.get_all_operations()}
    assert listed == set(OPERATIONS)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=str)
@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_operation_honours_the_document(api, method, path, mode):
    schema, admin = api
    checks = CHECKS + ([negative_data_rejection] if mode is GenerationMode.NEGATIVE else [])

    @given(case=schema[path][method].as_strategy(generation_mode=mode))
    @settings(
        max_examples=MAX_EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    def run(case):
        statuses.append(case.call_and_validate(headers=admin.headers, checks=checks).status_code)

    statuses: list[int] = []
    run()
    assert statuses, "no request was generated"
    print(f"{method} {path} {mode}: {len(statuses)} requests, statuses {sorted(set(statuses))}")
