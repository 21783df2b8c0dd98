"""The resolve stage: turn mentions ("al-Qa'ida", "the Haqqanis", "U.S. officials") into actors
of the registry and of imported sanctions lists, each link with a score and its reasons."""

from pactwatch.resolve.linker import resolve
from pactwatch.resolve.matcher import DEFAULT_THRESHOLD, NAMES_ALGORITHM, Match, Resolver
from pactwatch.resolve.merge import merge_actors
from pactwatch.resolve.registry import load_registry
from pactwatch.resolve.unlist import read_un_list
from pactwatch.resolve.watchlists import WatchlistImport, import_watchlist_file

__all__ = [
    "DEFAULT_THRESHOLD",
    "NAMES_ALGORITHM",
    "Match",
    "Resolver",
    "WatchlistImport",
    "import_watchlist_file",
    "load_registry",
    "merge_actors",
    "read_un_list",
    "resolve",
]
