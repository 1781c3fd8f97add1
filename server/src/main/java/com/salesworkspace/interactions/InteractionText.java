package com.salesworkspace.interactions;

import com.salesworkspace.model.InteractionHeader;

/**
 * A window on one interaction's text: {@code text} holds characters [offset, offset + text.length()) of the body;
 * {@code next_offset} is where the next window starts, null at the end.
 */
public record InteractionText(
    String id, String customer, String path, InteractionHeader header, int totalChars, int offset, Integer nextOffset,
    String text) {}
