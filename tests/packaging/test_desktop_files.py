"""Linux desktop integration as `make install` stages it, checked with the freedesktop tools,
and one application id used everywhere (desktop entry, AppStream, MIME type, macOS, Windows)."""

from __future__ import annotations

import configparser
import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from adviser_desk import APP_ID

ROOT = Path(__file__).resolve().parents[2]
MIME = "application/x-adviser-desk-case-file"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture(scope="module")
def staged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    stage = tmp_path_factory.mktemp("stage")
    result = subprocess.run(
        ["make", "-s", "install-desktop", f"DESTDIR={stage}", "PREFIX=/usr"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return stage / "usr" / "share"


def test_the_desktop_entry_validates(staged: Path) -> None:
    entry = staged / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(entry, encoding="utf-8")
    desktop = parser["Desktop Entry"]
    assert desktop["Icon"] == APP_ID
    assert desktop["MimeType"] == f"{MIME};"
    assert desktop["Exec"] == "adviser-desk %f"


def test_the_appstream_metainfo_validates_pedantically(staged: Path) -> None:
    result = subprocess.run(
        ["appstreamcli", "validate-tree", "--pedantic", "--no-net", str(staged.parent)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if line.strip()[:2] in ("E:", "W:")]
    assert problems == []
    meta = ET.parse(staged / "metainfo" / f"{APP_ID}.metainfo.xml").getroot()  # noqa: S314 - ours
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == f"{APP_ID}.desktop"
    assert meta.find("developer/name") is not None
    assert meta.find("url[@type='homepage']") is not None
    assert len(meta.findall("screenshots/screenshot")) >= 1
    release = meta.find("releases/release")
    assert release is not None and release.find("description") is not None
    from adviser_desk import __version__

    assert release.get("version") == __version__
    assert meta.findtext("provides/mediatype") == MIME


def test_the_mime_type_names_adcase_files(staged: Path) -> None:
    env = {**os.environ, "XDG_DATA_DIRS": str(staged)}
    result = subprocess.run(
        ["update-mime-database", str(staged / "mime")],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    globs = (staged / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{MIME}:*.adcase" in globs
    assert (staged / "mime" / "application" / "x-adviser-desk-case-file.xml").is_file()


def test_icons_in_every_usual_size(staged: Path) -> None:
    for size in SIZES:
        for kind, name in (("apps", APP_ID), ("mimetypes", MIME.replace("/", "-"))):
            icon = staged / "icons" / "hicolor" / f"{size}x{size}" / kind / f"{name}.png"
            with Image.open(icon) as image:
                assert image.size == (size, size), icon
    assert (staged / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_windows_and_macos_use_the_same_id_and_icons() -> None:
    spec = (ROOT / "packaging" / "adviser-desk.spec").read_text(encoding="utf-8")
    assert f'bundle_identifier="{APP_ID}"' in spec and "NSHighResolutionCapable" in spec
    for name in ("adviser-desk", "adviser-desk-case"):
        with Image.open(ROOT / "packaging" / "icons" / f"{name}.ico") as ico:
            assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
        with Image.open(ROOT / "packaging" / "icons" / f"{name}.icns") as icns:
            assert icns.format == "ICNS"
