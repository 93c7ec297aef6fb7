"""core.jsontext writes exactly json.dumps's text and reads any JSON as json.loads does, in pieces."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import jsontext

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
                      max_leaves=20)
# Documents shaped like the app's: an object whose lists may be long. The pieces are made small here
# (3 items) so that short lists already go through the piecewise code, at every boundary.
STEP = 3
documents = st.dictionaries(st.text(max_size=8), values | st.lists(values, max_size=STEP * 3 + 1), max_size=4)


@pytest.fixture(autouse=True)
def small_pieces(monkeypatch):
    monkeypatch.setattr(jsontext, "STEP", STEP)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents)
def test_writes_what_json_dumps_writes(doc):
    assert jsontext.dumps(doc) == json.dumps(doc, ensure_ascii=False)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents | st.lists(values, max_size=STEP * 3 + 1) | values)
def test_reads_back_what_json_reads(doc):
    text = json.dumps(doc, ensure_ascii=False)
    assert jsontext.loads(text) == json.loads(text)
    spaced = json.dumps(doc, ensure_ascii=False, indent=2)  # written by hand or by another program
    assert jsontext.loads(spaced) == json.loads(spaced)


@pytest.mark.parametrize("bad", ['{"a": [1,2', "[1 2]", '{"a" 1}', '{"a": 1,}', "[1,]", "{} x", "", "  ",
                                 '{"a": [1], }', '{"a": [1] "b": 2}', "[", "{", '{"a":', '{1: 2}'])
def test_refuses_what_json_refuses(bad):
    with pytest.raises(json.JSONDecodeError):
        json.loads(bad)
    with pytest.raises(json.JSONDecodeError):
        jsontext.loads(bad)
