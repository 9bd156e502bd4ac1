package com.aigentforce.analysis.internal.language;

import com.aigentforce.analysis.internal.model.ModelFile;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of a text: Apache OpenNLP's published language detector (103 languages, Maven Central artifact
 * {@code org.apache.opennlp:opennlp-models-langdetect}, Apache 2.0). Codes are ISO 639-1 where one exists
 * ({@code en}, {@code de}), else the model's ISO 639-3 code.
 */
public final class LanguageIdentifier {

    public static final String VERSION = "langdetect-183";
    private static final Map<String, String> TWO_LETTER = new HashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            TWO_LETTER.put(Locale.of(code).getISO3Language(), code);
        }
    }

    private final ModelFile<LanguageDetectorModel> model;

    public LanguageIdentifier(ModelFile<LanguageDetectorModel> model) {
        this.model = model;
    }

    public static ModelFile<LanguageDetectorModel> file() {
        return new ModelFile<>(VERSION, "/langdetect-183.bin", LanguageDetectorModel::new);
    }

    public String version() {
        return model.version();
    }

    public DetectedLanguage detect(String text) {
        Language best = new LanguageDetectorME(model.get()).predictLanguage(text);
        String code = best.getLang();
        return new DetectedLanguage(TWO_LETTER.getOrDefault(code, code), best.getConfidence());
    }

    public record DetectedLanguage(String code, double confidence) {}
}
