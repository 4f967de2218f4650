"""Transports: they turn what a person does into engine calls, and replies into output."""
