import {listFixtures, type Fixture} from '../fixtures.js';
import type {Samples} from './launch.js';

export const facebook = listFixtures().filter(fixture => fixture.site === 'facebook');

export function sample(pageKind: string, name: string): Fixture {
	const found = facebook.find(fixture => fixture.pageKind === pageKind && fixture.name === name);
	if (!found) {
		throw new Error(`Missing page sample test/fixtures/facebook/${pageKind}/${name}.html`);
	}

	return found;
}

export const samplesOf = (fixtures: readonly Fixture[]): Samples => Object.fromEntries(fixtures.map(fixture => [fixture.url, fixture.html]));

