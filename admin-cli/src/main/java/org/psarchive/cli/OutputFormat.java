package org.psarchive.cli;

/** {@code --format} of every command that prints data. */
enum OutputFormat {
    text, json
}
