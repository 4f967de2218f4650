"""Test and benchmark helpers shipped with the package, so `storybot bench` runs when installed."""
