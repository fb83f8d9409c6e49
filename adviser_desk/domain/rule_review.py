"""The clean-side check of rule findings: the semantic layer clears a rule finding of a kind when
the sentence that holds it reads as a clean question of its own.

The rules find a kind by its shape ("Heeft hij ...?" is a yes/no question, a tag presumes).
A new writer's clean phrasing often has such a shape without the meaning: an offer, an
invitation or a check that happens to start with a verb. On every fresh batch measured before
it was read, two thirds of the clean false flags came from rule findings, and the largest part
from option-posing; more phrases fitted to the writers at hand did not carry to the next one.

Here a linear scorer per kind (the same features and training as the layer's own scorer: the
sentence vector and the hashed words of the segment, class-weighted ridge regression) is
trained on the development part to tell exemplars of the kind from clean exemplars. A rule
finding of a kind listed in ``cuts`` is cleared when the score of the sentence that holds it
(the whole utterance if that sentence is too short to embed) falls below the kind's cut. A
promise of secrecy is never cleared: missing one does the most harm
(``NEVER_CLEARED``). The kinds and cuts are chosen writer-held-out by ``bench/clean_check.py``,
which also writes the weights (``clean_check.npz``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from adviser_desk.domain.question_semantics import LinearModel, Vectors

CLEAN_CHECK_FILE = "clean_check.npz"
NEVER_CLEARED = frozenset({"secrecy_promise"})
KINDS = ("option_posing", "suggestive", "blaming")


@dataclass(frozen=True)
class CleanCheck:
    """Per kind, the scorer of "of the kind" against "clean", and the cut below which a rule
    finding of the kind is cleared."""

    fingerprint: str  # what it was trained from (question_checker.corpus_fingerprint)
    model: str  # the store model (question_semantics.store_model) of the vectors it scores
    linear: LinearModel
    cuts: dict[str, float]

    def clears(self, kind: str, vector: Vectors, lexical: Vectors) -> bool:
        """Whether a rule finding of ``kind`` on the segment with these features is cleared."""
        cut = self.cuts.get(kind)
        if cut is None or kind in NEVER_CLEARED or kind not in self.linear.semantic:
            return False
        score = float(vector @ self.linear.semantic[kind] + lexical @ self.linear.lexical[kind])
        return score < cut

    def save(self, path: Path) -> None:
        arrays: dict[str, npt.NDArray[np.generic]] = {
            "fingerprint": np.array(self.fingerprint),
            "model": np.array(self.model),
        }
        arrays.update(self.linear.arrays())
        for kind, cut in self.cuts.items():
            arrays[f"cut_{kind}"] = np.array(cut, dtype=np.float64)
        buffer = io.BytesIO()
        np.savez_compressed(buffer, **arrays)  # type: ignore[arg-type]
        path.write_bytes(buffer.getvalue())

    @classmethod
    def load(cls, path: Path) -> CleanCheck:
        with np.load(path, allow_pickle=False) as data:
            kinds = [k for k in KINDS if f"semantic_{k}" in data.files]
            return cls(
                str(data["fingerprint"]),
                str(data["model"]),
                LinearModel.from_arrays(data, kinds) or LinearModel({}, {}),
                {
                    k: float(data[f"cut_{k}"])
                    for k in kinds
                    if f"cut_{k}" in data.files and k not in NEVER_CLEARED
                },
            )


def load_clean_check(folder: Path, model: str) -> CleanCheck | None:
    """The shipped clean-side check, if there is one for vectors of this store model."""
    path = folder / CLEAN_CHECK_FILE
    if not path.exists():
        return None
    check = CleanCheck.load(path)
    return check if check.model == model else None
