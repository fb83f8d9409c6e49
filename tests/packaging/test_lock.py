"""The lock files in requirements/ say exactly what pyproject.toml asks for.

`make run`, `make test` and `make dist` install only from these files (with --require-hashes),
so a dependency added to pyproject.toml without `make lock` would be missing in CI and in the
bundle. Each lock must pin every direct requirement at a version its specifier allows, name no
direct requirement that pyproject.toml no longer has, and carry hashes for every pin.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
HINT = "pyproject.toml and the lock disagree: run `make lock` and commit requirements/"

_PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def _direct(lock: str) -> list[Requirement]:
    project = PYPROJECT["project"]
    reqs = [Requirement(r) for r in project["dependencies"]]
    if lock == "test":
        reqs += [Requirement(r) for r in project["optional-dependencies"]["test"]]
    if lock == "dist":
        reqs += [Requirement(r) for r in PYPROJECT["dependency-groups"]["dist"]]
    return reqs


def _parse(lock: str) -> tuple[dict[str, list[tuple[Version, str | None]]], set[str], list[str]]:
    """Pins (name -> versions with markers), the names uv says pyproject.toml asked for, and
    the pins without a hash."""
    pins: dict[str, list[tuple[Version, str | None]]] = {}
    from_pyproject: set[str] = set()
    unhashed: list[str] = []
    current: str | None = None
    hashed = True
    lines = (ROOT / "requirements" / f"{lock}.txt").read_text(encoding="utf-8").splitlines()
    for line in lines:
        match = _PIN.match(line)
        if match:
            if current is not None and not hashed:
                unhashed.append(current)
            current = canonicalize_name(match.group(1))
            hashed = False
            pins.setdefault(current, []).append((Version(match.group(2)), match.group(3)))
        elif "--hash=sha256:" in line:
            hashed = True
        elif current and re.search(r"#\s+(via\s+)?adviser-desk \(pyproject\.toml(:\w+)?\)", line):
            from_pyproject.add(current)
    if current is not None and not hashed:
        unhashed.append(current)
    return pins, from_pyproject, unhashed


@pytest.mark.parametrize("lock", ["run", "test", "dist"])
def test_the_lock_matches_pyproject(lock: str) -> None:
    pins, from_pyproject, unhashed = _parse(lock)
    assert not unhashed, f"pins without hashes in requirements/{lock}.txt: {unhashed}"
    direct = _direct(lock)
    wanted = {canonicalize_name(r.name) for r in direct}
    assert from_pyproject == wanted, HINT
    for req in direct:
        versions = pins[canonicalize_name(req.name)]
        for version, marker in versions:
            assert req.specifier.contains(version, prereleases=True), (
                f"{req.name}=={version} is outside {req.specifier}; {HINT}"
            )
            if marker:
                Marker(marker)  # a lock line with a broken marker would fail to install


def test_every_runtime_dependency_has_an_upper_bound() -> None:
    for text in PYPROJECT["project"]["dependencies"]:
        req = Requirement(text)
        assert any(spec.operator in ("<", "<=", "~=", "==") for spec in req.specifier), (
            f"{req.name} needs an upper bound below its next major version"
        )


def test_the_licence_is_an_spdx_expression_with_its_files() -> None:
    assert PYPROJECT["project"]["license"] == "EUPL-1.2"
    for name in PYPROJECT["project"]["license-files"]:
        assert (ROOT / name).is_file(), name


def test_every_locked_runtime_package_is_named_in_the_third_party_notices() -> None:
    notices = (ROOT / "THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8")
    named = {canonicalize_name(n) for n in re.findall(r"\*\*([A-Za-z0-9._ -]+?)\*\*", notices)}
    pins, _, _ = _parse("run")
    missing = sorted(set(pins) - named)
    assert not missing, f"add these to THIRD-PARTY-NOTICES.md: {missing}"
