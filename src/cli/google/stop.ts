/** Retries spent on a ward (quota, server errors, timeouts): the run stops; what was read stays in the cache (exit 4). */
export class GoogleGaveUp extends Error {}
