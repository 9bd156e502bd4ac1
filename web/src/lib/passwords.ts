/** The server's password policy minimum (identity's PasswordPolicy); the browser checks it before sending. */
export const MIN_PASSWORD_LENGTH = 12;
