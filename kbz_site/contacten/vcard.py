"""A vCard (.vcf) per public contact, written by vobject (it does the escaping)."""

from __future__ import annotations

import vobject

from .model import Contact


def vcard(contact: Contact) -> str:
    if not contact.publiek:
        raise ValueError("een niet-openbaar contact krijgt geen vCard")
    card = vobject.vCard()
    card.add("fn").value = contact.naam
    if contact.soort == "persoon":
        parts = contact.naam.split(" ", 1)
        card.add("n").value = vobject.vcard.Name(family=parts[-1], given=parts[0] if len(parts) > 1 else "")
    else:
        card.add("n").value = vobject.vcard.Name(family=contact.naam)
        card.add("org").value = [contact.naam]
    if contact.organisatie:
        card.add("org").value = [contact.organisatie]
    card.add("title").value = contact.rol
    if contact.email:
        email = card.add("email")
        email.value = contact.email
        email.type_param = "INTERNET"
    if contact.telefoon:
        card.add("tel").value = contact.telefoon
    if contact.website:
        card.add("url").value = f"https://{contact.website}"
    return card.serialize()
