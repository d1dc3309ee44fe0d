// Names VALET shares with GHOST-HANDS by convention only: the worker spells its own copies.
export const GH_APPLY_QUEUE = "gh-apply-job";
// The retry queue was added later and spelled with underscores; GHOST-HANDS works "gh-retry-job".
export const JOB_QUEUES = { apply: GH_APPLY_QUEUE, cancel: "gh-cancel-job", retry: "gh_retry_job" } as const;
