package com.aigentforce.users;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * People's display names, for modules that show who did something (the uploader of a document). Reads the users
 * module's own data; other modules never query its tables.
 */
public interface UserNames {

    /**
     * The display names of these people of the tenant (their name, or their email while they have none); ids of
     * unknown people or of another tenant are left out of the answer.
     */
    Map<UUID, String> displayNames(UUID tenantId, Collection<UUID> userIds);
}
