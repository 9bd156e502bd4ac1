package com.aigentforce.users;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The permission catalogue ({@code resource:action}). Roles grant permissions; endpoints declare the one they
 * need. Areas that later modules build (knowledge, training, …) are listed now so custom roles can include them.
 */
public final class Permissions {

    public static final String PROFILE_READ = "profile:read";
    public static final String PROFILE_WRITE = "profile:write";
    public static final String USERS_READ = "users:read";
    public static final String USERS_WRITE = "users:write";
    public static final String USERS_ADMIN = "users:admin";
    public static final String ROLES_READ = "roles:read";
    public static final String ROLES_WRITE = "roles:write";
    public static final String ROLES_ASSIGN = "roles:assign";
    public static final String TEAMS_READ = "teams:read";
    public static final String TEAMS_WRITE = "teams:write";
    public static final String TEAMS_MEMBERS = "teams:members";
    public static final String AUDIT_READ = "audit:read";
    public static final String TENANT_ADMIN = "tenant:admin";
    public static final String KB_READ = "kb:read";
    public static final String KB_WRITE = "kb:write";
    public static final String KB_ADMIN = "kb:admin";
    public static final String ASSISTANTS_MANAGE = "assistants:manage";
    public static final String AI_ADMIN = "ai:admin";
    public static final String DOCUMENTS_ANALYZE = "documents:analyze";
    public static final String PROMPTS_READ = "prompts:read";
    public static final String PROMPTS_WRITE = "prompts:write";

    /** Every active account holds these, whatever its roles: a person can always see and edit their own profile. */
    public static final Set<String> SELF_SERVICE = Set.of(PROFILE_READ, PROFILE_WRITE);

    public static final Map<String, String> CATALOGUE = catalogue();

    private Permissions() {}

    private static Map<String, String> catalogue() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put(PROFILE_READ, "See one's own profile (every signed-in person)");
        c.put(PROFILE_WRITE, "Edit one's own profile and password (every signed-in person)");
        c.put(USERS_READ, "List and view people in the organisation");
        c.put(USERS_WRITE, "Create, invite, edit and deactivate people");
        c.put(USERS_ADMIN, "Change a person's status (activate, deactivate)");
        c.put(ROLES_READ, "List roles and the permission catalogue");
        c.put(ROLES_WRITE, "Create, edit and delete custom roles");
        c.put(ROLES_ASSIGN, "Assign roles to people");
        c.put(TEAMS_READ, "List and view teams");
        c.put(TEAMS_WRITE, "Create, edit and delete teams");
        c.put(TEAMS_MEMBERS, "Manage team members (managers: only teams they lead)");
        c.put(AUDIT_READ, "Read the audit trail");
        c.put(TENANT_ADMIN, "Change organisation settings");
        c.put("apikeys:manage", "Create and revoke API keys");
        c.put(KB_READ, "Search and read the knowledge base");
        c.put(KB_WRITE, "Upload and edit knowledge base documents");
        c.put(KB_ADMIN, "Create knowledge bases and manage their sharing");
        c.put("documents:analyze", "Run document analysis");
        c.put("training:read", "Take assigned training and see one's results");
        c.put("training:author", "Author programmes, simulations and rubrics");
        c.put("training:assign", "Assign training and review results");
        c.put("assistants:use", "Chat with assistants");
        c.put(ASSISTANTS_MANAGE, "Create and configure assistants, and see the models they can use");
        c.put(AI_ADMIN, "Manage model providers, their API keys and model prices");
        c.put(PROMPTS_READ, "List, view and render prompt templates");
        c.put(PROMPTS_WRITE, "Create, edit and delete prompt templates");
        c.put("workflows:read", "See workflows and their executions");
        c.put("workflows:manage", "Create, edit and run workflows");
        c.put("billing:read", "See the subscription, usage and invoices");
        c.put("billing:manage", "Change the subscription and payment details");
        return Map.copyOf(c);
    }
}
