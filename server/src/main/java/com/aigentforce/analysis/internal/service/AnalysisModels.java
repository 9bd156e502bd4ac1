package com.aigentforce.analysis.internal.service;

import com.aigentforce.analysis.internal.entity.NamedEntities;
import com.aigentforce.analysis.internal.language.LanguageIdentifier;
import com.aigentforce.analysis.internal.model.ModelFile;
import com.aigentforce.analysis.internal.sentiment.SentimentModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * The module's models, each read once on first use and shared by all requests. Their state (loaded or not, file
 * size, the heap growth seen while loading) is in the actuator's {@code /actuator/info} under {@code analysisModels}.
 * Public so the throughput bench can build the service without Spring.
 */
@Component
public class AnalysisModels implements InfoContributor {

    private final ModelFile<TokenNameFinderModel> nerFile = NamedEntities.file();
    private final ModelFile<DoccatModel> sentimentFile = SentimentModel.file();
    private final ModelFile<LanguageDetectorModel> languageFile = LanguageIdentifier.file();
    final NamedEntities entities = new NamedEntities(nerFile);
    final SentimentModel sentiment = new SentimentModel(sentimentFile);
    final LanguageIdentifier language = new LanguageIdentifier(languageFile);

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> states = new LinkedHashMap<>();
        for (ModelFile<?> file : List.of(nerFile, sentimentFile, languageFile)) {
            states.put(file.version(), file.state());
        }
        builder.withDetail("analysisModels", states);
    }
}
