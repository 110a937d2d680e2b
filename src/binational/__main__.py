"""``python -m binational``: the command line."""

from binational._cli import main

raise SystemExit(main())
