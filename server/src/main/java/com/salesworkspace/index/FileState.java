package com.salesworkspace.index;

/** What the index knows of a file: enough to tell cheaply whether it changed. */
public record FileState(long size, long mtimeNanos, String hash) {}
