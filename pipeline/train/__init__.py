"""Training commands: run by hand, their output committed under models/; never part of CI."""
