"""gzip data from outside, unpacked with a cap: the one unpacker compressed sources and
compressed sitemaps share (digest.compressed)."""

from __future__ import annotations

import gzip

import pytest

from digest.compressed import GzipProblem, GzipTooLarge, gunzip_capped
from digest.fetch.entries import DiscoveryError
from digest.fetch.sitemaps import parse_sitemap

SITEMAP = (
    b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    b"<url><loc>https://news.example/a</loc></url></urlset>"
)


def test_members_and_padding_are_read_and_the_cap_holds():
    joined = gzip.compress(b"first ", mtime=0) + gzip.compress(b"second", mtime=0) + b"\0\0"
    assert gunzip_capped(joined, 100) == b"first second"
    assert gunzip_capped(gzip.compress(b"x" * 100), 100) == b"x" * 100
    with pytest.raises(GzipTooLarge):
        gunzip_capped(gzip.compress(b"x" * 101), 100)


@pytest.mark.parametrize(
    "data,message",
    [
        (b"plain text", "not valid gzip data"),
        (gzip.compress(b"words " * 1000)[:40], "gzip data cut short"),
        (gzip.compress(b"words") + b"trailing", "not valid gzip data"),
    ],
    ids=["not-gzip", "cut-short", "trailing-data"],
)
def test_bad_gzip_says_why(data, message):
    with pytest.raises(GzipProblem, match=message):
        gunzip_capped(data, 1_000_000)


def test_a_compressed_sitemap_is_read_and_a_bomb_refused():
    sitemap = parse_sitemap(gzip.compress(SITEMAP), "https://news.example/sitemap.xml.gz", 10_000)
    assert [e.url for e in sitemap.entries] == ["https://news.example/a"]
    bomb = gzip.compress(SITEMAP + b" " * 1_000_000)
    with pytest.raises(DiscoveryError, match="unpacks to more than"):
        parse_sitemap(bomb, "https://news.example/sitemap.xml.gz", 10_000)
    with pytest.raises(DiscoveryError, match="broken gzip"):
        parse_sitemap(gzip.compress(SITEMAP)[:30], "https://news.example/sitemap.xml.gz", 10_000)
