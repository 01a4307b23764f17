"""Sent by apply_retention, so that apps the shell does not know apply their own retention rules.
A receiver deletes what is due and returns one line for the command's report."""

from django.dispatch import Signal

retention_due = Signal()
