import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {PageMap} from '../content-scripts/dom/page-map.js';
import {walkPage} from '../content-scripts/dom/walk-page.js';
import {anyMatches} from '../content-scripts/dom/any-matches.js';

// The walk passes over posts (a site's `skip`) by asking each element it reaches, up to a budget of
// misses, then by one query of the root; the map answers a selector by asking the walked elements
// when the posts are most of the root, else by one query. Both ways must give the same answers.

const skip = '[role="article"], [data-testid="tweet"]';

/** A root with `rows` plain rows (each a div with a span and a link), then `posts` posts of `postSize` spans each. */
function page(rows: number, posts: number, postSize = 20) {
	const {document} = new JSDOM('<!DOCTYPE html><main></main>').window;
	const root = document.querySelector('main')!;
	for (let index = 0; index < rows; index++) {
		root.insertAdjacentHTML('beforeend', `<div class="row"><span>Row ${index}</span><a href="/r/${index}">edit</a></div>`);
	}

	const feed = document.createElement('div');
	for (let index = 0; index < posts; index++) {
		const post = document.createElement('div');
		post.setAttribute(index % 2 ? 'role' : 'data-testid', index % 2 ? 'article' : 'tweet');
		post.innerHTML = `<a href="/p/${index}">post</a>${'<span>words</span>'.repeat(postSize)}`;
		feed.append(post);
	}

	root.append(feed);
	// A row after the posts: the walk goes on past them.
	root.insertAdjacentHTML('beforeend', '<div class="row"><span>Last row</span><a href="/r/last">edit</a></div>');
	return {document, root};
}

/** What the walk should see: every element of the root but the posts' insides, the posts themselves included. */
const outsidePosts = (root: Element) => [root, ...root.querySelectorAll('*')].filter(element => element === root || !element.parentElement!.closest(skip));

describe('walkPage passes over posts', () => {
	test.each([
		['few rows: every element asked', 10, 300],
		['rows past the budget of misses: one query of the root, then stamps', 2000, 300],
		['posts only', 0, 1000],
	])('%s', (_, rows, posts) => {
		const {root} = page(rows, posts);
		const walked = walkPage(root, skip).elements;
		expect(walked).toEqual(outsidePosts(root));
		// Each post is walked (it is a position), its inside is not.
		expect(walked.filter(element => element.matches(skip))).toHaveLength(posts);
		expect(walked.some(element => element.textContent === 'Last row')).toBe(true);
	});

	test('a post inside a post is passed over with its outer one', () => {
		const {document} = new JSDOM('<!DOCTYPE html><main><div role="article"><div data-testid="tweet"><b>quoted</b></div></div><i>row</i></main>').window;
		const walked = walkPage(document.querySelector('main')!, skip).elements.map(element => element.localName);
		expect(walked).toEqual(['main', 'div', 'i']);
	});

	test('the root itself is walked into even when it matches the skip', () => {
		const {document} = new JSDOM('<!DOCTYPE html><div role="article"><b>inside</b></div>').window;
		expect(walkPage(document.querySelector('div')!, skip).elements.map(element => element.localName)).toEqual(['div', 'b']);
	});
});

describe('PageMap.matching', () => {
	test.each([
		['posts most of the root: walked elements asked one by one', 5, 600],
		['posts a small part: one query of the root', 2000, 5],
	])('%s gives what a query gives, without the posts\' insides', (_, rows, posts) => {
		const {root} = page(rows, posts);
		const map = new PageMap(root, skip);
		for (const selector of ['a[href^="/r/"]', 'a', 'span', '[role="article"]', 'main', 'main > div']) {
			const byQuery = outsidePosts(root).filter(element => element !== root && element.matches(selector));
			expect([...map.matching(selector)].map(position => map.element(position)), selector).toEqual(byQuery);
		}
	});
});

test('anyMatches: any one selector of the list, asked one at a time', () => {
	const {document} = new JSDOM('<!DOCTYPE html><form action="/login-submit"></form><a href="/x">x</a>').window;
	expect(anyMatches(document, ['a[href="/login"]', 'form[action*="login"]'])).toBe(true);
	expect(anyMatches(document, ['a[href="/login"]', '[data-testid="loginButton"]'])).toBe(false);
	expect(anyMatches(document, [])).toBe(false);
});
