package com.salesworkspace.util;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * Token counts with a real BPE tokenizer (cl100k_base). Claude's own tokenizer is not public; cl100k is close for
 * English text, and budgets keep a margin for the difference. Loaded on first use, off the start-up path.
 */
public final class Tokens {
  public static final String ENCODING = "cl100k_base";

  private Tokens() {}

  private static final class Holder {
    static final Encoding ENCODER = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);
  }

  public static int count(String text) {
    return text == null || text.isEmpty() ? 0 : Holder.ENCODER.countTokensOrdinary(text);
  }
}
