"""Subcommands of the ``market-reaction`` command, one module each.

Each module defines ``register(subparsers)``, which adds its parser and sets ``func=run``, and
``run(args) -> int``, which returns the exit status.
"""
