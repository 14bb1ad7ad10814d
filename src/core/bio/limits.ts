/**
 * The longest bio text a content script may send (X bios are 160 characters, Instagram's 150); the
 * content script cuts it, and the background refuses a longer one. Its own file: content bundles import it.
 */
export const maxBioLength = 1000;
