/** APPLICATION_RETENTION_MONTHS (default 24): how long an application is kept after its last change. */
export function retentionMonths(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.APPLICATION_RETENTION_MONTHS || "24");
  return Number.isInteger(value) && value >= 1 && value <= 120 ? value : 24;
}

/** Applications last changed before this instant are past retention. */
export function retentionCutoff(now: Date, months = retentionMonths()): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}
