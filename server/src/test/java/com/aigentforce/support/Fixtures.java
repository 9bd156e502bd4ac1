package com.aigentforce.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Test-data builders: fresh organisations and people, each with unique names so tests never collide. */
public final class Fixtures {

    public static final String PASSWORD = "violet-harbour-sings-42";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Api api;

    public Fixtures(Api api) {
        this.api = api;
    }

    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers a new organisation and signs its owner in. */
    public Org organisation() {
        String email = unique("owner") + "@example.test";
        var registered = api.post(
                        "/api/v1/auth/register",
                        Map.of(
                                "organizationName",
                                unique("Org"),
                                "name",
                                "Olivia Owner",
                                "email",
                                email,
                                "password",
                                PASSWORD))
                .send()
                .expect(201);
        Session owner = login(email, PASSWORD);
        return new Org(
                UUID.fromString(registered.field("tenantId")),
                registered.field("tenantSlug"),
                UUID.fromString(registered.field("userId")),
                email,
                owner);
    }

    public Session login(String email, String password) {
        var response = api.post("/api/v1/auth/login", Map.of("email", email, "password", password))
                .send()
                .expect(200);
        return new Session(response.field("accessToken"), response.field("refreshToken"));
    }

    /** Creates a person with a password and the given roles in the organisation, and signs them in. */
    public Person person(Org org, String... roles) {
        String email = unique("person") + "@example.test";
        var created = api.post(
                        "/api/v1/users",
                        Map.of(
                                "email",
                                email,
                                "name",
                                "Pat " + unique("P"),
                                "roles",
                                List.of(roles),
                                "password",
                                PASSWORD))
                .bearer(org.owner().accessToken())
                .send()
                .expect(201);
        return new Person(UUID.fromString(created.field("id")), email, login(email, PASSWORD));
    }

    public record Org(UUID tenantId, String slug, UUID ownerId, String ownerEmail, Session owner) {}

    public record Session(String accessToken, String refreshToken) {}

    public record Person(UUID id, String email, Session session) {}
}
