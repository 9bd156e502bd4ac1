package com.aigentforce.platform.db;

import org.postgresql.util.PSQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/** Start-up stopped because the external PostgreSQL ({@code AIGENTFORCE_DB_URL}) refused or could not be reached. */
class ExternalDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<PSQLException> {

    private final Environment environment;

    ExternalDatabaseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PSQLException cause) {
        String url = environment.getProperty("aigentforce.db.url", "");
        if (url.isBlank()) {
            return null;
        }
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        String where = "The external database " + withoutParameters(url);
        String said = cause.getServerErrorMessage() != null
                ? cause.getServerErrorMessage().getMessage()
                : cause.getMessage();
        if (state.startsWith("28")) {
            return new FailureAnalysis(
                    where + " refused the sign-in: " + said,
                    "Check AIGENTFORCE_DB_USER and AIGENTFORCE_DB_PASSWORD, and that pg_hba.conf admits that user "
                            + "from this host.",
                    cause);
        }
        if (state.equals("3D000")) {
            return new FailureAnalysis(
                    where + " answered, but " + said + ".",
                    "Create the database (createdb, owned by AIGENTFORCE_DB_USER) or correct its name in "
                            + "AIGENTFORCE_DB_URL.",
                    cause);
        }
        if (state.startsWith("08")) {
            return new FailureAnalysis(
                    where + " cannot be reached: " + said,
                    "Check that PostgreSQL runs at that host and port and accepts TCP connections from this host "
                            + "(listen_addresses, firewall), or unset AIGENTFORCE_DB_URL to use the embedded database.",
                    cause);
        }
        return null;
    }

    /** Query parameters may carry a password; the host, port and database are what the operator needs. */
    private static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
