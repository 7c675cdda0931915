"""The database schema as numbered migrations, each recorded in ``schema_migrations``.

A migration is applied once, in order, inside one transaction; an old database file is brought
up to date when it is opened for writing.  Never edit a released migration: add a new one.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "documents, sentences, mentions, events, warnings", """
CREATE TABLE documents (
    doc_id        VARCHAR PRIMARY KEY,
    content_hash  VARCHAR NOT NULL UNIQUE,
    title         VARCHAR,
    author        VARCHAR,
    source        VARCHAR,
    url           VARCHAR,
    path          VARCHAR,
    date          DATE,
    date_text     VARCHAR,
    date_origin   VARCHAR,
    dateline_start INTEGER,
    dateline_end  INTEGER,
    duplicate_of  VARCHAR,
    text          VARCHAR NOT NULL,
    n_sentences   INTEGER NOT NULL,
    n_events      INTEGER NOT NULL,
    n_mentions    INTEGER NOT NULL,
    n_warnings    INTEGER NOT NULL,
    ingested_at   TIMESTAMP NOT NULL
);
CREATE TABLE sentences (
    doc_id      VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE mentions (
    doc_id      VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    code        VARCHAR,
    country     VARCHAR,
    sector      VARCHAR,
    entity      VARCHAR,
    kind        VARCHAR,
    confidence  DOUBLE,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE events (
    event_id        VARCHAR PRIMARY KEY,
    doc_id          VARCHAR NOT NULL,
    instance_id     VARCHAR NOT NULL,
    sentence_index  INTEGER,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    trigger_text    VARCHAR,
    trigger_start   INTEGER,
    trigger_end     INTEGER,
    event_type      VARCHAR NOT NULL,
    mode            VARCHAR,
    cameo           VARCHAR,
    intensity       DOUBLE,
    source_text     VARCHAR,
    source_code     VARCHAR,
    source_country  VARCHAR,
    source_sector   VARCHAR,
    source_entity   VARCHAR,
    target_text     VARCHAR,
    target_code     VARCHAR,
    target_country  VARCHAR,
    target_sector   VARCHAR,
    target_entity   VARCHAR,
    reporter_code   VARCHAR,
    "symmetric"     BOOLEAN NOT NULL,
    doc_date        DATE,
    date            DATE,
    date_end        DATE,
    date_precision  VARCHAR,
    date_text       VARCHAR,
    event_day       DATE,
    place_name      VARCHAR,
    place_country   VARCHAR,
    lat             DOUBLE,
    lon             DOUBLE,
    modality        VARCHAR NOT NULL,
    confidence      DOUBLE,
    pattern         VARCHAR,
    record          VARCHAR NOT NULL
);
CREATE INDEX events_doc ON events (doc_id);
CREATE TABLE warnings (
    doc_id   VARCHAR NOT NULL,
    idx      INTEGER NOT NULL,
    code     VARCHAR NOT NULL,
    message  VARCHAR NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
"""),
    (2, "event_instances: one row per real event, merged across stories", """
CREATE VIEW event_instances AS
SELECT e.instance_id,
       min(e.event_id)          AS first_event_id,
       any_value(e.event_type)  AS event_type,
       any_value(e.source_code) AS source_code,
       any_value(e.source_country) AS source_country,
       any_value(e.target_code) AS target_code,
       any_value(e.target_country) AS target_country,
       bool_or(e."symmetric")     AS "symmetric",
       min(e.event_day)         AS event_day,
       any_value(e.place_name)  AS place_name,
       any_value(e.place_country) AS place_country,
       any_value(e.modality)    AS modality,
       avg(e.intensity)         AS intensity,
       max(e.confidence)        AS confidence,
       count(*)                 AS n_mentions,
       count(DISTINCT e.doc_id) AS n_documents,
       count(DISTINCT coalesce(d.duplicate_of, d.doc_id)) AS n_stories,
       count(DISTINCT d.source) AS n_sources
FROM events e JOIN documents d USING (doc_id)
GROUP BY e.instance_id;
"""),
]

TABLES = ("documents", "sentences", "mentions", "events", "warnings")
"""Tables written per document, in the order they are written (documents first)."""
