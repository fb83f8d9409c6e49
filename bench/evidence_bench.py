"""Evidence benchmarks: intake of 300 screenshots against plain SQLite, the evidence log with
300 full-HD thumbnails (time and peak memory, in a child process), opening a case with 1,000
items, and the longest event-loop stall during a 100-image import. Prints; asserts nothing.

The intake is printed beside the cipher's work alone (AES-256-CBC and the page MAC of the same
bytes, no file): SQLCipher 4 does that on the committing thread whatever the rest of the
design, so plain SQLite plus it, and raw write+fsync plus it, are floors for the case file.
Each is also timed with the page MAC case files had before (HMAC-SHA512, SQLCipher 4's
default; now HMAC-SHA256), the baseline printed beside the figures.
CPU time is printed beside wall time because this shared machine's load moves wall time."""

from __future__ import annotations

import hmac
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from unittest import mock

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlcipher3 import dbapi2 as sqlcipher

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import goals  # type: ignore[import-not-found]
from big_bench import visible_thumbnails_shown  # type: ignore[import-not-found]
from bigfile import unique_png  # type: ignore[import-not-found]
from intake_hash_bench import bench_hash_once  # type: ignore[import-not-found]
from realistic import (  # type: ignore[import-not-found]
    alternating,
    chat_screenshot,
    desktop_screenshot,
    phone_photo,
    ratio,
    spread,
)

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services import evidence_export
from adviser_desk.services import evidence_service as esvc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_intake import Intake
from adviser_desk.services.protocol_data import protocol
from adviser_desk.storage import engine, kdf
from adviser_desk.storage.keys import sqlcipher_key_literal

PASSWORD = "bench password words"
# Case files before HMAC-SHA256 (storage/engine.py): the same 16 KiB pages, SQLCipher's MAC.
OLD_FORMAT = engine.PageFormat(engine.PAGE_SIZE, engine.LEGACY_HMAC_ALGORITHM)


def _open(
    folder: Path, name: str, title: str
) -> tuple[svc.CaseFileService, esvc.EvidenceService, int]:
    service, _ = svc.create_case_file(folder / name, PASSWORD, kdf.MINIMUM)
    cases = CaseService(service.case, protocol(), "en")
    case_id = cases.create_case(dc.CaseDraft(title=title, incident_types=[dc.IncidentType.THREATS]))
    return service, esvc.EvidenceService(cases), case_id


def _same_file_settings(conn: Any, page_size: str) -> None:
    """A new file set up as the app sets up its case files (storage/engine.py): the same page
    size, incremental auto-vacuum, durable WAL, secure_delete and the in-memory temp store."""
    conn.execute(page_size)
    conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    for pragma in engine._AFTER_KEY_PRAGMAS:
        conn.execute(pragma).fetchall()


def _batches(shots: list[bytes]) -> list[list[bytes]]:
    """The app's commits: BATCH_ITEMS files, or fewer once they reach BATCH_BYTES (8 photos)."""
    batches: list[list[bytes]] = [[]]
    for data in shots:
        batches[-1].append(data)
        if len(batches[-1]) >= esvc.BATCH_ITEMS or sum(map(len, batches[-1])) >= esvc.BATCH_BYTES:
            batches.append([])
    return [batch for batch in batches if batch]


def _cpu() -> float:
    """CPU seconds of this process, every thread (the app checks files in a thread pool)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Side:
    """What one side of the comparison measured besides its wall time: its CPU time (which the
    load of this shared machine disturbs far less) and the checkpoint done after the batch."""

    def __init__(self) -> None:
        self.cpu: list[float] = []
        self.checkpoint: list[float] = []


def _fill(conn: Any, shots: list[bytes], side: Side) -> float:
    """The app's batches, with the app's checkpoint policy for an intake: the batches' commits
    stay in the WAL (engine.BULK_WAL_PAGES) and one checkpoint follows, timed apart."""
    conn.execute("CREATE TABLE blobs (name TEXT, data BLOB)")
    conn.execute(f"PRAGMA wal_autocheckpoint = {engine.BULK_WAL_PAGES}")
    cpu, start = _cpu(), time.perf_counter()
    for batch in _batches(shots):
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO blobs VALUES (?, ?)", [(f"shot{id(data)}", data) for data in batch]
        )
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    side.cpu.append(_cpu() - cpu)
    start = time.perf_counter()
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    side.checkpoint.append(time.perf_counter() - start)
    return elapsed


def _plain(folder: Path, name: str, shots: list[bytes], side: Side) -> float:
    """The same bytes into plain SQLite, apples to apples: the case file's page size and
    pragmas (16 KiB pages, WAL, synchronous=FULL, secure_delete, incremental auto-vacuum)."""
    path = folder / name
    plain = sqlite3.connect(path, isolation_level=None)
    _same_file_settings(plain, f"PRAGMA page_size = {engine.PAGE_SIZE}")
    elapsed = _fill(plain, shots, side)
    plain.close()
    for leftover in folder.glob(name + "*"):
        leftover.unlink()
    return elapsed


def _sqlcipher(
    folder: Path, name: str, shots: list[bytes], side: Side, page_format: engine.PageFormat
) -> float:
    """The same bytes into SQLCipher alone, set up as the app does (its encryption is the
    part of the app's time no app code can remove: the floor the app can reach)."""
    path = folder / name
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_memory_security = OFF")
    conn.execute(f"PRAGMA key = {sqlcipher_key_literal(bytes(range(32)), bytes(16))}")
    page_size, mac = page_format.pragmas()
    conn.execute(mac)
    _same_file_settings(conn, page_size)
    elapsed = _fill(conn, shots, side)
    conn.close()
    for leftover in folder.glob(name + "*"):
        leftover.unlink()
    return elapsed


def _cipher_work(shots: list[bytes], side: Side, digest: str) -> float:
    """SQLCipher 4's cipher work on as many bytes, and nothing else: AES-256-CBC and the page
    MAC, HMAC with ``digest`` (OpenSSL, through `cryptography` and hashlib) in 1 MiB steps into
    one buffer, no file, no per-page setup. SQLCipher does at least this on the thread that
    commits, whatever the rest of the design, so plain SQLite plus this is a floor for the
    case file."""
    total = sum(map(len, shots))
    chunk, out = bytes(2**20), bytearray(2**20 + 16)
    view = memoryview(out)
    cpu, start = _cpu(), time.perf_counter()
    encryptor = Cipher(algorithms.AES(bytes(32)), modes.CBC(bytes(16))).encryptor()
    mac = hmac.new(bytes(32), digestmod=digest)
    for _ in range(total // len(chunk)):
        mac.update(view[: encryptor.update_into(chunk, out)])
    mac.digest()
    elapsed = time.perf_counter() - start
    side.cpu.append(_cpu() - cpu)
    return elapsed


def _raw(folder: Path, shots: list[bytes], side: Side) -> float:
    """Raw write + fsync of the same bytes: one file, an fsync per batch (the app's commits)."""
    path = folder / "raw.bin"
    cpu = _cpu()
    start = time.perf_counter()
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        for batch in _batches(shots):
            for data in batch:
                os.write(fd, data)
            os.fsync(fd)
    finally:
        os.close(fd)
    elapsed = time.perf_counter() - start
    side.cpu.append(_cpu() - cpu)
    path.unlink()
    return elapsed


def _app_intake(
    folder: Path,
    shots: list[bytes],
    suffix: str,
    side: Side | None = None,
    thumbnails: list[float] | None = None,
    page_format: engine.PageFormat = engine.FORMAT,
) -> float:
    """``page_format`` other than new files' makes the file as a version that wrote it did
    (the open file keeps it: only an unlock converts it)."""
    with mock.patch.object(engine, "FORMAT", page_format):
        service, evidence, case_id = _open(folder, "intake.adcase", "Intake")
    sources = [(f"item{i:03d}{suffix}", len(d), lambda d=d: d) for i, d in enumerate(shots)]
    cpu, start = _cpu(), time.perf_counter()
    result = evidence.add_sources(case_id, sources, Intake("bench", "bench"))
    elapsed = time.perf_counter() - start
    assert len(result.added) == len(shots), result.failed[:2]
    if side is not None:
        side.cpu.append(_cpu() - cpu)
        # What the evidence tab then does in its worker, off the intake's path.
        start = time.perf_counter()
        evidence.settle()
        side.checkpoint.append(time.perf_counter() - start)
    if thumbnails is not None:
        # Not part of intake: the list makes them in the background once the import is done.
        start = time.perf_counter()
        evidence.make_missing_thumbnails(case_id)
        thumbnails.append(time.perf_counter() - start)
    service.close()
    for leftover in folder.glob("intake.adcase*"):
        leftover.unlink()
    return elapsed


def bench_intake(folder: Path, label: str, shots: list[bytes], suffix: str, before: str) -> None:
    """App intake against plain SQLite, SQLCipher alone, the cipher's work alone and raw
    write+fsync: the same bytes, the same commits, the same file settings, paired and
    alternating; wall and CPU time. The app, SQLCipher alone and the cipher work are also
    timed with the page MAC of case files before (HMAC-SHA512): the baseline."""
    megabytes = sum(map(len, shots)) / 2**20
    load = os.getloadavg()[0]
    app_s, old_s, plain_s, cipher_s, old_cipher_s, work_s, old_work_s, raw_s = (
        Side() for _ in range(8)
    )
    app, old, plain, cipher, old_cipher, work, _old_work, raw = alternating(
        lambda: _app_intake(folder, shots, suffix, app_s),
        lambda: _app_intake(folder, shots, suffix, old_s, page_format=OLD_FORMAT),
        lambda: _plain(folder, "plain.sqlite", shots, plain_s),
        lambda: _sqlcipher(folder, "cipher.sqlite", shots, cipher_s, engine.FORMAT),
        lambda: _sqlcipher(folder, "cipher.sqlite", shots, old_cipher_s, OLD_FORMAT),
        lambda: _cipher_work(shots, work_s, "sha256"),
        lambda: _cipher_work(shots, old_work_s, "sha512"),
        lambda: _raw(folder, shots, raw_s),
    )
    count = len(shots)
    print(
        f"evidence intake, {label} ({megabytes:.0f} MB; 5 rounds, alternating; load average "
        f"{load:.1f} -> {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores):"
    )

    def cpu(side: Side) -> str:
        return (
            f"CPU {statistics.median(side.cpu):.2f} s ({ratio(side.cpu, plain_s.cpu):.2f}x plain)"
        )

    print(
        f"  app (hash, check, store, custody, audit; 16 KiB pages, HMAC-SHA256): {spread(app)}, "
        f"{statistics.median(app) / count * 1000:.1f} ms per item; {cpu(app_s)}"
    )
    print(
        f"  baseline: the app with HMAC-SHA512 (case files before): {spread(old)}; {cpu(old_s)}; "
        f"HMAC-SHA256 takes {ratio(app, old):.2f}x its time"
    )
    commits = f"{len(_batches(shots))} commits as the app makes them"
    settings = f"{engine.PAGE_SIZE // 1024} KiB pages and the app's pragmas, {commits}"
    print(f"  plain SQLite, same bytes, {settings}: {spread(plain)}; {cpu(plain_s)}")
    print(
        f"  SQLCipher alone, the same (HMAC-SHA256): {spread(cipher)} "
        f"({ratio(cipher, plain):.2f}x plain); {cpu(cipher_s)}"
    )
    print(
        f"  baseline: SQLCipher alone with HMAC-SHA512: {spread(old_cipher)} "
        f"({ratio(old_cipher, plain):.2f}x plain); {cpu(old_cipher_s)}"
    )
    print(
        f"  cipher work alone (AES-256-CBC + HMAC-SHA256 of the same bytes, no file): "
        f"{spread(work)}; {cpu(work_s)}; with HMAC-SHA512: {cpu(old_work_s)}"
    )
    print(f"  raw write + fsync, an fsync per commit: {spread(raw)}")
    print(
        f"  checkpoint after the batches, off the intake's path (the app: settle, in the "
        f"evidence tab's worker): app {statistics.median(app_s.checkpoint):.2f} s, plain "
        f"{statistics.median(plain_s.checkpoint):.2f} s, SQLCipher "
        f"{statistics.median(cipher_s.checkpoint):.2f} s"
    )
    thumbnails: list[float] = []
    _app_intake(folder, shots, suffix, thumbnails=thumbnails)
    print(
        f"  thumbnails, made after storing in the background (not in the app's figure): "
        f"{thumbnails[0]:.2f} s, {thumbnails[0] / count * 1000:.0f} ms per item"
    )
    times_plain, share_raw = ratio(app, plain), 100 / ratio(app, raw)
    goals.record(
        f"intake of {label}",
        f"{times_plain:.2f}x plain SQLite, {share_raw:.0f}% of raw (HMAC-SHA512: "
        f"{ratio(old, plain):.2f}x, {100 / ratio(old, raw):.0f}%)",
        "<= 1.5x plain, >= 40% of raw write+fsync",
        before,
        times_plain <= 1.5 and share_raw >= 40,
    )
    print(
        f"  => app / plain SQLite {ratio(app, plain):.2f}x (goal <= 1.5x; baseline "
        f"{ratio(old, plain):.2f}x); app / SQLCipher alone {ratio(app, cipher):.2f}x; app speed "
        f"{100 / ratio(app, raw):.0f}% of raw write+fsync (goal >= 40%; baseline "
        f"{100 / ratio(old, raw):.0f}%; plain SQLite {100 / ratio(plain, raw):.0f}%)"
    )
    # The floor no design inside SQLCipher can pass: every byte is encrypted and MACed once
    # on the one writer thread, between that thread's own writes and fsyncs, on top of what
    # storing it costs without encryption. The cipher work counts with its CPU time, which it
    # cannot go below even on an idle machine (its wall time here also holds the load).

    def floors(work_cpu: list[float]) -> tuple[float, float, float]:
        return (
            statistics.median((p + w) / p for p, w in zip(plain, work_cpu, strict=True)),
            statistics.median(r / (p + w) for r, p, w in zip(raw, plain, work_cpu, strict=True)),
            statistics.median(r / (r + w) for r, w in zip(raw, work_cpu, strict=True)),
        )

    floor_plain, floor_wal, floor_once = floors(work_s.cpu)
    old_plain, old_wal, old_once = floors(old_work_s.cpu)
    share_cipher = statistics.median(
        w / (c - p) for c, p, w in zip(cipher_s.cpu, plain_s.cpu, work_s.cpu, strict=True)
    )
    share_app = statistics.median(
        w / (a - p) for a, p, w in zip(app_s.cpu, plain_s.cpu, work_s.cpu, strict=True)
    )
    print(
        f"  => floor of SQLCipher 4 here (plain SQLite as the app stores + the cipher work at "
        f"its CPU time): {floor_plain:.2f}x plain (goal <= 1.5x; HMAC-SHA512 {old_plain:.2f}x), "
        f"{100 * floor_wal:.0f}% of raw (goal >= 40%; HMAC-SHA512 {100 * old_wal:.0f}%); of any "
        f"design writing each byte once (raw + the cipher work): {100 * floor_once:.0f}% of raw "
        f"(HMAC-SHA512 {100 * old_once:.0f}%). The cipher work is {100 * share_cipher:.0f}% of "
        f"SQLCipher's CPU beyond plain SQLite, {100 * share_app:.0f}% of the app's"
    )


def bench_intake_all(folder: Path) -> None:
    shots = [chat_screenshot(i) for i in range(300)]
    label = f"300 chat screenshots of {sum(map(len, shots)) / 300 / 1024:.0f} KB"
    bench_intake(folder, label, shots, ".png", "6.8x plain, 10% of raw")
    del shots
    photos = [phone_photo(i) for i in range(50)]
    label = f"50 photos of {sum(map(len, photos)) / 50 / 2**20:.1f} MB"
    bench_intake(folder, label, photos, ".jpg", "2.6x plain, 15% of raw")


def _vm_hwm_mb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
    return -1


def _log_child(path: str, case_id: str, out: str) -> None:
    """Runs in a fresh interpreter (started with exec, so no memory is inherited from the bench
    process); the high-water mark is reset after unlocking, so the peak is the log's alone."""
    from adviser_desk.reports import evidence_log

    service = svc.unlock_with_password(Path(path), PASSWORD)
    cases = CaseService(service.case, protocol(), "en")
    evidence = esvc.EvidenceService(cases)
    before = _vm_hwm_mb()
    Path("/proc/self/clear_refs").write_text("5")
    drawing: list[float] = []
    render = evidence_log.render

    def timed_render(*args: object, **kwargs: object) -> bytes:
        start, cpu = time.perf_counter(), time.process_time()
        try:
            return render(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            drawing.extend([time.perf_counter() - start, time.process_time() - cpu])

    evidence_log.render = timed_render  # type: ignore[assignment]
    start, cpu = time.perf_counter(), time.process_time()
    evidence_export.export_log(evidence, int(case_id), Path(out), lambda _c, s: s)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = _vm_hwm_mb()
    service.close()
    print(f"{elapsed:.3f} {drawing[0]:.3f} {before} {peak} {cpu:.3f} {drawing[1]:.3f}")


def _pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def bench_reprint(folder: Path) -> None:
    """How the log grows when it is printed again and again (100 items, six prints)."""
    service, evidence, case_id = _open(folder, "reprint.adcase", "Reprint")
    base = desktop_screenshot(7)
    sources = [
        (f"shot{i:03d}.png", len(base) + 40, lambda i=i: unique_png(base, i)) for i in range(100)
    ]
    evidence.add_sources(case_id, sources, Intake("bench", "bench"))
    pages = []
    for n in range(6):
        out = folder / f"reprint{n}.pdf"
        evidence_export.export_log(evidence, case_id, out, lambda _c, s: s)
        pages.append(_pages(out))
    service.close()
    print(
        f"evidence log of 100 items printed six times: {pages[0]} pages the first time, "
        f"{pages[-1]} the sixth (before: 34 -> 100; goal: one line per print)"
    )
    goals.record(
        "evidence log after six prints, 100 items",
        f"{pages[0]} -> {pages[-1]} pages",
        "one log-level custody line per print",
        "34 -> 100 pages",
        pages[-1] <= pages[0] + 1,
    )


def bench_log_and_open(folder: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from adviser_desk.ui.evidence.evidence_tab import EvidenceTab

    service, evidence, case_id = _open(folder, "log.adcase", "Log")
    bases = [desktop_screenshot(1000 + i) for i in range(30)]
    sources = [
        (f"fullhd{i:03d}.png", len(bases[0]), lambda i=i: unique_png(bases[i % 30], i))
        for i in range(300)
    ]
    evidence.add_sources(case_id, sources, Intake("Screenshot", "bench"))
    # PNG thumbnails are made after intake, in the background while the list is shown; made
    # here the same way, so the log is timed as the adviser meets it. (Printing straight after
    # a command-line import makes them inside the log command: timed separately below.)
    start = time.perf_counter()
    evidence.make_missing_thumbnails(case_id)
    made = time.perf_counter() - start
    service.close()
    print(f"thumbnails of 300 full-HD PNG screenshots made after intake: {made:.1f} s")
    out = folder / "log.pdf"
    load = os.getloadavg()[0]
    runs = []
    for _ in range(5):
        # Each run prints a fresh copy: printing records custody, which the next run would show.
        for suffix in ("", "-keys"):
            shutil.copyfile(f"{folder / 'log.adcase'}{suffix}", f"{folder / 'run.adcase'}{suffix}")
        result = subprocess.run(
            [
                sys.executable,
                __file__,
                "log-child",
                str(folder / "run.adcase"),
                str(case_id),
                str(out),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append([float(x) for x in result.stdout.split()])
    whole, drawing, before, peak, cpu, drawing_cpu = (
        statistics.median(column) for column in zip(*runs, strict=True)
    )
    print(
        f"evidence log, 300 full-HD screenshots ({len(bases[0]) // 1024} KB PNG each) as "
        f"thumbnails, 5 runs in fresh processes, medians: whole command {whole:.2f} s "
        f"(goal <= 5 s), drawing {drawing:.2f} s (goal <= 3 s), PDF "
        f"{out.stat().st_size / 1e6:.1f} MB, peak RSS while printing {peak:.0f} MB "
        f"(goal <= 400 MB; the process peaked at {before:.0f} MB unlocking before; before: "
        f"9.7 s whole, PDF 12 MB). CPU time, which the load of this shared machine moves far "
        f"less (load average {load:.1f}): whole command {cpu:.2f} s, drawing {drawing_cpu:.2f} s"
    )
    goals.record(
        "evidence log, 300 full-HD screenshots",
        f"whole {whole:.2f} s, drawing {drawing:.2f} s, peak {peak:.0f} MB (CPU {cpu:.2f} s, "
        f"{drawing_cpu:.2f} s)",
        "whole <= 5 s, drawing <= 3 s, <= 400 MB",
        "whole 9.7 s, PDF 12 MB",
        whole <= 5 and drawing <= 3 and peak <= 400,
    )

    service = svc.unlock_with_password(folder / "log.adcase", PASSWORD)
    cases = CaseService(service.case, protocol(), "en")
    evidence = esvc.EvidenceService(cases)
    others = 700
    for i in range(others):
        if i % 2:
            evidence.add_url(case_id, f"https://www.instagram.com/nep.account.{i}/", "bench")
        else:
            evidence.add_message(case_id, f"bericht {i}", "@afzender", "WhatsApp")
    app = QApplication.instance() or QApplication([])
    tab = EvidenceTab()
    tab.resize(1000, 700)
    tab.show()
    times, thumbs = [], []
    for _ in range(5):
        tab.clear()
        app.processEvents()
        start = time.perf_counter()
        tab.show_case(evidence, case_id)
        app.processEvents()  # the first screen of rows painted
        times.append(time.perf_counter() - start)
        assert visible_thumbnails_shown(tab, app), "the thumbnails on screen never appeared"
        thumbs.append(time.perf_counter() - start)
    print(
        f"opening a case with {len(sources) + others} evidence items (300 with thumbnails): "
        f"list shown: median {sorted(times)[2] * 1000:.0f} ms, worst {max(times) * 1000:.0f} ms "
        f"(aim < 300 ms); thumbnails of the rows on screen in: median "
        f"{sorted(thumbs)[2] * 1000:.0f} ms"
    )
    tab.clear()
    tab.close()
    service.close()


def bench_stall(folder: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog
    from adviser_desk.ui.evidence.evidence_tab import EvidenceTab

    app = QApplication.instance() or QApplication([])
    service, evidence, case_id = _open(folder, "stall.adcase", "Stall")
    paths = []
    shots = [chat_screenshot(seed) for seed in range(20)]
    for i in range(100):
        path = folder / f"stall{i:03d}.png"
        path.write_bytes(unique_png(shots[i % len(shots)], 5000 + i))
        paths.append(path)
    tab = EvidenceTab()
    tab.show_case(evidence, case_id)
    tab.show()
    dialog = IntakeDialog(100, ask_minor=False)
    dialog.description.setText("bench")
    from adviser_desk.ui.shell.app import freeze_startup_objects

    freeze_startup_objects()  # as the app does once its window is up
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    start = time.perf_counter()
    tab.add_paths(paths, dialog)
    while tab.model.rowCount() < 100 and time.perf_counter() - start < 300:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    elapsed = time.perf_counter() - start
    print(
        f"UI import of 100 screenshots: {elapsed:.1f} s, longest event-loop stall "
        f"{max(gaps) * 1000:.0f} ms (test fails above 250 ms)"
    )
    tab.clear()
    tab.close()
    service.close()


def run(folder: Path) -> None:
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(lambda *_args: None)
    bench_intake_all(folder)
    bench_log_and_open(folder)
    bench_reprint(folder)
    bench_stall(folder)
    bench_hash_once(folder)


if __name__ == "__main__":
    if sys.argv[1:2] == ["log-child"]:
        _log_child(*sys.argv[2:5])
    else:
        import tempfile

        # One part alone: evidence_bench.py intake|log|reprint|stall|hash-once
        parts = {
            "intake": bench_intake_all,
            "log": bench_log_and_open,
            "reprint": bench_reprint,
            "stall": bench_stall,
            "hash-once": bench_hash_once,
        }
        with tempfile.TemporaryDirectory(prefix="adviser-desk-bench-") as tmp:
            if sys.argv[1:]:
                for part in sys.argv[1:]:
                    parts[part](Path(tmp))
            else:
                run(Path(tmp))
