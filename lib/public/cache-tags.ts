/** Tag of every cached piece of public data; revalidatePublicPages() expires it. */
export const publicDataTag = 'public-data';
