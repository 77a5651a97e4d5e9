"""Sync with the city: the bundle format (docs/bundle-format.md), its crypto, the generic merge of
every ``Synced`` table, the station side and the city hub."""
