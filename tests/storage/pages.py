"""Reads every page of a SQLCipher 4 file in clear, given its raw key: to check what the pages
really hold (free pages included), which normal queries cannot show."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from adviser_desk.storage.engine import PAGE_SIZES, page_size_of

RESERVE = 80  # 16-byte IV + 64-byte HMAC-SHA512, SQLCipher 4's default


def decrypted_pages(path: Path, raw_key: bytes) -> bytes:
    # The file's own page size (16 KiB for new files, 4 KiB for older ones): decrypting with
    # the wrong one would give noise, and a leak check on noise would pass whatever it holds.
    page_size = page_size_of(path, raw_key)
    assert page_size in PAGE_SIZES
    data = path.read_bytes()
    out = bytearray()
    for start in range(0, len(data), page_size):
        page = data[start : start + page_size]
        if len(page) < page_size:
            break
        iv = page[page_size - RESERVE : page_size - RESERVE + 16]
        body = page[16 : page_size - RESERVE] if start == 0 else page[: page_size - RESERVE]
        decryptor = Cipher(algorithms.AES(raw_key), modes.CBC(iv)).decryptor()
        out += decryptor.update(body) + decryptor.finalize()
    if len(data) >= page_size:
        # Page 1 decrypted: SQLite's header, from byte 16 on (the first 16 hold the salt).
        assert int.from_bytes(out[0:2], "big") == page_size, "page size not recognised"
    return bytes(out)
