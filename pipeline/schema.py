"""The output tables: the contract with users. Bump SCHEMA_VERSION on any change."""
import pyarrow as pa

SCHEMA_VERSION = 6  # 2: articles.author, the sentences and duplicates tables; 3: articles.published_date,
# and articles.published only when a time of day is known (a date alone is no longer midnight UTC+5);
# 4: entities.title (a person's position, a programme's generic words)
# 5: topics.low_confidence (every article with text has at least its best top-level topic)
# 6: the roles table

ARTICLES = pa.schema([
    ("article_id", pa.string()),
    ("source", pa.string()),
    ("url", pa.string()),
    ("title", pa.string()),
    ("author", pa.string()),
    ("published", pa.timestamp("us", tz="UTC")),
    ("published_date", pa.date32()),
    ("lang", pa.string()),
    ("kk_share", pa.float64()),
    ("text", pa.string()),
    ("lemmas", pa.string()),
    ("n_sentences", pa.int32()),
    ("n_tokens", pa.int32()),
    ("content_hash", pa.string()),
    ("boilerplate", pa.string()),
    ("pipeline_version", pa.string()),
])

SENTENCES = pa.schema([
    ("article_id", pa.string()),
    ("sentence", pa.int32()),
    ("start", pa.int32()),
    ("end", pa.int32()),
    ("lang", pa.string()),
])

ENTITIES = pa.schema([
    ("article_id", pa.string()),
    ("label", pa.string()),
    ("text", pa.string()),
    ("normal", pa.string()),
    ("canonical", pa.string()),
    ("title", pa.string()),
    ("start", pa.int32()),
    ("end", pa.int32()),
    ("sentence", pa.int32()),
])

ROLES = pa.schema([
    ("article_id", pa.string()),
    ("sentence", pa.int32()),
    ("lang", pa.string()),
    ("person_canonical", pa.string()),
    ("person_normal", pa.string()),
    ("person_start", pa.int32()),
    ("person_end", pa.int32()),
    ("position", pa.string()),
    ("position_text", pa.string()),
    ("start", pa.int32()),
    ("end", pa.int32()),
    ("body_text", pa.string()),
    ("body_normal", pa.string()),
    ("body_canonical", pa.string()),
    ("body_start", pa.int32()),
    ("body_end", pa.int32()),
    ("kind", pa.string()),
])

TOPICS = pa.schema([
    ("article_id", pa.string()),
    ("topic", pa.string()),
    ("score", pa.float64()),
    ("low_confidence", pa.bool_()),
])

DUPLICATES = pa.schema([
    ("where", pa.string()),
    ("article_id", pa.string()),
    ("url", pa.string()),
    ("source", pa.string()),
    ("duplicate_of", pa.string()),
    ("kind", pa.string()),
    ("similarity", pa.float64()),
])

REJECTS = pa.schema([
    ("where", pa.string()),
    ("reason", pa.string()),
    ("excerpt", pa.string()),
])

TABLES: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "sentences": SENTENCES,
    "entities": ENTITIES,
    "roles": ROLES,
    "topics": TOPICS,
    "duplicates": DUPLICATES,
    "rejects": REJECTS,
}
