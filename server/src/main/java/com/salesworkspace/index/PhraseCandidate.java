package com.salesworkspace.index;

/**
 * An interaction whose text holds one of the phrases asked for, as the full-text engine sees them (stemmed), with
 * its subject and body so that the caller can check the match exactly without reading the file.
 */
public record PhraseCandidate(String path, String customer, long epochMillis, String title, String body) {}
