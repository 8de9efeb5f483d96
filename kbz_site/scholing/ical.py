"""iCalendar (RFC 5545) for the scholingsagenda, made with the icalendar library."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import icalendar

from .model import Event, Module

PRODID = "-//Krachtige Basiszorg//Scholingsagenda//NL"


def kalender(
    naam: str, events: Iterable[Event], modules: dict[str, Module], domein: str, gemaakt: dt.datetime
) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", naam)
    cal.add("x-wr-timezone", "Europe/Amsterdam")
    for e in events:
        item = icalendar.Event()
        item.add("uid", f"{e.id}@{domein}")
        item.add("dtstamp", gemaakt.astimezone(dt.UTC))
        item.add("dtstart", e.start)
        item.add("dtend", e.eind)
        item.add("summary", e.titel)
        item.add("location", "online" if e.online and not e.plaats else e.plaats)
        item.add("description", f"Module: {modules[e.module].titel}. Aanmelden: {e.aanmelden}")
        cal.add_component(item)
    cal.add_missing_timezones()  # a VTIMEZONE for Europe/Amsterdam
    return cal.to_ical()
