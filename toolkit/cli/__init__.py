"""The ``market-reaction`` command.

:mod:`toolkit.cli.app` builds the parser and runs it; :mod:`toolkit.cli.commands` holds one
module per subcommand.
"""

from __future__ import annotations

from toolkit.cli.app import COMMANDS, build_parser, main

__all__ = ["COMMANDS", "build_parser", "main"]
