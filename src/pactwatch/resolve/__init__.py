"""The resolve stage: turn mentions ("al-Qa'ida", "the Haqqanis", "U.S. officials") into actors
of the registry and of imported sanctions lists, each link with a score and its reasons."""

from pactwatch.resolve.explain import explain, explain_query
from pactwatch.resolve.linker import resolve
from pactwatch.resolve.matcher import (
    DEFAULT_THRESHOLD,
    NAMES_ALGORITHM,
    Match,
    MatchContext,
    Resolver,
)
from pactwatch.resolve.merge import merge_actors
from pactwatch.resolve.registry import load_places, load_registry
from pactwatch.resolve.screen import (
    CSV_COLUMNS,
    ScreenError,
    ScreenRecord,
    ScreenResult,
    ScreenSummary,
    csv_rows,
    read_screen_file,
    screen,
    screen_file,
)
from pactwatch.resolve.unlist import read_un_list
from pactwatch.resolve.watchlists import WatchlistImport, import_watchlist_file

__all__ = [
    "CSV_COLUMNS",
    "DEFAULT_THRESHOLD",
    "NAMES_ALGORITHM",
    "Match",
    "MatchContext",
    "Resolver",
    "ScreenError",
    "ScreenRecord",
    "ScreenResult",
    "ScreenSummary",
    "WatchlistImport",
    "csv_rows",
    "explain",
    "explain_query",
    "import_watchlist_file",
    "load_places",
    "load_registry",
    "merge_actors",
    "read_screen_file",
    "read_un_list",
    "resolve",
    "screen",
    "screen_file",
]
