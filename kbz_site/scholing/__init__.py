"""Learning: the train-de-trainer curriculum, the scholingsagenda and its calendar feeds,
and the starter kits (domain; knows nothing of MkDocs)."""
