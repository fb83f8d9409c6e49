"""Argon2id: turning a password into a key-wrapping key.

Parameters are stored per key slot, so a file made on a fast desktop still opens on a slow
laptop (just more slowly), and a later re-calibration only affects slots written after it.
"""

from __future__ import annotations

import threading
import time
from dataclasses import asdict, dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw

MIN_MEMORY_KIB = 64 * 1024
# Calibration never picks more than this, so an unlock (the app itself included) stays below
# 400 MB at its peak on any machine; a faster machine gets more passes instead.
# The app takes about 150 MB when its unlock dialog shows: 192 MiB more stays below 400 MB.
CALIBRATION_MAX_MEMORY_KIB = 192 * 1024
# What a key file may ask for at all (older versions calibrated up to 1 GiB). Settings outside
# these bounds mean the key file is damaged or tampered with: refused before any KDF runs.
MAX_MEMORY_KIB = 1024 * 1024
MIN_TIME_COST = 3
MAX_TIME_COST = 64
MAX_WORK_KIB_PASSES = 16 * 1024 * 1024  # memory x passes: about 16 x the 1 GiB, 1-pass cost
PARALLELISM = 4
MAX_PARALLELISM = 16
KEY_BYTES = 32
TARGET_SECONDS = (0.5, 1.0)


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = MIN_MEMORY_KIB
    time_cost: int = MIN_TIME_COST
    parallelism: int = PARALLELISM
    name: str = "argon2id"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        params = cls(
            memory_kib=int(data["memory_kib"]),
            time_cost=int(data["time_cost"]),
            parallelism=int(data["parallelism"]),
            name=str(data["name"]),
        )
        if params.name != "argon2id":
            raise ValueError(f"unknown KDF {params.name!r}")
        params.check()
        return params

    def check(self) -> None:
        """Raises ValueError unless the settings are ones this app could have written."""
        if not MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB:
            raise ValueError("memory out of bounds")
        if not MIN_TIME_COST <= self.time_cost <= MAX_TIME_COST:
            raise ValueError("passes out of bounds")
        if not 1 <= self.parallelism <= MAX_PARALLELISM:
            raise ValueError("lanes out of bounds")
        if self.memory_kib * self.time_cost > MAX_WORK_KIB_PASSES:
            raise ValueError("work out of bounds")


MINIMUM = KdfParams()


def capped(params: KdfParams) -> KdfParams:
    """The same work within the calibration's memory cap (for slots made before the cap)."""
    if params.memory_kib <= CALIBRATION_MAX_MEMORY_KIB:
        return params
    passes = -(-params.memory_kib * params.time_cost // CALIBRATION_MAX_MEMORY_KIB)
    return KdfParams(CALIBRATION_MAX_MEMORY_KIB, min(MAX_TIME_COST, passes), params.parallelism)


def derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=password.encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _seconds(params: KdfParams) -> float:
    start = time.perf_counter()
    derive("calibration", b"\x00" * 16, params)
    return time.perf_counter() - start


_calibration: list[KdfParams] = []  # the one measurement of this process
_calibrating = threading.Lock()


def calibrated() -> KdfParams:
    """:func:`calibrate` once per process: the computer does not get faster or slower while
    the app runs, and a calibration costs about a second (a few full derivations). A caller
    while another thread measures waits for that measurement instead of starting its own."""
    with _calibrating:
        if not _calibration:
            _calibration.append(calibrate()[0])
        return _calibration[0]


def calibrate(target: tuple[float, float] = TARGET_SECONDS) -> tuple[KdfParams, float]:
    """Finds parameters whose derivation takes ``target`` seconds (0.5 to 1.0) on this machine.

    Cost grows about linearly with memory x passes. Estimate from the minimum (measured twice:
    the first run also pays for faulting in the memory), prefer memory (it hurts GPU attackers
    most) up to a cap that keeps an unlock below 400 MB, then passes; then measure and correct
    until the time is in range.
    Never goes below the minimum. Returns the parameters and the last measured seconds.
    """
    low, high = target
    goal = (low + high) / 2
    base = min(_seconds(MINIMUM), _seconds(MINIMUM))
    per_unit = base / (MIN_MEMORY_KIB * MIN_TIME_COST)
    memory = MIN_MEMORY_KIB
    cap = CALIBRATION_MAX_MEMORY_KIB
    while memory < cap and per_unit * min(memory * 2, cap) * MIN_TIME_COST <= goal:
        memory = min(memory * 2, cap)
    passes = min(MAX_TIME_COST, max(MIN_TIME_COST, round(goal / (per_unit * memory))))
    params = KdfParams(memory_kib=memory, time_cost=passes)
    seconds = _seconds(params)
    for _ in range(4):
        if low <= seconds <= high:
            break
        scale = goal / seconds
        passes = min(MAX_TIME_COST, max(MIN_TIME_COST, round(params.time_cost * scale)))
        if passes == params.time_cost:
            if seconds < low and params.memory_kib < cap:
                params = KdfParams(memory_kib=min(params.memory_kib * 2, cap), time_cost=passes)
            elif seconds > high and params.memory_kib > MIN_MEMORY_KIB:
                params = KdfParams(memory_kib=params.memory_kib // 2, time_cost=passes)
            else:
                break  # at a bound: the minimum is slow here, or the maximum is fast
        else:
            params = KdfParams(memory_kib=params.memory_kib, time_cost=passes)
        seconds = _seconds(params)
    return params, seconds
