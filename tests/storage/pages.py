"""Reads every page of a SQLCipher 4 file in clear, given its raw key: to check what the pages
really hold (free pages included), which normal queries cannot show."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from adviser_desk.storage.engine import PAGE_SIZES, format_of


def decrypted_pages(path: Path, raw_key: bytes) -> bytes:
    # The file's own page size and MAC (16 KiB and HMAC-SHA256 for new files, 4 KiB and
    # HMAC-SHA512 for older ones, whose IV sits further from the page's end): decrypting with
    # the wrong ones would give noise, and a leak check on noise would pass whatever it holds.
    page_format = format_of(path, raw_key)
    page_size, reserve = page_format.page_size, page_format.reserve
    assert page_size in PAGE_SIZES
    data = path.read_bytes()
    out = bytearray()
    for start in range(0, len(data), page_size):
        page = data[start : start + page_size]
        if len(page) < page_size:
            break
        iv = page[page_size - reserve : page_size - reserve + 16]
        body = page[16 : page_size - reserve] if start == 0 else page[: page_size - reserve]
        decryptor = Cipher(algorithms.AES(raw_key), modes.CBC(iv)).decryptor()
        out += decryptor.update(body) + decryptor.finalize()
    if len(data) >= page_size:
        # Page 1 decrypted: SQLite's header, from byte 16 on (the first 16 hold the salt).
        assert int.from_bytes(out[0:2], "big") == page_size, "page size not recognised"
        assert out[4] >= reserve, "page MAC not recognised"
    return bytes(out)
