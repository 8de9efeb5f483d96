import logging

import pytest

from kbz_site.log import log, warn
from kbz_site.validation.errors import Problem


def test_warnings_go_through_mkdocs_logger_as_file_line_messages(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        warn([Problem("content/b.md", 3, "tweede"), Problem("content/a.md", 1, "eerste")])
    assert log.name.startswith("mkdocs.")  # so `mkdocs build --strict` counts them
    assert [(r.name, r.levelname, r.getMessage()) for r in caplog.records] == [
        ("mkdocs.plugins.kbz", "WARNING", "content/a.md:1: eerste"),
        ("mkdocs.plugins.kbz", "WARNING", "content/b.md:3: tweede"),
    ]
