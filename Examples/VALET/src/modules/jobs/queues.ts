// Names VALET shares with GHOST-HANDS by convention only: the worker spells its own copies.
export const GH_APPLY_QUEUE = "gh-apply-job";
export const JOB_QUEUES = { apply: GH_APPLY_QUEUE, cancel: "gh-cancel-job" } as const;
