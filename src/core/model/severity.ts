/** Five levels, after risks-and-settings.md (c): Critical 4 … Info 0. */
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

export const severities: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export const severityRank: Record<Severity, number> = {critical: 4, high: 3, medium: 2, low: 1, info: 0};

/** Who the audit is for. Teens are split 13–15 / 16–17 because platform defaults differ. */
export type AudienceProfile = 'adult' | 'teen13' | 'teen16';

export const audienceProfiles: readonly AudienceProfile[] = ['adult', 'teen13', 'teen16'];
export const isAudienceProfile = (value: unknown): value is AudienceProfile => (audienceProfiles as readonly unknown[]).includes(value);

export type Severities = Readonly<Record<AudienceProfile, Severity>>;

/** Most rules give both teen bands the same severity. */
export const severityFor = (adult: Severity, teen: Severity, teen16: Severity = teen): Severities =>
	({adult, teen13: teen, teen16});

export const isHighOrWorse = (severity: Severity): boolean => severityRank[severity] >= severityRank.high;
