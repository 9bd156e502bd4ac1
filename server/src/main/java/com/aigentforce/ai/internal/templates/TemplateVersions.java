package com.aigentforce.ai.internal.templates;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TemplateVersions extends JpaRepository<PromptTemplateVersion, UUID> {

    Optional<PromptTemplateVersion> findByTemplateIdAndNumber(UUID templateId, int number);

    Page<PromptTemplateVersion> findByTemplateIdOrderByNumberDesc(UUID templateId, Pageable pageable);
}
