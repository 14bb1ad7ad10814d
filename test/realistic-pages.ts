// Pages of realistic size around a page sample, as the sites serve them to a long-time user: the
// full app shell (navigation, shortcuts, contacts, chat) outside the content root, and on a profile
// page the user's own posts inside it, thousands of them, each with the markup a feed item has on
// that site (role="article", test ids, times, action buttons with labels, audience icons). DOM calls
// only, so the unit tests build them in jsdom and the bench (g) in Chromium. Shapes follow the
// samples of each site (test/fixtures/<site>/) and platform-pages*.md; the names and texts are made up.

type Attributes = Record<string, string>;

const element = (document: Document, name: string, attributes: Attributes = {}, ...children: Array<Node | string>): Element => {
	const created = document.createElement(name);
	for (const [key, value] of Object.entries(attributes)) {
		created.setAttribute(key, value);
	}

	created.append(...children);
	return created;
};

/** One feed item of a site, as its own profile shows it (about 25 nodes each). */
type Post = (document: Document, index: number) => Element;

const said = (index: number) => `Something I said on day ${index}: trains, tea and a terrible pun about both. `;

const posts: Record<string, Post> = {
	facebook: (document, index) => element(document, 'div', {role: 'article', 'aria-posinset': String(index + 1)},
		element(document, 'h2', {}, element(document, 'a', {href: '/me'}, element(document, 'strong', {}, 'Sam Placeholder'))),
		element(document, 'a', {href: `/me/posts/${index}`}, element(document, 'span', {}, `${index % 28 + 1} March`)),
		element(document, 'span', {'aria-label': 'Shared with Public', role: 'img'}, element(document, 'svg')),
		element(document, 'div', {dir: 'auto'}, element(document, 'div', {}, said(index))),
		element(document, 'div', {role: 'button', 'aria-label': 'Like', tabindex: '0'}, element(document, 'span', {}, 'Like')),
		element(document, 'div', {role: 'button', 'aria-label': 'Leave a comment', tabindex: '0'}, element(document, 'span', {}, 'Comment')),
		element(document, 'div', {role: 'button', 'aria-label': 'Send this to friends or post it on your profile.', tabindex: '0'}, element(document, 'span', {}, 'Share')),
	),
	x: (document, index) => element(document, 'article', {role: 'article', tabindex: '0', 'data-testid': 'tweet'},
		element(document, 'div', {'data-testid': 'User-Name'}, element(document, 'span', {}, 'Sam Placeholder'), element(document, 'span', {}, '@sam_placeholder')),
		element(document, 'a', {href: `/sam_placeholder/status/${1_800_000 + index}`}, element(document, 'time', {datetime: '2026-03-04T10:00:00.000Z'}, 'Mar 4')),
		element(document, 'div', {'data-testid': 'tweetText', lang: 'en', dir: 'auto'}, element(document, 'span', {}, said(index))),
		element(document, 'div', {role: 'group', 'aria-label': `${index % 9} replies, ${index % 7} reposts, ${index % 40} likes`},
			element(document, 'button', {'data-testid': 'reply', 'aria-label': `${index % 9} Replies. Reply`}, element(document, 'span', {}, String(index % 9))),
			element(document, 'button', {'data-testid': 'retweet', 'aria-label': `${index % 7} reposts. Repost`}, element(document, 'span', {}, String(index % 7))),
			element(document, 'button', {'data-testid': 'like', 'aria-label': `${index % 40} Likes. Like`}, element(document, 'span', {}, String(index % 40))),
		),
	),
	instagram: (document, index) => element(document, 'div', {},
		element(document, 'a', {href: `/p/C${index}placeholder/`, role: 'link'},
			element(document, 'div', {}, element(document, 'img', {alt: `Photo by Sam Placeholder on March ${index % 28 + 1}. ${said(index)}`, src: 'data:,'})),
			element(document, 'ul', {}, element(document, 'li', {}, element(document, 'span', {}, String(index % 50)), ' likes'), element(document, 'li', {}, element(document, 'span', {}, String(index % 9)), ' comments')),
		),
	),
	linkedin: (document, index) => element(document, 'div', {role: 'article', 'data-urn': `urn:li:activity:${7_000_000 + index}`},
		element(document, 'span', {'aria-hidden': 'true'}, 'Sam Placeholder'),
		element(document, 'span', {}, `${index % 11 + 1}mo • `, element(document, 'span', {'aria-label': 'Visible to anyone on or off LinkedIn'}, element(document, 'svg'))),
		element(document, 'div', {dir: 'ltr'}, element(document, 'span', {}, said(index))),
		element(document, 'button', {'aria-label': 'React Like', 'aria-pressed': 'false'}, element(document, 'span', {}, 'Like')),
		element(document, 'button', {'aria-label': 'Comment'}, element(document, 'span', {}, 'Comment')),
		element(document, 'button', {'aria-label': 'Repost'}, element(document, 'span', {}, 'Repost')),
	),
	tiktok: (document, index) => element(document, 'div', {'data-e2e': 'user-post-item'},
		element(document, 'a', {href: `https://www.tiktok.com/@sam_placeholder/video/${7_300_000_000 + index}`},
			element(document, 'picture', {}, element(document, 'img', {alt: said(index), src: 'data:,'})),
			element(document, 'strong', {'data-e2e': 'video-views'}, `${index % 90}.${index % 10}K`),
		),
		element(document, 'div', {'data-e2e': 'user-post-item-desc'}, element(document, 'span', {}, said(index))),
	),
	// A video of your own channel's Videos tab, as YouTube's web components draw it (ytd-rich-item-renderer
	// inside the tab's ytd-rich-grid-renderer; custom element names from the public page, L for the inner ones).
	youtube: (document, index) => element(document, 'ytd-rich-item-renderer', {},
		element(document, 'div', {id: 'content'}, element(document, 'ytd-rich-grid-media', {}, element(document, 'div', {id: 'dismissible'},
			element(document, 'ytd-thumbnail', {}, element(document, 'a', {id: 'thumbnail', href: `/watch?v=vid${index}`, 'aria-hidden': 'true', tabindex: '-1'},
				element(document, 'yt-image', {}, element(document, 'img', {alt: '', src: 'data:,'})),
				element(document, 'span', {'aria-label': `${index % 9 + 1} minutes, ${index % 60} seconds`}, `${index % 9 + 1}:${String(index % 60).padStart(2, '0')}`))),
			element(document, 'div', {id: 'details'},
				element(document, 'h3', {}, element(document, 'a', {id: 'video-title-link', href: `/watch?v=vid${index}`, 'aria-label': `${said(index)}by Sam Placeholder ${index % 900} views`},
					element(document, 'yt-formatted-string', {id: 'video-title'}, said(index)))),
				element(document, 'ytd-video-meta-block', {}, element(document, 'div', {id: 'metadata-line'},
					element(document, 'span', {}, `${index % 900} views`), element(document, 'span', {}, `${index % 11 + 1} months ago`))),
				element(document, 'ytd-menu-renderer', {}, element(document, 'button', {'aria-label': 'Action menu'})),
			),
		))),
	),
};

/** Where a site keeps a profile's posts: a feed appended to the content root, unless the site draws it elsewhere. */
const feeds: Record<string, (document: Document, root: Element) => {feed: Element; items: Element}> = {
	// YouTube's content root is the body (its dialogs sit outside the page's main); a channel's videos are
	// a grid in the main browse page.
	youtube(document, root) {
		const items = element(document, 'div', {id: 'contents'});
		const feed = element(document, 'ytd-rich-grid-renderer', {}, items);
		(root.querySelector('[role="main"]') ?? root).append(feed);
		return {feed, items};
	},
};

const defaultFeed = (document: Document, root: Element) => {
	const feed = element(document, 'div', {role: 'feed', 'aria-label': 'Posts'});
	root.append(feed);
	return {feed, items: feed};
};

/** The app around the content: a navigation of `links` shortcuts and a contacts list of `links / 4` people. */
function shell(document: Document, root: Element, links: number): void {
	const nav = element(document, 'div', {role: 'navigation', 'aria-label': 'Shortcuts'});
	for (let index = 0; index < links; index++) {
		nav.append(element(document, 'a', {href: `/groups/${index}/`, role: 'link'},
			element(document, 'span', {}, element(document, 'img', {alt: '', src: 'data:,'})), element(document, 'span', {}, `Group ${index}`)));
	}

	const contacts = element(document, 'div', {role: 'complementary', 'aria-label': 'Contacts'});
	for (let index = 0; index < links / 4; index++) {
		contacts.append(element(document, 'div', {role: 'listitem'}, element(document, 'a', {href: `/messages/t/${index}`, 'aria-label': `Friend ${index}`},
			element(document, 'span', {}, `Friend ${index}`), element(document, 'span', {'aria-label': 'Active now'}))));
	}

	// Around the content root, where the sites put them: before and after it, inside the app's layout.
	// A content root that is the body holds the shell itself: nothing of a page lies outside its body.
	const parent = root.localName === 'body' ? root : root.parentElement ?? root;
	parent.insertBefore(nav, root === parent ? root.firstChild : root);
	parent.append(contacts);
}

export type RealisticSize = {posts: number; shellLinks: number};

/** Sizes of the bench: 50k–200k nodes; a profile holds posts, a settings page sits in the app shell. */
export const realisticSizes = {
	profile: {posts: 4000, shellLinks: 4000},
	account: {posts: 0, shellLinks: 16_000},
} satisfies Record<'profile' | 'account', RealisticSize>;

/** Grows the page around (and, for posts, inside) the content root `root` of a sample of `site`. */
export function growRealistic(document: Document, root: Element, site: string, {posts: count, shellLinks}: RealisticSize): void {
	shell(document, root, shellLinks);
	const post = posts[site] ?? posts.facebook!;
	if (count > 0) {
		const {items} = (feeds[site] ?? defaultFeed)(document, root);
		for (let index = 0; index < count; index++) {
			items.append(post(document, index));
		}
	}
}
