package com.aigentforce.ai.internal.templates;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

/** Counts tokens with OpenAI's cl100k_base byte-pair encoding (jtokkit); special-token text counts as ordinary. */
final class TokenCounter {

    static final String TOKENIZER = "cl100k_base";
    private static final Encoding ENCODING = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

    private TokenCounter() {}

    static int count(String text) {
        return ENCODING.countTokensOrdinary(text);
    }
}
