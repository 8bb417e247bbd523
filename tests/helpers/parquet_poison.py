"""Poisoned Parquet files: prove that a reader never touches some column chunks or files.

The chunks (or whole files) that must not be read are overwritten with 0xFF bytes, so any read
of them fails inside pyarrow; a test first checks with :func:`unreadable` that reading
everything does fail.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq


def garble(
    path: Path, column: str | None = None, row_group: int | Iterable[int] | None = None
) -> None:
    """Overwrite ``column``'s chunks with 0xFF: in the row group(s) ``row_group``, or in all
    of them; with no ``column``, the whole file."""
    if column is None:
        path.write_bytes(b"\xff" * path.stat().st_size)
        return
    meta = pq.ParquetFile(path).metadata
    groups = (
        range(meta.num_row_groups)
        if row_group is None
        else [row_group]
        if isinstance(row_group, int)
        else list(row_group)
    )
    with path.open("r+b") as handle:
        for rg in groups:
            group = meta.row_group(rg)
            for i in range(group.num_columns):
                chunk = group.column(i)
                if chunk.path_in_schema == column:
                    handle.seek(chunk.dictionary_page_offset or chunk.data_page_offset)
                    handle.write(b"\xff" * chunk.total_compressed_size)


def unreadable(path: Path) -> bool:
    """Whether reading the whole file fails."""
    try:
        pq.read_table(path).to_pandas()
    except (OSError, pa.ArrowException):
        return True
    return False
