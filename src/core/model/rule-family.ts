/**
 * The risk families users asked for, plus the contact and reach families of risks-and-settings.md (c).
 * In the model, not beside the rules: a finding carries its family (audit.ts).
 */
export type RuleFamily =
	| 'birthdate' | 'location' | 'geolocation' | 'photos' | 'third-party' | 'contact' | 'social-graph' | 'interaction' | 'supervision';
