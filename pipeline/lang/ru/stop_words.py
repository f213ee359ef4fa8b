"""Russian function words kept out of the content lemmas, beyond what POS already removes
(pronominal adverbs, auxiliary verbs and the like that the tagger calls content words)."""

STOP_WORDS = frozenset("""
быть являться мочь иметь так также тоже еще уже очень только вот вон там тут здесь
где когда как почему зачем потом тогда сейчас теперь всегда никогда иногда более
менее самый который свой этот тот такой весь сам наш ваш мой твой его её их
один другой какой каждый любой никакой некоторый
""".split())
