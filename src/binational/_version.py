"""The package's version, read by the build (``[tool.hatch.version]``) and the package."""

__version__ = "0.1.0"
