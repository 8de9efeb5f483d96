"""References between content files: an id must exist in the set the context names."""

from __future__ import annotations

from pydantic import AfterValidator, ValidationInfo


def known(kind: str, label: str) -> AfterValidator:
    """Validator for an id that must be one of ``context[kind]``.

    A kind missing from the context (or None: a file that could not be read) is not
    checked; that file's own load reports its problem.
    """

    def check(value: str, info: ValidationInfo) -> str:
        ids = (info.context or {}).get(kind)
        if ids is not None and value not in ids:
            raise ValueError(f"onbekende {label} '{value}'; kies uit: {', '.join(sorted(ids)) or '(geen)'}")
        return value

    return AfterValidator(check)
