"""Benchmark 7's websocket client speaks the Socket.IO framing Reflex's frontend speaks."""

from __future__ import annotations

import json

import pytest

from bench import reflex_socket as rs


def test_the_socket_url_carries_the_engineio_version_and_the_tab_token():
    assert rs.socket_url("http://localhost:3000", "tok") == \
        "ws://localhost:3000/_event/?EIO=4&transport=websocket&token=tok"
    assert rs.socket_url("https://partners.example.com", "t").startswith("wss://partners.example.com/_event/?")


def test_events_go_to_the_event_namespace_with_the_pages_router_data():
    frame = rs.encode_event(rs.event("x.next_page", "/portal/leads?page=2", {"value": "New"}))
    assert frame.startswith("42/_event,")
    name, data = json.loads(frame.removeprefix("42/_event,"))
    assert name == "event"
    assert data == {"name": "x.next_page", "payload": {"value": "New"},
                    "router_data": {"pathname": "/portal/leads", "asPath": "/portal/leads?page=2",
                                    "query": {"page": "2"}}}
    assert "payload" not in rs.event("x.load", "/portal")


def test_the_connect_packet_carries_the_hydrate_event_as_auth():
    frame = rs.encode_connect({"event": rs.event(rs.HYDRATE, "/portal/login", {})})
    assert frame.startswith("40/_event,")
    assert json.loads(frame.removeprefix("40/_event,"))["event"]["name"] == rs.HYDRATE


def test_it_decodes_what_the_server_sends():
    assert rs.decode('0{"sid":"a","pingInterval":25000}').kind == "open"
    assert rs.decode("2").kind == "ping"
    connected = rs.decode('40/_event,{"sid":"b"}')
    assert (connected.kind, connected.namespace, connected.data) == ("connect", "/_event", {"sid": "b"})
    assert rs.decode('40{"sid":"c"}').namespace == "/"
    update = rs.decode('42/_event,["event",{"delta":{"s":{"count_rx_state_":3}}}]')
    assert (update.kind, update.name, update.data) == ("event", "event", {"delta": {"s": {"count_rx_state_": 3}}})
    assert rs.decode('42/_event,7["event",{}]').data == {}  # an ack id before the array
    assert rs.decode('44/_event,{"message":"no"}').kind == "connect_error"


@pytest.mark.parametrize("frame", ["", "9", "4", '45/_event,["x"]'])
def test_it_refuses_what_it_does_not_know(frame):
    with pytest.raises(rs.ProtocolError):
        rs.decode(frame)


def test_the_marker_update_is_recognised_by_its_count():
    assert rs.marker_count({"delta": {rs.MARKER_STATE: {"count_rx_state_": 4}}}) == 4
    assert rs.marker_count({"delta": {"other": {"count_rx_state_": 4}}}) is None
    assert rs.marker_count({"events": []}) is None


def test_a_session_keeps_the_state_it_was_sent_and_the_redirect_asked_for():
    session = rs.ReflexSession("http://localhost:1")
    session._apply({"delta": {"a.b": {"loaded_rx_state_": True}}})
    session._apply({"delta": {"a.b": {"rows_rx_state_": [1]}},
                    "events": [{"name": "_redirect", "payload": {"path": "/portal"}}]})
    assert session.var("a.b", "loaded") is True and session.var("a.b", "rows") == [1]
    assert session.redirect == "/portal"


def test_the_marker_is_the_counter_page_state_of_the_bench_build():
    from bench.counter_page import BenchCounterState

    assert rs.MARKER == f"{BenchCounterState.get_full_name()}.increment"
