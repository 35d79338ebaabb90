-- Identifier blocks for JPA entities (@TableGenerator). A table rather than IDENTITY columns, so
-- the same entities run on MariaDB and on the embedded H2 without vendor-specific id retrieval.
CREATE TABLE id_sequence (
    name     VARCHAR(64) NOT NULL,
    next_val BIGINT      NOT NULL,
    PRIMARY KEY (name)
);
