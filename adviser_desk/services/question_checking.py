"""The app's one question checker: rules at once, the semantic layer once it has loaded.

Loading the sentence encoder takes a few seconds, so the UI calls :func:`load_semantic` off the
GUI thread when an interview opens; until then, and for good if loading fails, :func:`checker`
gives the rules alone. The first failure is kept so the UI can say so once.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from adviser_desk.domain.question_checker import QuestionChecker, load_semantic_layer
from adviser_desk.domain.question_semantics import SemanticLayer, UniversalSentenceEncoder
from adviser_desk.resources import resources_dir

log = logging.getLogger(__name__)

_lock = threading.Lock()
_semantic: SemanticLayer | None = None
_failure: str | None = None


def checker_folder() -> Path:
    return resources_dir() / "checker"


def load_semantic() -> SemanticLayer | None:
    """Loads the semantic layer (once; later calls return it at once). Never raises: on any
    failure the checker stays with its rules and :func:`failure` says why."""
    global _semantic, _failure
    with _lock:
        if _semantic is not None or _failure is not None:
            return _semantic
        try:
            _semantic = load_semantic_layer(checker_folder(), UniversalSentenceEncoder())
        except Exception as exc:  # a missing package, damaged weights, a missing corpus file
            log.info("question checker: semantic layer not loaded: %s", exc)
            _failure = f"{type(exc).__name__}: {exc}"
        return _semantic


def semantic_ready() -> bool:
    return _semantic is not None


def failure() -> str | None:
    """Why the semantic layer could not be loaded, or None."""
    return _failure


def checker() -> QuestionChecker:
    """The checker as it is now: rules, plus the semantic layer if it has loaded."""
    return QuestionChecker(_semantic)


def _reset_for_tests(semantic: SemanticLayer | None = None, failure: str | None = None) -> None:
    global _semantic, _failure
    with _lock:
        _semantic, _failure = semantic, failure
