import type {EntryHandler, ExportPlatform} from '../export-platform.js';
import type {ExportFacts} from '../facts.js';

/** What one table gets: its rows by column name, then the end, with how many rows there were. */
type TableReader = {row?: (row: ReadonlyMap<string, string>) => void; done: (facts: ExportFacts, rows: number) => void};

/**
 * A CSV whose header row names its columns; LinkedIn puts notes above some headers (Connections.csv
 * starts with "Notes:" lines), so the header is the first row holding `marker`. `reader` makes the
 * state of one file's reading.
 */
function csvTable(marker: string, reader: () => TableReader): () => EntryHandler {
	return () => {
		const table = reader();
		let header: string[] | undefined;
		let rows = 0;
		return {
			row(fields) {
				if (!header) {
					if (fields.map(field => field.trim()).includes(marker)) {
						header = fields.map(field => field.trim());
					}

					return;
				}

				rows++;
				table.row?.(new Map(header.map((name, index) => [name, fields[index]?.trim() ?? ''])));
			},
			done(facts) {
				if (!header) {
					throw new Error(`no "${marker}" column: a version of the file Overshare does not know`);
				}

				table.done(facts, rows);
			},
		};
	};
}

/** LinkedIn's "Get a copy of your data" (Settings › Data privacy), CSV files. */
export const linkedin: ExportPlatform = {
	id: 'linkedin',
	name: 'LinkedIn',
	recognise: paths => paths.some(path => /(^|\/)(Profile|Connections|Ad_Targeting)\.csv$/.test(path)),
	entries: [
		{
			// "First Name","Last Name","Maiden Name","Address","Birth Date","Headline","Summary","Industry","Zip Code","Geo Location",…
			path: /(^|\/)Profile\.csv$/,
			syntax: 'csv',
			answers: ['birthDate', 'homeLocation'],
			read: csvTable('Birth Date', () => {
				let birth: 'full' | 'partial' | 'none' = 'none';
				let home = false;
				return {
					row(row) {
						const date = row.get('Birth Date') ?? '';
						birth = date === '' ? 'none' : /\d{4}/.test(date) ? 'full' : 'partial';
						home = ['Address', 'Zip Code'].some(column => (row.get(column) ?? '') !== '');
					},
					done(facts) {
						facts.birthDate = birth;
						facts.homeLocation = home;
					},
				};
			}),
			source: 'H: Profile.csv columns (platform-pages.md §7, three independent sources; the last column is sometimes absent)',
		},
		{
			// Notes lines, then "First Name,Last Name,URL,Email Address,Company,Position,Connected On".
			path: /(^|\/)Connections\.csv$/,
			syntax: 'csv',
			answers: [],
			read: csvTable('Connected On', () => ({done: () => undefined})),
			source: 'M: Connections.csv with a "Notes:" preamble (public LinkedIn export parsers, 2023–25); read for its format only',
		},
		{
			// One row of targeting criteria, each column a "; "-separated list (Member Age, Company Names, Member Interests, …).
			path: /(^|\/)Ad_Targeting\.csv$/,
			syntax: 'csv',
			answers: ['advertiserAudiences'],
			read: csvTable('Member Age', () => {
				let criteria = 0;
				return {
					row(row) {
						for (const value of row.values()) {
							criteria += value.split(';').filter(part => part.trim() !== '').length;
						}
					},
					done(facts) {
						facts.advertiserAudiences = criteria;
					},
				};
			}),
			source: 'L: Ad_Targeting.csv, one row of targeting criteria (public LinkedIn export parsers, 2023)',
		},
		{
			// "Category","Type of inference","Description","Inference"
			path: /(^|\/)Inferences_about_you\.csv$/,
			syntax: 'csv',
			answers: ['interests'],
			read: csvTable('Inference', () => ({
				done(facts, rows) {
					facts.interests = rows;
				},
			})),
			source: 'L: Inferences_about_you.csv (public LinkedIn export parsers, 2023)',
		},
	],
	fixes: {
		birthDate: 'https://www.linkedin.com/mypreferences/d/categories/privacy',
		homeLocation: 'https://www.linkedin.com/in/me/edit/contact-info/',
		advertiserAudiences: 'https://www.linkedin.com/mypreferences/d/categories/ads',
		interests: 'https://www.linkedin.com/mypreferences/d/categories/ads',
	},
};
