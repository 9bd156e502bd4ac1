package com.aigentforce.identity;

/** Password policy and hashing (Argon2id), shared by sign-in, registration, invitations and password changes. */
public interface Passwords {

    /**
     * Checks the policy: 12..128 characters, not a common password, not built from the person's email or name.
     *
     * @throws com.aigentforce.platform.InvalidField naming {@code field} when the password is refused
     */
    void requireAcceptable(String field, String password, String email, String name);

    String hash(String password);

    boolean matches(String password, String hash);
}
