/** An error the user can act on: printed as is (no stack trace), exit code 2. */
export class UsageError extends Error {}
