package com.aigentforce.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who an audience includes, and which events can be published at all. */
class AudienceTest {

    final UUID person = UUID.randomUUID();
    final UUID other = UUID.randomUUID();

    @Test
    void includesTheNamedPeopleAndHoldersOfAnyNamedPermission() {
        Audience audience = Audience.users(person).andHoldersOf("users:write");
        assertThat(audience.includes(person, Set.of())).isTrue();
        assertThat(audience.includes(other, Set.of("users:write", "kb:read"))).isTrue();
        assertThat(audience.includes(other, Set.of("kb:read"))).isFalse();
    }

    @Test
    void anEmptyAudienceReachesNobodyAndRepeatedNamesAreHarmless() {
        assertThat(Audience.users().includes(person, Set.of("users:write"))).isFalse();
        assertThat(Audience.users(person, person).userIds()).containsExactly(person);
        assertThat(Audience.holdersOf("kb:read", "kb:read").permissions()).containsExactly("kb:read");
    }

    @Test
    void eventTypesMustHaveTheAreaColonEventForm() {
        UUID tenant = UUID.randomUUID();
        assertThat(new RealtimeEvent("document:processing", tenant, Audience.users(person), null).type())
                .isEqualTo("document:processing");
        assertThatThrownBy(() -> new RealtimeEvent("Processing", tenant, Audience.users(person), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RealtimeEvent("a:b", null, Audience.users(person), null))
                .isInstanceOf(NullPointerException.class);
    }
}
