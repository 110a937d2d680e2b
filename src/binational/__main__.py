"""``python -m binational``: the command line."""

from binational.cli import main

raise SystemExit(main())
