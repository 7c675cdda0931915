"""Web stage: the FastAPI dashboard and REST API over the store (``create_app``)."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
