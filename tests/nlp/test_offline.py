"""The pipeline runs with no network: sockets to anything but loopback are refused."""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

import pytest

from storybot.config import Settings
from storybot.nlp import load_analyzer


def _loopback(address: Any) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX paths stay on this machine
        return True
    host = address[0]
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def test_pipeline_loads_and_runs_offline(monkeypatch: pytest.MonkeyPatch, settings: Settings) -> None:
    attempts: list[Any] = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def connect(self: socket.socket, address: Any) -> None:
        if not _loopback(address):
            attempts.append(address)
            raise OSError("network disabled in this test")
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if not _loopback(address):
            attempts.append(address)
            raise OSError("network disabled in this test")
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    # A fresh load, so model and classifier files are read with the network off.
    analyzer = load_analyzer(settings)
    results = analyzer.analyse(
        [
            "Email jo.bloggs@example.com or see www.example.org/help, I'm at 3 Park Road.",
            "I keep thinking everyone would be better off without me.",
        ]
    )
    assert attempts == []
    assert results[0].pii and results[1].safeguarding
