"""The front door for sanctions list files: one call, whatever the format.

``import_watchlist_file(path)`` reads a UN Security Council Consolidated List (XML) or a
FollowTheMoney / OpenSanctions export (JSON lines), told apart by their first character, and
returns a ``WatchlistImport``: the list's name and snapshot date, its entries as actors, and the
ties its narratives state as TIES claims in documents of kind ``watchlist``. Given the
registry, claims about an entry the registry claims (al-Qaeda holds QDe.004) carry the
registry actor's id. Storing it is the store's ``save_watchlist``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from pactwatch.model import Actor, AnalyzedDocument, WatchlistError
from pactwatch.resolve.listclaims import ListSource, list_documents
from pactwatch.resolve.unlist import LIST_NAME as UN_LIST
from pactwatch.resolve.unlist import OUTLET as UN_OUTLET
from pactwatch.resolve.unlist import read_un_snapshot

UN_XML = "un-xml"
FTM_JSON = "ftm-json"


@dataclass(frozen=True)
class WatchlistImport:
    """A list file as read: what the store records as one snapshot of ``list_name``."""

    path: Path
    format: str  # UN_XML or FTM_JSON
    list_name: str
    snapshot_date: str
    # every entry as read (``un:<ref>`` / ``ftm:<id>``, not merged), by its key in the list:
    # the UN reference, the FtM entity id (which is also its ref when it is listed)
    entries: Mapping[str, Actor]
    documents: tuple[AnalyzedDocument, ...]  # one per entry whose narrative ties it to others

    @property
    def actors(self) -> tuple[Actor, ...]:
        return tuple(self.entries.values())

    @property
    def refs(self) -> frozenset[str]:
        """The references of this list present in the snapshot (its listed entries)."""
        return frozenset(
            ref.ref for actor in self.actors for ref in actor.refs if ref.list == self.list_name
        )

    @property
    def links(self) -> int:
        """How many TIES claims the list's narratives give."""
        return sum(len(s.claims) for doc in self.documents for s in doc.sentences)


def import_watchlist_file(
    path: str | Path,
    *,
    registry: Iterable[Actor] = (),
    list_name: str | None = None,
    snapshot_date: str | None = None,
) -> WatchlistImport:
    """Read a list file (UN XML or FtM JSON lines).

    ``list_name`` names an FtM list (default: its one dataset, else "OpenSanctions");
    ``snapshot_date`` (ISO) overrides the date the file gives. Raises ``WatchlistError`` for a
    missing file, an unknown format or a malformed one.
    """
    path = Path(path)
    kind = detect_format(path)
    registry = tuple(registry)
    if kind == UN_XML:
        un = read_un_snapshot(path)
        date = snapshot_date or un.generated_on
        if date is None:
            raise WatchlistError(
                f"{path}: the list has no dateGenerated attribute; give the snapshot date"
            )
        entries = {actor.refs[0].ref: actor for actor in un.actors}
        source = ListSource(UN_LIST, UN_OUTLET, "un", date)
        return WatchlistImport(
            path=path,
            format=kind,
            list_name=UN_LIST,
            snapshot_date=date,
            entries=entries,
            documents=tuple(
                list_documents(
                    un.narratives,
                    source=source,
                    entries=entries,
                    owners=_owners(registry, UN_LIST),
                )
            ),
        )
    # imported here: followthemoney takes 0.4 s to load, which UN lists need not pay
    from pactwatch.resolve import ftm as ftm_format

    ftm = ftm_format.read_ftm_file(path, list_name=list_name)
    date = snapshot_date or ftm.snapshot_date
    entries = {ftm_format.entity_id(actor): actor for actor in ftm.actors}
    title = (
        "OpenSanctions"
        if ftm.list_name == ftm_format.DEFAULT_LIST_NAME
        else f"{ftm.list_name} (FtM)"
    )
    source = ListSource(ftm.list_name, title, ftm_format.ID_PREFIX, date)
    return WatchlistImport(
        path=path,
        format=kind,
        list_name=ftm.list_name,
        snapshot_date=date,
        entries=entries,
        documents=tuple(
            list_documents(
                ftm.narratives,
                source=source,
                entries=entries,
                owners=_owners(registry, ftm.list_name),
            )
        ),
    )


def _owners(registry: tuple[Actor, ...], list_name: str) -> dict[str, Actor]:
    """The registry actor holding each reference of ``list_name``."""
    return {ref.ref: actor for actor in registry for ref in actor.refs if ref.list == list_name}


def detect_format(path: Path) -> str:
    """UN_XML when the file starts with '<', FTM_JSON with '{'; else a ``WatchlistError``."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    except FileNotFoundError:
        raise WatchlistError(
            f"{path}: no such file; give a UN list XML or an FtM JSON lines file"
        ) from None
    except IsADirectoryError:
        raise WatchlistError(f"{path}: is a folder; give one list file") from None
    if head.startswith(b"<"):
        return UN_XML
    if head.startswith(b"{"):
        return FTM_JSON
    raise WatchlistError(
        f"{path}: neither XML nor JSON lines (starts with {head[:20]!r}); give a UN Security "
        "Council Consolidated List XML or a FollowTheMoney / OpenSanctions entities file"
    )
