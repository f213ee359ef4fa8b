"""The shipped models, installed as package data of kaznews (kaznews.model_files)."""
