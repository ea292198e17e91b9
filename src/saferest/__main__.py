"""Entry point of the `saferest` command: the window by default, headless commands otherwise."""

from __future__ import annotations

import sys

from saferest import cli


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if cli.is_cli_command(args):
        return cli.main(args)
    try:
        cli.parse_window_args(args)  # --help, --version and usage errors end here, without Qt
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    from saferest.app import run  # Qt is only imported when the window is wanted

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
