"""Entry point of the `saferest` command: the GUI by default, headless sub-commands otherwise."""

from __future__ import annotations

import sys

from saferest import cli


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if cli.is_cli_command(args):
        return cli.main(args)
    from saferest.app import run  # Qt is only imported when the GUI is wanted

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
