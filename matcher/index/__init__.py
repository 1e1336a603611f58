"""The semantic index of providers: faiss over sentence embeddings, persisted, rebuilt from the database.

The ranking, the CLI, the web and the jobs use only the names below.
"""

from matcher.index.documents import provider_document
from matcher.index.search import embed_query, search_providers
from matcher.index.service import (
    get_index,
    rebuild,
    reconcile,
    remove_provider,
    sync_provider,
    sync_providers,
    unindexed,
)
from matcher.index.store import IndexCorrupt, IndexMissing, IndexUnavailable
from matcher.index.vectors import ProviderIndex

__all__ = [
    "IndexCorrupt",
    "IndexMissing",
    "IndexUnavailable",
    "ProviderIndex",
    "embed_query",
    "get_index",
    "provider_document",
    "rebuild",
    "reconcile",
    "remove_provider",
    "search_providers",
    "sync_provider",
    "sync_providers",
    "unindexed",
]
