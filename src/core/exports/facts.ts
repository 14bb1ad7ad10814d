/**
 * What a download shows a platform keeps, as counts, spans and yes/no: never a place, a name, a date
 * of birth or an interest. Dates are kept to the month ("2019-03"), the span a finding words.
 */
export type Span = {count: number; from?: string; to?: string};

export type ExportFacts = {
	/** Location points, places visited or timeline segments kept, with the months they span. */
	locationPoints?: Span;
	/** Interests or topics the platform inferred about you. */
	interests?: number;
	/** Businesses that sent the platform your activity elsewhere, and how many events they sent. */
	offPlatformActivity?: {businesses: number; events: number};
	/** Apps and sites connected to the account. */
	connectedApps?: number;
	/** A birth date on file: full (with year), partial, or none. */
	birthDate?: 'full' | 'partial' | 'none';
	/** An age or age range the platform inferred. */
	inferredAge?: boolean;
	/** Advertisers' audiences or targeting criteria you are in. */
	advertiserAudiences?: number;
	/** Ads you saw or engaged with that the platform records, each with the targeting that matched you. */
	adEngagements?: Span;
	/** A phone number on file. */
	phone?: boolean;
	/** A home address, city, hometown, region or postcode on file. */
	homeLocation?: boolean;
};

export type FactName = keyof ExportFacts;

/** The month of a time (epoch ms), as the facts keep it; undefined for no time or a nonsense one. */
export function monthOf(time: number): string | undefined {
	// Before 2004 (Facebook's start) or in the future: not a time a platform recorded.
	if (!Number.isFinite(time) || time < Date.UTC(2004, 0) || time > Date.now() + 86_400_000) {
		return undefined;
	}

	return new Date(time).toISOString().slice(0, 7);
}

/** Counts dated items (a million points: numbers only, the months made at the end). */
export class SpanCounter {
	count = 0;
	#first = Number.POSITIVE_INFINITY;
	#last = Number.NEGATIVE_INFINITY;

	/** One item, dated when its time is a real one. */
	add(time?: number): void {
		this.count++;
		if (time !== undefined && monthOf(time) !== undefined) {
			this.#first = Math.min(this.#first, time);
			this.#last = Math.max(this.#last, time);
		}
	}

	/** Adds to a span other entries began (Semantic Location History is one file a month). */
	span(previous?: Span): Span {
		const months = [previous?.from, previous?.to, monthOf(this.#first), monthOf(this.#last)].filter((month): month is string => month !== undefined).sort();
		const count = (previous?.count ?? 0) + this.count;
		return months.length > 0 ? {count, from: months[0], to: months.at(-1)} : {count};
	}
}

/** A time as the downloads write it: ISO text ("2019-03-04T10:00:00Z", "2019-03-04 10:00:00 UTC"), or epoch ms/s as text or number. */
export function timeOf(value: string): number | undefined {
	const text = value.trim();
	if (/^\d{10}$/.test(text)) {
		return Number(text) * 1000;
	}

	if (/^\d{12,14}$/.test(text)) {
		return Number(text);
	}

	// Snapchat writes "2021/01/31 12:00:00 UTC".
	const iso = text.replace(/^(\d{4})\/(\d\d)\/(\d\d)/, '$1-$2-$3').replace(/ UTC$/, 'Z').replace(/^(\d{4}-\d\d-\d\d) /, '$1T');
	const parsed = Date.parse(iso);
	return Number.isNaN(parsed) ? undefined : parsed;
}
