"""Reads every page of a SQLCipher 4 file in clear, given its raw key: to check what the pages
really hold (free pages included), which normal queries cannot show."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # 16-byte IV + 64-byte HMAC-SHA512, SQLCipher 4's default


def decrypted_pages(path: Path, raw_key: bytes) -> bytes:
    data = path.read_bytes()
    out = bytearray()
    for start in range(0, len(data), PAGE):
        page = data[start : start + PAGE]
        if len(page) < PAGE:
            break
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        body = page[16 : PAGE - RESERVE] if start == 0 else page[: PAGE - RESERVE]
        decryptor = Cipher(algorithms.AES(raw_key), modes.CBC(iv)).decryptor()
        out += decryptor.update(body) + decryptor.finalize()
    return bytes(out)
