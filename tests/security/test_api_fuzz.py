"""Issue 8, item 8 — the REST API fuzzed by schemathesis from its own OpenAPI document (the
one served at /api/v1/openapi.json), in process against the Starlette app the Reflex backend
mounts, with a real API key and without one: no answer is ever a 5xx, and every answer the
document describes matches it (status codes, content types, schemas)."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from prm.api import api
from prm.openapi import openapi_document
from services.api_keys import create_api_key

RELIABILITY_ITEM = "8. REST API fuzzing"
EXAMPLES = 60  # per operation and database

# The bounce intake takes a raw email (`message/rfc822`): generated bodies go as their bytes, as
# any binary body would.
schemathesis.serializer.alias("message/rfc822", "application/octet-stream")

# The document /api/v1/openapi.json serves (prm.openapi), built here with the default lead
# statuses: the served one reads the program's statuses from the database, which does not exist
# yet when the tests are collected. The calls go to the app in process.
schema = schemathesis.openapi.from_dict(openapi_document())
schema.app = api
schema.location = "/api/v1/openapi.json"


@pytest.fixture
def api_key(db, p):
    return create_api_key(session=db, actor=p.actor(db, p.admin), name="Fuzzer")["key"]


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_no_input_makes_the_api_fail(case, api_key, figures):
    for headers in ({"Authorization": f"Bearer {api_key}"}, {}):
        response = case.call(headers=headers)
        figures.add("requests sent", 1)
        assert response.status_code < 500, (case.method, case.path, case.body, case.query,
                                            response.status_code, response.text[:500])
        # Every check but two: "schema-valid data is accepted" (some rules — a name or an email,
        # an active partner's tenant name — are the service's, beyond JSON Schema) and "invalid
        # data gets one of schemathesis' statuses" (a batch over 1000 gets the documented 413,
        # which its list lacks). Both kinds still may not get a 5xx (above).
        case.validate_response(response, excluded_checks=[positive_data_acceptance,
                                                          negative_data_rejection])
    figures.add("5xx answers", 0)  # listed as zero: any 5xx fails the test above
