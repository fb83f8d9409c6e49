"""Platforms are recognised by registered domain, offline, from tldextract's bundled snapshot."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from adviser_desk.domain import evidence as de


@pytest.mark.parametrize(
    ("url", "platform", "handle"),
    [
        ("https://vm.tiktok.com/ZMabc123/", "TikTok", ""),
        ("https://chat.whatsapp.com/Inv1teC0de", "WhatsApp", ""),
        ("https://mobile.twitter.com/someone/status/1", "X", "@someone"),
        ("https://music.youtube.com/watch?v=abc", "YouTube", ""),
        ("https://m.facebook.com/naam.achternaam", "Facebook", "@naam.achternaam"),
        ("https://web.snapchat.com/add/sem", "Snapchat", "@sem"),
        ("HTTPS://WWW.Instagram.COM/iemand/", "Instagram", "@iemand"),
        # look-alikes are not the platform
        ("https://tiktok.com.voorbeeld.nl/@x", "tiktok.com.voorbeeld.nl", "@x"),
        ("https://nottiktok.com/a", "nottiktok.com", ""),
        ("https://forum.voorbeeld.co.uk/draad", "forum.voorbeeld.co.uk", ""),
    ],
)
def test_every_host_under_a_platform_counts(url: str, platform: str, handle: str) -> None:
    info = de.parse_url(url)
    assert (info.platform, info.handle) == (platform, handle)


def test_registered_domain_uses_the_public_suffix_list() -> None:
    assert de.registered_domain("a.b.bbc.co.uk") == "bbc.co.uk"
    assert de.registered_domain("vm.tiktok.com") == "tiktok.com"
    assert de.registered_domain("localhost") == ""


def test_recognition_neither_downloads_nor_writes_a_cache(
    monkeypatch: pytest.MonkeyPatch, isolated_environment: Path
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    de._public_suffixes.cache_clear()
    assert de.parse_url("https://vm.tiktok.com/x").platform == "TikTok"
    cache = isolated_environment / "cache"
    assert not any(cache.rglob("*")), "tldextract wrote to the cache folder"
