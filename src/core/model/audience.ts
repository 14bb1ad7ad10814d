/** Who can see something, from widest to narrowest. */
export type Audience = 'public' | 'friends-of-friends' | 'friends' | 'custom' | 'only-me';

export const audiences: readonly Audience[] = ['public', 'friends-of-friends', 'friends', 'custom', 'only-me'];

/**
 * How far an audience reaches. "custom" ranks with friends: it is a hand-picked list, but
 * we cannot see who is on it, so it is never treated as private.
 */
const reach: Record<Audience, number> = {public: 4, 'friends-of-friends': 3, friends: 2, custom: 2, 'only-me': 0};

export const isWiderThan = (audience: Audience, than: Audience): boolean => reach[audience] > reach[than];
export const isAtLeast = (audience: Audience, floor: Audience): boolean => reach[audience] >= reach[floor];
export const widest = (...list: Audience[]): Audience => list.reduce((a, b) => (reach[b] > reach[a] ? b : a));
export const narrowest = (...list: Audience[]): Audience => list.reduce((a, b) => (reach[b] < reach[a] ? b : a));

