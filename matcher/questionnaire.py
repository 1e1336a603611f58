"""The verification questionnaire, kept as data in seeds/questionnaire.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from matcher.config import PROJECT_ROOT

QUESTIONNAIRE_PATH = PROJECT_ROOT / "seeds" / "questionnaire.json"


@dataclass(frozen=True)
class Questionnaire:
    version: int
    title: str
    sections: list[dict]

    @property
    def questions(self) -> list[dict]:
        return [q for s in self.sections for q in s["questions"]]

    def question(self, key: str) -> dict | None:
        return next((q for q in self.questions if q["key"] == key), None)


@lru_cache(maxsize=4)
def load_questionnaire(path: Path = QUESTIONNAIRE_PATH) -> Questionnaire:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return Questionnaire(
        version=int(data.get("version", 1)), title=data.get("title", ""), sections=data["sections"]
    )
