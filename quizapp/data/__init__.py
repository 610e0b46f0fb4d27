"""Whole-database backup: ``flask data export`` and ``flask data import``."""
