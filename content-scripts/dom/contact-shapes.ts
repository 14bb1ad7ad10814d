/** What an email address looks like in a row of contact points (Meta's Accounts Center). */
export const emailShape = /^[^\s@,]+@[^\s@,]+$/;
/** A phone number, full or masked ("+1 ***-***-**99"): digits, stars and phone punctuation, with a digit or a star in it. */
export const phoneShape = /^\+?[\d*][\d*\s().-]{5,}$/;
